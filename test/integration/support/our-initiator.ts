// Our engine as a FIX initiator, assembled the way the workstation does it: Session (initiator role) on a
// FileMessageStore, a TLS Connector with certificate verification on (the test CA as `ca`), a Reconnector with a
// short backoff, joined by runInitiator. `crash()` drops everything without a Logout (an abrupt restart), `stop()`
// logs out properly.
import { FileSessionLog } from '../../../electron/fix/log/file-log.js';
import { Session, SessionState, runInitiator, type InitiatorLink } from '../../../electron/fix/session/index.js';
import type { SessionApplication } from '../../../electron/fix/session/index.js';
import type { FsyncPolicy } from '../../../electron/fix/store/file-store-options.js';
import { FileMessageStore } from '../../../electron/fix/store/file-store.js';
import { Connector } from '../../../electron/fix/transport/connector.js';
import { Reconnector } from '../../../electron/fix/transport/reconnector.js';
import { SessionTrail, waitForState } from './session-watch.js';

export interface OurInitiatorOptions {
  port: number;
  /** PEM of the CA the acceptor's certificate chains to. */
  ca: string;
  senderCompId: string;
  targetCompId: string;
  storeDir: string;
  /** QuickFIX-style message/event logs (diagnostics); absent = none. */
  logDir?: string;
  fsync?: FsyncPolicy;
  application: SessionApplication;
  heartBtIntSec?: number;
  name?: string;
}

export class OurInitiator {
  readonly session: Session;
  readonly store: FileMessageStore;
  readonly trail: SessionTrail;
  private readonly reconnector: Reconnector;
  private readonly link: InitiatorLink;
  private readonly log: FileSessionLog | undefined;
  private closed = false;

  constructor(o: OurInitiatorOptions) {
    const identity = { beginString: 'FIX.4.4', senderCompId: o.senderCompId, targetCompId: o.targetCompId };
    this.store = new FileMessageStore({ dir: o.storeDir, session: identity, fsync: o.fsync ?? 'always' });
    this.log = o.logDir !== undefined ? new FileSessionLog({ dir: o.logDir, session: identity }) : undefined;
    this.session = new Session({
      role: 'initiator',
      senderCompId: o.senderCompId,
      targetCompId: o.targetCompId,
      store: this.store,
      ...(this.log ? { log: this.log } : {}),
      application: o.application,
      heartBtIntSec: o.heartBtIntSec ?? 30,
    });
    this.trail = new SessionTrail(o.name ?? `our initiator ${o.senderCompId}`, this.session);
    const connector = new Connector({ host: '127.0.0.1', port: o.port, tls: { ca: o.ca }, connectTimeoutMs: 5000 });
    // QuickFIX restarts in about a second; a 250 ms ceiling keeps the tests quick without hammering it.
    this.reconnector = new Reconnector({ connect: () => connector.connect(), baseMs: 100, maxMs: 250 });
    this.reconnector.on('connectFailed', (err) => this.trail.push(`connect failed: ${err.message}`));
    this.link = runInitiator(this.session, this.reconnector);
  }

  logon(timeoutMs = 20_000): Promise<void> {
    return waitForState(this.session, SessionState.Active, this.trail, timeoutMs);
  }

  /** Abrupt end, as if the process died: no Logout, sockets destroyed, store closed as it stands. */
  crash(): void {
    if (this.closed) return;
    this.closed = true;
    this.reconnector.stop();
    this.session.disconnect('simulated crash of our initiator', true);
    this.session.close();
    this.store.close();
    this.log?.close();
  }

  /** Orderly end: our Logout, the peer's answer (or the logout timeout), then close the store. */
  async stop(): Promise<void> {
    if (this.closed) return;
    const gone = waitForState(this.session, SessionState.Disconnected, this.trail, 10_000);
    this.link.stop('test done');
    await gone;
    this.closed = true;
    this.session.close();
    this.store.close();
    this.log?.close();
    await this.log?.whenClosed();
  }
}
