import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import { FileMessageStore } from '../../../electron/fix/store/file-store.js';
import { tempDirs } from './temp-dir.js';

const tempDir = tempDirs('fix-store-torn-');
const session = { beginString: 'FIX.4.4', senderCompId: 'CLIENT', targetCompId: 'KRAKEN-TRD' };
const msg = (seq: number): Buffer => Buffer.from(`8=FIX.4.4\x019=20\x0135=D\x0134=${seq}\x0111=order-${seq}\x01`);

type LastWrite = (store: FileMessageStore) => void;

interface Fixture {
  dir: string;
  file: string;
  bytes: Buffer;
  /** Offset of the last record. */
  lastStart: number;
}

/** A store with seqs 1..3 appended and target seq 4, then one more record written by `last`. */
function build(last: LastWrite): Fixture {
  const dir = tempDir();
  const store = new FileMessageStore({ dir, session });
  for (let seq = 1; seq <= 3; seq++) store.append(seq, msg(seq));
  store.setNextTargetSeq(4);
  const lastStart = fs.statSync(store.filePath).size;
  last(store);
  store.close();
  return { dir, file: store.filePath, bytes: fs.readFileSync(store.filePath), lastStart };
}

/** Reopens the damaged file and checks it holds exactly the state before the last record, then still works. */
function expectRecoveredToBeforeLast(f: Fixture, damagedSize: number): void {
  const store = new FileMessageStore({ dir: f.dir, session });
  try {
    expect([store.nextSenderSeq, store.nextTargetSeq]).toEqual([4, 4]);
    expect(store.getRange(1, 0, 10).map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(store.getRange(3, 3, 1)[0]?.raw.equals(msg(3))).toBe(true);
    expect(store.recovery.truncatedBytes).toBe(damagedSize - f.lastStart);
    expect(fs.statSync(f.file).size).toBe(f.lastStart);
    store.append(4, msg(4));
  } finally {
    store.close();
  }
  const again = new FileMessageStore({ dir: f.dir, session });
  try {
    expect(again.nextSenderSeq).toBe(5);
    expect(again.getRange(4, 4, 1)[0]?.raw.equals(msg(4))).toBe(true);
    expect(again.recovery.truncatedBytes).toBe(0);
  } finally {
    again.close();
  }
}

const lastWrites: Array<[string, LastWrite]> = [
  ['an outbound message', (s) => s.append(4, msg(4))],
  ['a target seq update', (s) => s.setNextTargetSeq(5)],
  ['a sender seq update', (s) => s.setNextSenderSeq(9)],
];

describe('FileMessageStore recovery from a damaged tail', () => {
  it.each(lastWrites)('recovers from %s torn at every byte offset', (_name, last) => {
    const f = build(last);
    expect(f.bytes.length).toBeGreaterThan(f.lastStart);
    for (let cut = f.lastStart; cut < f.bytes.length; cut++) {
      fs.writeFileSync(f.file, f.bytes.subarray(0, cut));
      expectRecoveredToBeforeLast(f, cut);
    }
  });

  it.each(lastWrites)('recovers from %s with any single byte corrupted', (_name, last) => {
    const f = build(last);
    for (let at = f.lastStart; at < f.bytes.length; at++) {
      const damaged = Buffer.from(f.bytes);
      damaged[at] = (damaged[at] as number) ^ 0x5a;
      fs.writeFileSync(f.file, damaged);
      expectRecoveredToBeforeLast(f, damaged.length);
    }
  });

  it('cuts zero-filled garbage after the last whole record', () => {
    const f = build(() => undefined);
    fs.writeFileSync(f.file, Buffer.concat([f.bytes, Buffer.alloc(4096)]));
    expectRecoveredToBeforeLast(f, f.bytes.length + 4096);
  });

  it('starts fresh at 1/1 when even the first record is torn', () => {
    const dir = tempDir();
    const store = new FileMessageStore({ dir, session });
    const file = store.filePath;
    store.close();
    const header = fs.readFileSync(file);
    for (let cut = 0; cut < header.length; cut++) {
      fs.writeFileSync(file, header.subarray(0, cut));
      const again = new FileMessageStore({ dir, session });
      expect([again.nextSenderSeq, again.nextTargetSeq, again.recovery.truncatedBytes]).toEqual([1, 1, cut]);
      again.append(1, msg(1));
      again.close();
    }
  });
});
