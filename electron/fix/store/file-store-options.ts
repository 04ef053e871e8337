// Options of FileMessageStore, validated up front so a typo in settings fails at startup, not at the first fsync.
import type { SessionIdentity } from './session-name.js';

/**
 * - `always`: every append / setNext* is fsynced before it returns (a crash or power cut loses nothing acknowledged).
 * - `interval`: records are written before returning (they survive a process crash) and fsynced at most every
 *   `fsyncIntervalMs` (a power cut may lose that window: the session would then reuse sequence numbers).
 * - `never`: leave it to the OS; for market data sessions or tests.
 */
export type FsyncPolicy = 'always' | 'interval' | 'never';

export interface FileMessageStoreOptions {
  /** Parent directory of all session stores; this session's directory is created inside it. */
  dir: string;
  session: SessionIdentity;
  fsync?: FsyncPolicy;
  /** Only with fsync 'interval' (default 200 ms). */
  fsyncIntervalMs?: number;
  now?: () => Date;
}

export interface ResolvedFileStoreOptions {
  dir: string;
  session: SessionIdentity;
  fsync: FsyncPolicy;
  fsyncIntervalMs: number;
  now: () => Date;
}

const POLICIES: readonly FsyncPolicy[] = ['always', 'interval', 'never'];

export function resolveFileStoreOptions(options: FileMessageStoreOptions): ResolvedFileStoreOptions {
  if (options === null || typeof options !== 'object') throw new TypeError('FileMessageStore: options are required');
  if (typeof options.dir !== 'string' || options.dir.length === 0) {
    throw new TypeError('FileMessageStore: dir must be a non-empty path');
  }
  if (options.session === null || typeof options.session !== 'object') {
    throw new TypeError('FileMessageStore: session { beginString, senderCompId, targetCompId } is required');
  }
  const fsync = options.fsync ?? 'always';
  if (!POLICIES.includes(fsync)) {
    throw new RangeError(`FileMessageStore: fsync must be one of ${POLICIES.join(', ')}, got ${String(fsync)}`);
  }
  if (options.fsyncIntervalMs !== undefined && fsync !== 'interval') {
    throw new RangeError(`FileMessageStore: fsyncIntervalMs only applies to fsync 'interval' (fsync is '${fsync}')`);
  }
  const fsyncIntervalMs = options.fsyncIntervalMs ?? 200;
  if (!Number.isInteger(fsyncIntervalMs) || fsyncIntervalMs < 1) {
    throw new RangeError(
      `FileMessageStore: fsyncIntervalMs must be a positive integer, got ${String(fsyncIntervalMs)}`,
    );
  }
  if (options.now !== undefined && typeof options.now !== 'function') {
    throw new TypeError('FileMessageStore: now must be a function returning a Date');
  }
  return { dir: options.dir, session: options.session, fsync, fsyncIntervalMs, now: options.now ?? (() => new Date()) };
}
