// Durable MessageStore: one directory per session holding an append-only log of checksummed records (see
// store-record.ts). Replayed on open to rebuild both sequence numbers and an index of where each outbound message
// lies, so getRange reads from disk instead of keeping the session's traffic in memory. Owned by one session in the
// main process; opening the same session twice in one process is refused.
import fs from 'node:fs';
import path from 'node:path';
import { maskSecretsBuffer } from '../log/mask-secrets.js';
import { resolveFileStoreOptions, type FileMessageStoreOptions } from './file-store-options.js';
import { removeIfExists, syncDirectory, writeFully } from './fs-durable.js';
import { assertRange, assertSeq, type MessageStore, type StoredMessage } from './message-store.js';
import { readFully, scanRecords, type ScannedRecord } from './record-scanner.js';
import { SeqIndex } from './seq-index.js';
import { sessionFileName } from './session-name.js';
import {
  decodeStartTime,
  encodeRecord,
  encodeStart,
  FORMAT_VERSION,
  HEADER_SIZE,
  MAX_PAYLOAD,
  RecordType,
} from './store-record.js';
import { SyncScheduler } from './sync-scheduler.js';

export const STORE_FILE_NAME = 'store.dat';

export interface StoreRecovery {
  /** Valid records replayed on open. */
  records: number;
  /** Bytes of an unfinished or corrupt tail cut off on open (0 after a clean shutdown). */
  truncatedBytes: number;
}

const openDirectories = new Set<string>();

export class FileMessageStore implements MessageStore {
  readonly directory: string;
  readonly filePath: string;
  readonly recovery: StoreRecovery;
  private fd: number;
  private size = 0;
  private senderSeq = 1;
  private targetSeq = 1;
  private created: Date;
  private readonly index = new SeqIndex();
  private readonly syncer: SyncScheduler;
  private readonly now: () => Date;
  private closed = false;

  constructor(options: FileMessageStoreOptions) {
    const resolved = resolveFileStoreOptions(options);
    this.now = resolved.now;
    this.directory = path.resolve(resolved.dir, sessionFileName(resolved.session));
    this.filePath = path.join(this.directory, STORE_FILE_NAME);
    if (openDirectories.has(this.directory)) {
      throw new Error(`FileMessageStore: ${this.directory} is already open in this process`);
    }
    fs.mkdirSync(this.directory, { recursive: true });
    // Left by a reset that crashed before its rename: the reset never completed, the old file stands.
    removeIfExists(`${this.filePath}.new`);
    this.created = this.now();
    this.fd = -1;
    this.recovery = this.open();
    this.syncer = new SyncScheduler(resolved.fsync, resolved.fsyncIntervalMs, () => fs.fdatasyncSync(this.fd));
    openDirectories.add(this.directory);
  }

  get nextSenderSeq(): number {
    return this.senderSeq;
  }

  get nextTargetSeq(): number {
    return this.targetSeq;
  }

  get creationTime(): Date {
    return new Date(this.created.getTime());
  }

  append(seq: number, raw: Buffer): void {
    this.beforeWrite();
    assertSeq('append', seq);
    const stored = maskSecretsBuffer(raw);
    if (stored.length > MAX_PAYLOAD) {
      throw new RangeError(`append: message of ${stored.length} bytes exceeds the store limit of ${MAX_PAYLOAD}`);
    }
    const at = this.write(encodeRecord(RecordType.Message, seq, stored));
    // State moves before the sync: if the sync fails the seq counts as used, so it is skipped (the peer gap-fills),
    // never reused.
    this.index.set(seq, at + HEADER_SIZE, stored.length);
    this.senderSeq = seq + 1;
    this.syncer.afterWrite();
  }

  setNextSenderSeq(seq: number): void {
    this.beforeWrite();
    assertSeq('setNextSenderSeq', seq);
    if (seq === this.senderSeq) return;
    this.write(encodeRecord(RecordType.SenderSeq, seq));
    this.senderSeq = seq;
    this.syncer.afterWrite();
  }

  setNextTargetSeq(seq: number): void {
    this.beforeWrite();
    assertSeq('setNextTargetSeq', seq);
    if (seq === this.targetSeq) return;
    this.write(encodeRecord(RecordType.TargetSeq, seq));
    this.targetSeq = seq;
    this.syncer.afterWrite();
  }

  getRange(begin: number, end: number, limit: number): StoredMessage[] {
    this.assertOpen();
    assertRange(begin, end, limit);
    return this.index.range(begin, end === 0 ? Infinity : end, limit).map((loc) => {
      const raw = Buffer.allocUnsafe(loc.length);
      readFully(this.fd, raw, loc.offset);
      return { seq: loc.seq, raw };
    });
  }

  /** Builds the fresh file beside the old one and renames it over, so a crash leaves either the old store or the
   * new one, never a mix. */
  reset(): void {
    this.beforeWrite();
    const created = this.now();
    const tmp = `${this.filePath}.new`;
    const start = encodeStart(created);
    const fd = fs.openSync(tmp, 'w+');
    try {
      writeFully(fd, start, 0);
      fs.fsyncSync(fd);
    } catch (err) {
      fs.closeSync(fd);
      removeIfExists(tmp);
      throw err;
    }
    this.syncer.cancel();
    fs.closeSync(this.fd);
    try {
      fs.renameSync(tmp, this.filePath);
    } catch (err) {
      fs.closeSync(fd);
      removeIfExists(tmp);
      this.fd = fs.openSync(this.filePath, 'r+');
      throw err;
    }
    syncDirectory(this.directory);
    this.fd = fd;
    this.size = start.length;
    this.index.clear();
    this.senderSeq = 1;
    this.targetSeq = 1;
    this.created = created;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    openDirectories.delete(this.directory);
    try {
      this.syncer.flush();
    } finally {
      fs.closeSync(this.fd);
    }
  }

  private open(): StoreRecovery {
    let existing = true;
    try {
      this.fd = fs.openSync(this.filePath, 'r+');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      this.fd = fs.openSync(this.filePath, 'w+');
      existing = false;
    }
    try {
      const fileSize = fs.fstatSync(this.fd).size;
      let records = 0;
      const valid = scanRecords(this.fd, fileSize, (record) => {
        this.replay(record, records === 0);
        records++;
      });
      if (records === 0) {
        // New, or only a torn first record: nothing was ever acknowledged, start over.
        fs.ftruncateSync(this.fd, 0);
        const start = encodeStart(this.created);
        writeFully(this.fd, start, 0);
        fs.fsyncSync(this.fd);
        if (!existing) syncDirectory(this.directory);
        this.size = start.length;
        return { records: 0, truncatedBytes: fileSize };
      }
      if (valid < fileSize) {
        fs.ftruncateSync(this.fd, valid);
        fs.fsyncSync(this.fd);
      }
      this.size = valid;
      return { records, truncatedBytes: fileSize - valid };
    } catch (err) {
      fs.closeSync(this.fd);
      throw err;
    }
  }

  private replay(record: ScannedRecord, first: boolean): void {
    if (first && record.type !== RecordType.Start) {
      throw new Error(`FileMessageStore: ${this.filePath} does not start with a store header; refusing to use it`);
    }
    switch (record.type) {
      case RecordType.Start: {
        const created = decodeStartTime(record.payload);
        if (record.value !== FORMAT_VERSION || !created) {
          throw new Error(`FileMessageStore: ${this.filePath} has unsupported format version ${record.value}`);
        }
        this.created = created;
        this.index.clear();
        this.senderSeq = 1;
        this.targetSeq = 1;
        break;
      }
      case RecordType.Message:
        this.index.set(record.value, record.offset + HEADER_SIZE, record.length);
        this.senderSeq = record.value + 1;
        break;
      case RecordType.SenderSeq:
        this.senderSeq = record.value;
        break;
      case RecordType.TargetSeq:
        this.targetSeq = record.value;
        break;
    }
  }

  /** Appends at the tracked end; on a failed write the partial bytes are cut so the next record starts clean. */
  private write(record: Buffer): number {
    const at = this.size;
    try {
      writeFully(this.fd, record, at);
    } catch (err) {
      try {
        fs.ftruncateSync(this.fd, at);
      } catch {
        // The file keeps a torn tail; the next open cuts it.
      }
      throw err;
    }
    this.size += record.length;
    return at;
  }

  private beforeWrite(): void {
    this.assertOpen();
    this.syncer.throwPendingFailure();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('MessageStore is closed');
  }
}
