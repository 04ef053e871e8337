import { describe, it, expect, afterEach, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { FileMessageStore, STORE_FILE_NAME } from '../../../electron/fix/store/file-store.js';
import type { FileMessageStoreOptions } from '../../../electron/fix/store/file-store-options.js';
import { describeStoreContract } from './store-contract.js';
import { tempDirs } from './temp-dir.js';

const tempDir = tempDirs('fix-store-');
const session = { beginString: 'FIX.4.4', senderCompId: 'CLIENT', targetCompId: 'KRAKEN-TRD' };
const msg = (seq: number, body = 'D'): Buffer => Buffer.from(`8=FIX.4.4\x0135=${body}\x0134=${seq}\x01`);

describeStoreContract('FileMessageStore', (now) => new FileMessageStore({ dir: tempDir(), session, now }));

describe('FileMessageStore on disk', () => {
  const open: FileMessageStore[] = [];
  const openStore = (dir: string, extra: Partial<FileMessageStoreOptions> = {}): FileMessageStore => {
    const store = new FileMessageStore({ dir, session, ...extra });
    open.push(store);
    return store;
  };
  const closeAll = (): void => {
    for (const s of open.splice(0)) s.close();
  };
  afterEach(() => {
    closeAll();
    vi.restoreAllMocks();
  });

  it('keeps each session in a directory named BeginString-Sender-Target', () => {
    const dir = tempDir();
    const store = openStore(dir);
    expect(store.directory).toBe(path.join(dir, 'FIX.4.4-CLIENT-KRAKEN-TRD'));
    expect(fs.existsSync(path.join(store.directory, STORE_FILE_NAME))).toBe(true);
  });

  it('resumes both sequence numbers, the messages and the creation time after reopening', () => {
    const dir = tempDir();
    const store = openStore(dir, { now: () => new Date(Date.UTC(2026, 2, 3)) });
    for (let seq = 1; seq <= 5; seq++) store.append(seq, msg(seq));
    store.setNextTargetSeq(12);
    closeAll();
    const again = openStore(dir, { now: () => new Date(Date.UTC(2030, 0, 1)) });
    expect([again.nextSenderSeq, again.nextTargetSeq]).toEqual([6, 12]);
    expect(again.getRange(1, 0, 10).map((m) => m.raw.toString())).toEqual(
      [1, 2, 3, 4, 5].map((s) => msg(s).toString()),
    );
    expect(again.creationTime.toISOString()).toBe('2026-03-03T00:00:00.000Z');
    expect(again.recovery).toEqual({ records: 7, truncatedBytes: 0 });
  });

  it('resumes an explicitly set sender seq and the last write among appends and sets', () => {
    const dir = tempDir();
    const store = openStore(dir);
    store.append(1, msg(1));
    store.setNextSenderSeq(100);
    store.setNextTargetSeq(3);
    store.setNextTargetSeq(4);
    closeAll();
    const again = openStore(dir);
    expect([again.nextSenderSeq, again.nextTargetSeq]).toEqual([100, 4]);
  });

  it('resumes the state after a reset, not the state before it', () => {
    const dir = tempDir();
    let t = Date.UTC(2026, 0, 1);
    const store = openStore(dir, { now: () => new Date(t) });
    store.append(1, msg(1));
    store.append(2, msg(2));
    t = Date.UTC(2026, 0, 1, 22);
    store.reset();
    store.append(1, msg(1, 'B'));
    closeAll();
    const again = openStore(dir);
    expect([again.nextSenderSeq, again.nextTargetSeq]).toEqual([2, 1]);
    expect(again.getRange(1, 0, 10).map((m) => m.raw.toString())).toEqual([msg(1, 'B').toString()]);
    expect(again.creationTime.toISOString()).toBe('2026-01-01T22:00:00.000Z');
    expect(fs.readdirSync(again.directory)).toEqual([STORE_FILE_NAME]);
  });

  it('does not write a record when a sequence number is set to its current value', () => {
    const dir = tempDir();
    const store = openStore(dir);
    store.setNextTargetSeq(2);
    const size = fs.statSync(store.filePath).size;
    store.setNextTargetSeq(2);
    store.setNextSenderSeq(1);
    expect(fs.statSync(store.filePath).size).toBe(size);
  });

  it('uses a 13-byte record per target seq update', () => {
    const store = openStore(tempDir());
    const size = fs.statSync(store.filePath).size;
    store.setNextTargetSeq(2);
    expect(fs.statSync(store.filePath).size - size).toBe(13);
  });

  it('reads messages from the file rather than from memory', () => {
    const store = openStore(tempDir());
    store.append(1, Buffer.from('35=D\x0158=aaaa\x01'));
    const file = fs.readFileSync(store.filePath);
    const at = file.indexOf('aaaa');
    const fd = fs.openSync(store.filePath, 'r+');
    fs.writeSync(fd, 'bbbb', at);
    fs.closeSync(fd);
    expect(store.getRange(1, 1, 1)[0]?.raw.toString()).toBe('35=D\x0158=bbbb\x01');
  });

  it('never writes a secret to disk', () => {
    const store = openStore(tempDir());
    store.append(1, Buffer.from('35=A\x01553=KEY\x01554=THE-SIGNATURE\x015025=1724512345678\x01'));
    const file = fs.readFileSync(store.filePath, 'latin1');
    expect(file).not.toContain('THE-SIGNATURE');
    expect(file).not.toContain('1724512345678');
  });

  it('replays messages larger than its read chunk', () => {
    const dir = tempDir();
    const store = openStore(dir);
    const big = (seq: number): Buffer => Buffer.alloc(700_000, 0x30 + seq);
    for (let seq = 1; seq <= 4; seq++) {
      store.append(seq, big(seq));
      store.setNextTargetSeq(seq + 1);
    }
    closeAll();
    const again = openStore(dir);
    expect(again.recovery.truncatedBytes).toBe(0);
    const got = again.getRange(1, 0, 10);
    expect(got.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
    expect(got.every((m) => m.raw.equals(big(m.seq)))).toBe(true);
    expect(again.nextTargetSeq).toBe(5);
  });

  it('refuses to open the same session twice in one process, and allows it after close', () => {
    const dir = tempDir();
    const store = openStore(dir);
    expect(() => new FileMessageStore({ dir, session })).toThrow(/already open/);
    store.close();
    expect(() => openStore(dir)).not.toThrow();
  });

  it('discards the leftover of a reset that crashed before its rename', () => {
    const dir = tempDir();
    const store = openStore(dir);
    store.append(1, msg(1));
    closeAll();
    fs.writeFileSync(`${store.filePath}.new`, 'half a reset');
    const again = openStore(dir);
    expect(again.nextSenderSeq).toBe(2);
    expect(fs.existsSync(`${store.filePath}.new`)).toBe(false);
  });

  it('refuses a file that does not start with a store header', () => {
    const dir = tempDir();
    const store = openStore(dir);
    store.append(1, msg(1));
    closeAll();
    // Keep only the message record: valid on its own, but not a store file.
    const file = fs.readFileSync(store.filePath);
    fs.writeFileSync(store.filePath, file.subarray(21));
    expect(() => new FileMessageStore({ dir, session })).toThrow(/does not start with a store header/);
  });

  describe('fsync policy', () => {
    it("'always' syncs every write before it returns", () => {
      const store = openStore(tempDir());
      const sync = vi.spyOn(fs, 'fdatasyncSync');
      store.append(1, msg(1));
      store.setNextTargetSeq(2);
      store.setNextSenderSeq(5);
      expect(sync).toHaveBeenCalledTimes(3);
    });

    it("'never' leaves syncing to the operating system", () => {
      const store = openStore(tempDir(), { fsync: 'never' });
      const sync = vi.spyOn(fs, 'fdatasyncSync');
      store.append(1, msg(1));
      store.setNextTargetSeq(2);
      expect(sync).toHaveBeenCalledTimes(0);
    });

    it("'interval' writes immediately, syncs at most once per interval and flushes on the timer", () => {
      vi.useFakeTimers({ now: 1_000_000 });
      try {
        const store = openStore(tempDir(), { fsync: 'interval', fsyncIntervalMs: 50 });
        const sync = vi.spyOn(fs, 'fdatasyncSync');
        store.append(1, msg(1));
        expect(sync).toHaveBeenCalledTimes(1);
        store.append(2, msg(2));
        store.setNextTargetSeq(3);
        expect(sync).toHaveBeenCalledTimes(1);
        expect(fs.readFileSync(store.filePath).includes(msg(2))).toBe(true);
        vi.advanceTimersByTime(49);
        expect(sync).toHaveBeenCalledTimes(1);
        vi.advanceTimersByTime(1);
        expect(sync).toHaveBeenCalledTimes(2);
        vi.advanceTimersByTime(1000);
        expect(sync).toHaveBeenCalledTimes(2);
      } finally {
        vi.useRealTimers();
      }
    });

    it("'interval' still syncs within the interval after the wall clock steps backwards", () => {
      vi.useFakeTimers({ now: 1_000_000_000 });
      try {
        const store = openStore(tempDir(), { fsync: 'interval', fsyncIntervalMs: 50 });
        const sync = vi.spyOn(fs, 'fdatasyncSync');
        store.append(1, msg(1));
        vi.setSystemTime(1_000_000_000 - 3_600_000);
        store.append(2, msg(2));
        vi.advanceTimersByTime(50);
        expect(sync).toHaveBeenCalledTimes(2);
      } finally {
        vi.useRealTimers();
      }
    });

    it("'interval' reports a failed background sync on the next write", () => {
      vi.useFakeTimers({ now: 1_000_000 });
      try {
        const store = openStore(tempDir(), { fsync: 'interval', fsyncIntervalMs: 50 });
        store.append(1, msg(1));
        store.append(2, msg(2));
        vi.spyOn(fs, 'fdatasyncSync').mockImplementationOnce(() => {
          throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
        });
        vi.advanceTimersByTime(50);
        expect(() => store.append(3, msg(3))).toThrow(/EIO/);
        expect(() => store.append(3, msg(3))).not.toThrow();
      } finally {
        vi.useRealTimers();
      }
    });
  });

  describe('options', () => {
    it.each<[string, Partial<FileMessageStoreOptions>, RegExp]>([
      ['an empty dir', { dir: '' }, /dir must be a non-empty path/],
      ['an unknown fsync policy', { fsync: 'sometimes' as never }, /fsync must be one of always, interval, never/],
      ['an interval without the interval policy', { fsyncIntervalMs: 10 }, /only applies to fsync 'interval'/],
      ['a zero interval', { fsync: 'interval', fsyncIntervalMs: 0 }, /fsyncIntervalMs must be a positive integer/],
      ['an empty CompID', { session: { ...session, targetCompId: '' } }, /targetCompId must be a non-empty string/],
    ])('refuses %s with a clear error', (_name, bad, message) => {
      expect(() => new FileMessageStore({ dir: tempDir(), session, ...bad })).toThrow(message);
    });
  });
});
