// Configuration of a FIX acceptor (the embedded exchange, the echo server): who we are, which clients may log on,
// where each session keeps its numbers, and what every session is configured with.
import type { TlsServerOptions } from '../transport/listener.js';
import type { FsyncPolicy } from '../store/file-store-options.js';
import type { SessionApplication, SessionOptions } from '../session/index.js';
import type { MessageStore } from '../store/message-store.js';
import type { Transport } from '../transport/transport.js';

/** Who is on the other end: the client's SenderCompID is the session identity. */
export interface AcceptorSessionIdentity {
  readonly beginString: string;
  /** Us (49 on what we send). */
  readonly senderCompId: string;
  /** The client (its 49). */
  readonly targetCompId: string;
}

/** Session settings shared by every session the acceptor creates (identity, store, log and app are per session). */
export type AcceptorSessionSettings = Partial<
  Omit<
    SessionOptions,
    'role' | 'senderCompId' | 'targetCompId' | 'store' | 'log' | 'application' | 'beginString' | 'resetOnLogon'
  >
>;

export interface AcceptorOptions {
  /** Our CompID: the SenderCompID we answer with, and the TargetCompID a client's Logon must carry. */
  compId: string;
  /** Default FIX.4.4. */
  beginString?: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 = any free port. */
  port: number;
  /** TLS key and certificate, or `{ enabled: false }` for plain TCP. */
  tls: TlsServerOptions | { enabled: false };
  /** Any client CompID may log on (the session identity is the client's CompID). Default: true unless
   * `clientCompIds` is given. */
  acceptAnyCompId?: boolean;
  /** The client CompIDs allowed to log on when `acceptAnyCompId` is false. */
  clientCompIds?: readonly string[];
  /** Each session's store lives in a directory under this one; absent = in memory. */
  storeDir?: string;
  /** Only with storeDir (default 'interval'). */
  fsync?: FsyncPolicy;
  /** QuickFIX-format message and event logs per session under this directory; absent = no log. */
  logDir?: string;
  /** Every Logon received restarts both numbers at 1 (default false). */
  resetOnLogon?: boolean;
  /** How long a new connection may take to send its Logon (default 10 000 ms). */
  logonTimeoutMs?: number;
  /** The application of one session, created when that client first logs on. */
  application: (identity: AcceptorSessionIdentity) => SessionApplication;
  /** Everything else every session is configured with (HeartBtInt default, validator, timeouts, clock...). */
  session?: AcceptorSessionSettings;
  /** The store of a session when there is no storeDir (default MemoryMessageStore, which keeps every message):
   * the simulator bounds its replay window this way. */
  createStore?: (identity: AcceptorSessionIdentity, now: () => Date) => MessageStore;
  /** Every identified connection passes through this before its session gets it (the simulator's fault
   * injection wraps it in a transport that can drop, delay or garble writes). */
  wrapTransport?: (transport: Transport, identity: AcceptorSessionIdentity) => Transport;
}
