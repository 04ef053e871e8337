// The MessageStore contract, run against every implementation (memory-store.test.ts, file-store.test.ts).
import { describe, it, expect, afterEach } from 'vitest';
import type { MessageStore } from '../../../electron/fix/store/message-store.js';

export type StoreFactory = (now: () => Date) => MessageStore;

const msg = (seq: number, body = 'D'): Buffer => Buffer.from(`8=FIX.4.4\x0135=${body}\x0134=${seq}\x01`);
const seqs = (list: { seq: number }[]): number[] => list.map((m) => m.seq);

export function describeStoreContract(name: string, create: StoreFactory): void {
  describe(`${name} (MessageStore contract)`, () => {
    const open: MessageStore[] = [];
    const make = (now: () => Date = () => new Date(Date.UTC(2026, 0, 1))): MessageStore => {
      const store = create(now);
      open.push(store);
      return store;
    };
    afterEach(() => {
      for (const s of open.splice(0)) s.close();
    });

    it('starts both sequence numbers at 1 with the creation time from the clock', () => {
      const store = make(() => new Date(Date.UTC(2026, 4, 5, 6, 7, 8)));
      expect([store.nextSenderSeq, store.nextTargetSeq]).toEqual([1, 1]);
      expect(store.creationTime.toISOString()).toBe('2026-05-05T06:07:08.000Z');
    });

    it('advances nextSenderSeq past each appended message and returns it byte for byte', () => {
      const store = make();
      store.append(1, msg(1));
      store.append(2, msg(2));
      expect(store.nextSenderSeq).toBe(3);
      const got = store.getRange(1, 0, 100);
      expect(seqs(got)).toEqual([1, 2]);
      expect(got[1]?.raw.equals(msg(2))).toBe(true);
    });

    it('keeps its own copy of an appended message', () => {
      const store = make();
      const raw = msg(1);
      store.append(1, raw);
      raw.fill(0x41);
      expect(store.getRange(1, 1, 1)[0]?.raw.equals(msg(1))).toBe(true);
    });

    it('returns the inclusive range, to the last message when end is 0, at most limit', () => {
      const store = make();
      for (let seq = 1; seq <= 10; seq++) store.append(seq, msg(seq));
      expect(seqs(store.getRange(3, 5, 100))).toEqual([3, 4, 5]);
      expect(seqs(store.getRange(8, 0, 100))).toEqual([8, 9, 10]);
      expect(seqs(store.getRange(2, 0, 3))).toEqual([2, 3, 4]);
      expect(seqs(store.getRange(10, 10, 1))).toEqual([10]);
      expect(seqs(store.getRange(11, 0, 5))).toEqual([]);
      expect(seqs(store.getRange(6, 5, 5))).toEqual([]);
      expect(seqs(store.getRange(1, 1000, 100))).toHaveLength(10);
    });

    it('skips sequence numbers that were never stored', () => {
      const store = make();
      store.append(1, msg(1));
      store.setNextSenderSeq(5);
      store.append(5, msg(5));
      expect(seqs(store.getRange(1, 0, 10))).toEqual([1, 5]);
      expect(seqs(store.getRange(2, 4, 10))).toEqual([]);
    });

    it('replaces a message appended again under the same seq and orders out-of-order appends', () => {
      const store = make();
      store.append(2, msg(2));
      store.append(1, msg(1, 'F'));
      store.append(1, msg(1, 'G'));
      expect(seqs(store.getRange(1, 0, 10))).toEqual([1, 2]);
      expect(store.getRange(1, 1, 1)[0]?.raw.equals(msg(1, 'G'))).toBe(true);
      expect(store.nextSenderSeq).toBe(2);
    });

    it('sets both sequence numbers explicitly', () => {
      const store = make();
      store.setNextSenderSeq(42);
      store.setNextTargetSeq(7);
      expect([store.nextSenderSeq, store.nextTargetSeq]).toEqual([42, 7]);
    });

    it('stores secrets masked', () => {
      const store = make();
      store.append(1, Buffer.from('35=A\x01554=SIG\x015025=123\x01'));
      expect(store.getRange(1, 1, 1)[0]?.raw.toString('latin1')).toBe('35=A\x01554=***\x015025=***\x01');
    });

    it('reset forgets messages, returns both seqs to 1 and renews the creation time', () => {
      let t = Date.UTC(2026, 0, 1);
      const store = make(() => new Date(t));
      store.append(1, msg(1));
      store.setNextTargetSeq(9);
      t = Date.UTC(2026, 0, 1, 22);
      store.reset();
      expect([store.nextSenderSeq, store.nextTargetSeq]).toEqual([1, 1]);
      expect(store.getRange(1, 0, 10)).toEqual([]);
      expect(store.creationTime.toISOString()).toBe('2026-01-01T22:00:00.000Z');
      store.append(1, msg(1, 'B'));
      expect(store.getRange(1, 0, 10)[0]?.raw.equals(msg(1, 'B'))).toBe(true);
    });

    it.each([0, -1, 1.5, Number.NaN, 2 ** 32])('refuses %s as a sequence number', (bad) => {
      const store = make();
      expect(() => store.append(bad, msg(1))).toThrow(RangeError);
      expect(() => store.setNextSenderSeq(bad)).toThrow(RangeError);
      expect(() => store.setNextTargetSeq(bad)).toThrow(RangeError);
      expect(() => store.getRange(bad, 0, 1)).toThrow(RangeError);
      expect([store.nextSenderSeq, store.nextTargetSeq]).toEqual([1, 1]);
    });

    it('refuses a negative end and a limit below 1', () => {
      const store = make();
      expect(() => store.getRange(1, -1, 1)).toThrow(/end/);
      expect(() => store.getRange(1, 0, 0)).toThrow(/limit/);
    });

    it('refuses use after close', () => {
      const store = make();
      store.close();
      expect(() => store.append(1, msg(1))).toThrow(/closed/);
      expect(() => store.getRange(1, 0, 1)).toThrow(/closed/);
    });
  });
}
