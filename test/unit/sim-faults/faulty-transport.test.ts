import { describe, expect, it } from 'vitest';
import { FixFramer } from '../../../electron/fix/codec/framer.js';
import { FaultyTransport, garbleFrame } from '../../../electron/sim/faults/index.js';
import { checksumOf, frame } from '../../support/fix-text.js';
import { ManualTimers, RecordingTransport } from './fakes.js';

const msg = (seq: number): Buffer => frame(`35=0|49=KRAKEN-TRD|56=ALICE|34=${seq}|52=20260101-00:00:00.000`);

function setup(): { inner: RecordingTransport; timers: ManualTimers; t: FaultyTransport } {
  const inner = new RecordingTransport();
  const timers = new ManualTimers();
  return { inner, timers, t: new FaultyTransport(inner, timers) };
}

/** What a FIX framer makes of these bytes: whole frames and garbled drops. */
function framed(bytes: Buffer[]): { frames: string[]; garbled: string[] } {
  const frames: string[] = [];
  const garbled: string[] = [];
  const framer = new FixFramer({
    onFrame: (buf, start, end) => void frames.push(buf.toString('latin1', start, end)),
    onGarbled: (reason) => void garbled.push(reason),
  });
  for (const b of bytes) framer.push(b);
  return { frames, garbled };
}

describe('the faulty transport', () => {
  it('passes every write through untouched while no fault is armed', () => {
    const { inner, t } = setup();
    expect(t.write(msg(1))).toBe(true);
    expect(t.write(msg(2))).toBe(true);
    expect(inner.written).toEqual([msg(1), msg(2)]);
  });

  it('swallows exactly the next n writes and reports them written', () => {
    const { inner, t } = setup();
    t.dropNext(2);
    for (let seq = 1; seq <= 4; seq++) expect(t.write(msg(seq))).toBe(true);
    expect(inner.written).toEqual([msg(3), msg(4)]);
    expect(t.droppedCount).toBe(2);
  });

  it('holds the next n writes for the delay and keeps later writes behind them in order', () => {
    const { inner, timers, t } = setup();
    t.delay(500, { messages: 2 });
    t.write(msg(1));
    timers.advance(100);
    t.write(msg(2));
    t.write(msg(3));
    expect(inner.written).toEqual([]);
    timers.advance(399);
    expect(inner.written).toEqual([]);
    timers.advance(1);
    expect(inner.written).toEqual([msg(1)]);
    timers.advance(100);
    expect(inner.written).toEqual([msg(1), msg(2), msg(3)]);
    t.write(msg(4));
    expect(inner.written).toHaveLength(4);
    expect(t.heldCount).toBe(0);
  });

  it('delays every write within a period and none after it', () => {
    const { inner, timers, t } = setup();
    t.delay(200, { forMs: 1000 });
    t.write(msg(1));
    timers.advance(900);
    t.write(msg(2));
    timers.advance(150);
    expect(inner.written).toEqual([msg(1)]);
    t.write(msg(3));
    expect(inner.written).toEqual([msg(1)]);
    timers.advance(50);
    expect(inner.written).toEqual([msg(1), msg(2), msg(3)]);
    t.write(msg(4));
    expect(inner.written).toEqual([msg(1), msg(2), msg(3), msg(4)]);
  });

  it('closes only once the held writes are out, and a destroy forgets them', () => {
    const { inner, timers, t } = setup();
    t.delay(300, { messages: 1 });
    t.write(msg(1));
    t.close();
    expect([inner.closed, t.isOpen]).toEqual([0, false]);
    timers.advance(300);
    expect([inner.written.length, inner.closed]).toEqual([1, 1]);

    const b = setup();
    b.t.delay(300, { messages: 1 });
    b.t.write(msg(1));
    b.t.destroy('test');
    b.timers.advance(1000);
    expect([b.inner.written.length, b.inner.destroyed, b.timers.count]).toEqual([0, 1, 0]);
  });

  it('corrupts only the next write, which a FIX framer then discards as garbled', () => {
    for (const kind of ['checksum', 'body-length'] as const) {
      const { inner, t } = setup();
      t.garbleNext(kind);
      t.write(msg(1));
      t.write(msg(2));
      expect(inner.written[1]).toEqual(msg(2));
      expect(inner.written[0]).not.toEqual(msg(1));
      const seen = framed(inner.written);
      if (kind === 'checksum') {
        // The frame still splits; its CheckSum does not add up, which is the session's reason to drop it.
        expect(seen.frames).toHaveLength(2);
        expect(seen.frames[0]!.slice(-4, -1)).not.toBe(checksumOf(Buffer.from(seen.frames[0]!, 'latin1')));
      } else {
        expect(seen.frames).toEqual([msg(2).toString('latin1')]);
        expect(seen.garbled).toEqual(['no 10= where BodyLength ends']);
      }
    }
  });

  it('garbles a copy and leaves the caller’s buffer as it was', () => {
    const original = msg(7);
    const copy = Buffer.from(original);
    const bad = garbleFrame(original, 'checksum');
    expect(original).toEqual(copy);
    expect(bad.length).toBe(original.length);
    expect(bad.toString('latin1').slice(-4, -1)).not.toBe(checksumOf(bad));
    expect(original.toString('latin1').slice(-4, -1)).toBe(checksumOf(original));
  });

  it('refuses writes once the connection is closed', () => {
    const { inner, t } = setup();
    inner.isOpen = false;
    expect(t.write(msg(1))).toBe(false);
  });
});
