// The audit trail on disk: an append-only JSON Lines file (one entry per line), opened with O_APPEND so nothing
// already written is ever rewritten. Owned by the main process; opening the same file twice in one process is
// refused. On open the tail is read back for list() and for the last seq, so seqs keep increasing across restarts.
import fs from 'node:fs';
import path from 'node:path';
import type { AuditAction, AuditEntry, AuditOutcome } from '../../shared/domain/audit.js';
import { syncDirectory } from '../fix/store/fs-durable.js';
import type { FsyncPolicy } from '../fix/store/file-store-options.js';
import { SyncScheduler } from '../fix/store/sync-scheduler.js';
import { AuditCore } from './audit-core.js';
import { AUDIT_CSV_HEADER, auditCsvRow, csvRow } from './audit-csv.js';
import { decodeAuditLine, encodeAuditLine, seqOfDamagedLine } from './audit-line.js';
import type { AuditListener, AuditTrail, AuditTrailOptions } from './audit-trail.js';
import { readTail } from './tail-lines.js';

export interface FileAuditTrailOptions extends AuditTrailOptions {
  /** The JSON Lines file (created with its directory, owner-only). */
  file: string;
  /** 'always' (default): an entry is on disk before record() returns; entries are rare and are evidence.
   * 'interval' / 'never' as for the message store. */
  fsync?: FsyncPolicy;
  /** Only with fsync 'interval' (default 200 ms). */
  fsyncIntervalMs?: number;
}

export interface AuditRecovery {
  /** Valid entries read back from the file's tail. */
  readonly entriesRead: number;
  /** The highest seq found (0 for a new file); the next entry gets one more. */
  readonly lastSeq: number;
  /** Lines in the tail that are not valid entries (a torn line, hand editing, disk damage). */
  readonly skippedLines: number;
  /** Whether the file ended in an unterminated line (a write cut short by a crash). It is kept, closed with a
   * newline so the next entry starts on a line of its own, and skipped by every reader. */
  readonly tornTail: boolean;
}

const openFiles = new Set<string>();

export class FileAuditTrail implements AuditTrail {
  readonly file: string;
  readonly recovery: AuditRecovery;
  private readonly core: AuditCore;
  private readonly syncer: SyncScheduler;
  private fd: number;
  /** A write failed part way: the next entry must start on a fresh line. */
  private needsNewline = false;
  private closed = false;

  constructor(options: FileAuditTrailOptions) {
    if (typeof options?.file !== 'string' || options.file.length === 0) {
      throw new TypeError('FileAuditTrail: file must be a non-empty path');
    }
    const fsync = options.fsync ?? 'always';
    if (options.fsyncIntervalMs !== undefined && fsync !== 'interval') {
      throw new RangeError(`FileAuditTrail: fsyncIntervalMs only applies to fsync 'interval' (fsync is '${fsync}')`);
    }
    this.core = new AuditCore(options);
    this.file = path.resolve(options.file);
    if (openFiles.has(this.file)) throw new Error(`FileAuditTrail: ${this.file} is already open in this process`);
    const dir = path.dirname(this.file);
    fs.mkdirSync(dir, { recursive: true });
    const existed = fs.existsSync(this.file);
    this.fd = fs.openSync(this.file, 'a+', 0o600);
    try {
      if (!existed) syncDirectory(dir);
      this.syncer = new SyncScheduler(fsync, options.fsyncIntervalMs ?? 200, () => fs.fdatasyncSync(this.fd));
      this.recovery = this.readBack();
    } catch (err) {
      fs.closeSync(this.fd);
      throw err;
    }
    openFiles.add(this.file);
  }

  record(
    action: AuditAction,
    details: string,
    outcome: AuditOutcome,
    reason?: string | null,
    user?: string,
  ): AuditEntry {
    if (this.closed) throw new Error('FileAuditTrail: closed');
    this.syncer.throwPendingFailure();
    const entry = this.core.build(action, details, outcome, reason, user);
    const line = encodeAuditLine(entry);
    this.append(this.needsNewline ? `\n${line}` : line);
    this.syncer.afterWrite();
    this.core.commit(entry);
    return entry;
  }

  list(limit: number): AuditEntry[] {
    return this.core.list(limit);
  }

  /** Reads the whole file: the export is rare, and the file is the record (memory holds only the newest). */
  csv(): string {
    if (this.closed) throw new Error('FileAuditTrail: closed');
    let out = csvRow(AUDIT_CSV_HEADER);
    for (const line of fs.readFileSync(this.file, 'utf8').split('\n')) {
      const entry = line.length > 0 ? decodeAuditLine(line) : undefined;
      if (entry) out += auditCsvRow(entry);
    }
    return out;
  }

  onEntry(listener: AuditListener): () => void {
    return this.core.onEntry(listener);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.syncer.flush();
    } finally {
      fs.closeSync(this.fd);
      openFiles.delete(this.file);
    }
  }

  private readBack(): AuditRecovery {
    const size = fs.fstatSync(this.fd).size;
    const tail = readTail(this.fd, size, this.core.memoryLimit);
    const entries: AuditEntry[] = [];
    let lastSeq = 0;
    let skipped = 0;
    for (const line of tail.lines) {
      const entry = decodeAuditLine(line);
      if (entry) {
        entries.push(entry);
        lastSeq = Math.max(lastSeq, entry.seq);
      } else if (line.length > 0) {
        skipped++;
        lastSeq = Math.max(lastSeq, seqOfDamagedLine(line) ?? 0);
      }
    }
    if (skipped > 0) this.core.report(`audit: ${skipped} unreadable line(s) in ${this.file} skipped`);
    const torn = tail.unterminated !== null;
    if (tail.unterminated !== null) {
      // Its seq may have been handed out already (the crash came after the write began): never reuse it.
      lastSeq = Math.max(lastSeq, seqOfDamagedLine(tail.unterminated) ?? 0);
      this.core.report(
        `audit: ${this.file} ended in a torn line of ${Buffer.byteLength(tail.unterminated)} bytes ` +
          '(a write cut short by a crash); kept in the file and skipped',
      );
      this.append('\n');
      this.syncer.afterWrite();
    }
    this.core.restore(entries, lastSeq);
    return { entriesRead: entries.length, lastSeq, skippedLines: skipped + (torn ? 1 : 0), tornTail: torn };
  }

  private append(text: string): void {
    const data = Buffer.from(text, 'utf8');
    let done = 0;
    try {
      while (done < data.length) done += fs.writeSync(this.fd, data, done, data.length - done, null);
    } catch (err) {
      if (done > 0) this.needsNewline = true;
      throw err;
    }
    this.needsNewline = false;
  }
}
