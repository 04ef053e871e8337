import { describe, expect, it } from 'vitest';
import { ReplayWindowStore } from '../../../electron/sim/replay/replay-window-store.js';

const raw = (seq: number): Buffer => Buffer.from(`m${seq}`);
const seqs = (store: ReplayWindowStore, begin = 1, end = 0, limit = 1000): number[] =>
  store.getRange(begin, end, limit).map((m) => m.seq);

describe('the replay window store', () => {
  it('keeps only the last `capacity` messages however many are appended', () => {
    const store = new ReplayWindowStore(100);
    for (let seq = 1; seq <= 10_000; seq++) store.append(seq, raw(seq));
    expect(store.size).toBe(100);
    expect(store.nextSenderSeq).toBe(10_001);
    expect(seqs(store)).toEqual(Array.from({ length: 100 }, (_, i) => 9901 + i));
    expect(store.getRange(9999, 9999, 10)[0]!.raw.toString()).toBe('m9999');
  });

  it('answers a range in chunks and leaves out numbers it never stored (they become a gap fill)', () => {
    const store = new ReplayWindowStore(50);
    for (let seq = 1; seq <= 5; seq++) store.append(seq, raw(seq));
    store.setNextSenderSeq(store.nextSenderSeq + 3);
    store.append(9, raw(9));
    store.append(10, raw(10));
    expect(seqs(store, 4, 0)).toEqual([4, 5, 9, 10]);
    expect(seqs(store, 2, 9, 2)).toEqual([2, 3]);
    expect(seqs(store, 6, 8)).toEqual([]);
    expect(seqs(store, 11, 0)).toEqual([]);
  });

  it('replaces a message appended again under a stored number', () => {
    const store = new ReplayWindowStore(10);
    for (let seq = 1; seq <= 3; seq++) store.append(seq, raw(seq));
    store.append(2, Buffer.from('again'));
    expect(store.getRange(1, 0, 10).map((m) => m.raw.toString())).toEqual(['m1', 'again', 'm3']);
    expect(store.nextSenderSeq).toBe(3);
  });

  it('masks a Logon password and copies what it keeps', () => {
    const store = new ReplayWindowStore(10);
    const logon = Buffer.from('8=FIX.4.4\x019=20\x0135=A\x01554=topsecret\x0110=000\x01', 'latin1');
    store.append(1, logon);
    const plain = raw(2);
    store.append(2, plain);
    plain.fill(0);
    const [a, b] = store.getRange(1, 0, 10);
    expect(a!.raw.toString('latin1')).not.toContain('topsecret');
    expect(b!.raw.toString()).toBe('m2');
  });

  it('forgets everything and restarts both numbers at 1 on reset', () => {
    let clock = 1000;
    const store = new ReplayWindowStore(10, () => new Date(clock));
    store.append(1, raw(1));
    store.setNextTargetSeq(7);
    clock = 2000;
    store.reset();
    expect([store.nextSenderSeq, store.nextTargetSeq, store.size, store.creationTime.getTime()]).toEqual([
      1, 1, 0, 2000,
    ]);
    store.close();
    expect(() => store.append(1, raw(1))).toThrow(/closed/);
  });

  it('refuses a window below one message', () => {
    expect(() => new ReplayWindowStore(0)).toThrow(RangeError);
  });
});
