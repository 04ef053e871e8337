import { describe, expect, it } from 'vitest';
import { FixFramer, FixParser } from '../../../electron/fix/codec/index.js';
import { frame } from '../../support/fix-text.js';

function collect(): { frames: string[]; garbled: string[]; framer: FixFramer } {
  const frames: string[] = [];
  const garbled: string[] = [];
  const framer = new FixFramer({
    onFrame: (buf, s, e) => frames.push(buf.toString('latin1', s, e)),
    onGarbled: (reason) => garbled.push(reason),
  });
  return { frames, garbled, framer };
}

const a = frame('35=0|49=TW|56=ISLD|34=1');
const b = frame('35=D|49=TW|56=ISLD|34=2|11=X|58=price 8=FIX fine');
const c = frame('35=1|49=TW|56=ISLD|34=3|112=PING');
const stream = Buffer.concat([a, b, c]);

describe('FixFramer', () => {
  it('delivers the same messages wherever the stream is split into two chunks', () => {
    for (let cut = 0; cut <= stream.length; cut++) {
      const { frames, garbled, framer } = collect();
      framer.push(stream.subarray(0, cut));
      framer.push(stream.subarray(cut));
      expect(frames).toEqual([a, b, c].map((x) => x.toString('latin1')));
      expect(garbled).toEqual([]);
      expect(framer.buffered).toBe(0);
    }
  });

  it('delivers messages fed one byte at a time', () => {
    const { frames, framer } = collect();
    for (let i = 0; i < stream.length; i++) framer.push(stream.subarray(i, i + 1));
    expect(frames.length).toBe(3);
  });

  it('does not keep a reference to the caller chunk across pushes', () => {
    const { frames, framer } = collect();
    const chunk = Buffer.from(stream.subarray(0, 10));
    framer.push(chunk);
    chunk.fill(0);
    framer.push(stream.subarray(10));
    expect(frames.length).toBe(3);
  });

  it('drops garbage before a message and resumes at the next 8=FIX', () => {
    const { frames, garbled, framer } = collect();
    framer.push(Buffer.concat([Buffer.from('garbage\x01'), a, b]));
    expect(frames.length).toBe(2);
    expect(garbled).toEqual(['data before 8=FIX']);
  });

  it('drops a message whose BodyLength does not reach its CheckSum and keeps the next one', () => {
    const bad = Buffer.from(a.toString('latin1').replace(/\x019=\d+/, '\x019=3'), 'latin1');
    const { frames, garbled, framer } = collect();
    framer.push(Buffer.concat([bad, b]));
    expect(frames).toEqual([b.toString('latin1')]);
    expect(garbled.length).toBe(1);
  });

  it('is not stalled by an overstated BodyLength when a whole message follows', () => {
    const bad = Buffer.from(a.toString('latin1').replace(/\x019=\d+/, '\x019=9000'), 'latin1');
    const { frames, garbled, framer } = collect();
    framer.push(Buffer.concat([bad, c]));
    expect(frames).toEqual([c.toString('latin1')]);
    expect(garbled).toEqual(['message cut short by the next message']);
  });

  it('treats a BodyLength above the configured maximum as garbage rather than waiting for it', () => {
    const frames: string[] = [];
    const framer = new FixFramer({ onFrame: (bb, s, e) => frames.push(bb.toString('latin1', s, e)), onGarbled: () => {} }, { maxMessageBytes: 1000 });
    framer.push(Buffer.from('8=FIX.4.4\x019=99999\x0135=0\x01'));
    framer.push(c);
    expect(frames).toEqual([c.toString('latin1')]);
    expect(framer.buffered).toBe(0);
  });

  it('frames what the parser accepts, including a text field that mentions 8=FIX', () => {
    const { frames, framer } = collect();
    framer.push(stream);
    const p = new FixParser();
    for (const f of frames) expect(p.parse(Buffer.from(f, 'latin1'), 0, f.length)).not.toBeNull();
  });
});
