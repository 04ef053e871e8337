// Our engine as a FIX acceptor (FixAcceptor: TLS Listener + one Session per client CompID on a FileMessageStore),
// with the venue application on top. `crash()` destroys the connections without a Logout and closes everything as
// it stands; a new OurAcceptor on the same port and store directory is the restarted gateway.
import { DeafableTransport } from './deafable-transport.js';
import { FixAcceptor } from '../../../electron/fix/acceptor/index.js';
import type { MessageRecord, Session } from '../../../electron/fix/session/index.js';
import type { FsyncPolicy } from '../../../electron/fix/store/file-store-options.js';
import { SessionTrail } from './session-watch.js';
import type { VenueBook } from './venue-book.js';

export interface OurAcceptorOptions {
  port: number;
  compId: string;
  tls: { cert: string; key: string };
  storeDir: string;
  logDir?: string;
  fsync?: FsyncPolicy;
  book: VenueBook;
  name?: string;
}

export class OurAcceptor {
  readonly trails = new Map<string, SessionTrail>();
  /** Every message our sessions wrote, by client CompID (replays included). */
  readonly outbound = new Map<string, MessageRecord[]>();
  readonly refused: string[] = [];
  port = 0;
  private readonly acceptor: FixAcceptor;
  private readonly transports: DeafableTransport[] = [];
  private closed = false;

  private constructor(readonly o: OurAcceptorOptions) {
    this.acceptor = new FixAcceptor(
      {
        compId: o.compId,
        port: o.port,
        tls: { key: o.tls.key, cert: o.tls.cert },
        storeDir: o.storeDir,
        fsync: o.fsync ?? 'always',
        ...(o.logDir !== undefined ? { logDir: o.logDir } : {}),
        application: () => o.book.application(),
        wrapTransport: (t) => {
          const deafable = new DeafableTransport(t);
          this.transports.push(deafable);
          return deafable;
        },
      },
      {
        sessionCreated: (s) => this.watch(s),
        connectionRefused: ({ remote, reason }) => this.refused.push(`${remote}: ${reason}`),
      },
    );
  }

  static async start(o: OurAcceptorOptions): Promise<OurAcceptor> {
    const a = new OurAcceptor(o);
    a.port = (await a.acceptor.start()).port;
    return a;
  }

  session(client: string): Session | undefined {
    return this.acceptor.sessions.get(client);
  }

  trail(client: string): SessionTrail {
    return this.trails.get(client) ?? new SessionTrail(`our acceptor (${client}, no session yet)`, null);
  }

  /** From now on bytes from clients are dropped unread, as by a process about to die. Returns chunks dropped so far
   * through a getter, so a test can wait until something is certainly lost. */
  goDeaf(): { readonly dropped: number } {
    for (const t of this.transports) t.deaf = true;
    const all = this.transports;
    return {
      get dropped(): number {
        return all.reduce((n, t) => n + t.dropped, 0);
      },
    };
  }

  /** Abrupt stop: connections destroyed without a Logout, then stores and listener closed as they stand. */
  async crash(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const s of this.acceptor.sessions.values()) s.disconnect('simulated crash of our acceptor', true);
    await this.acceptor.close();
  }

  /** Orderly stop (Logout to live sessions). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.acceptor.close();
  }

  private watch(s: Session): void {
    const client = s.targetCompId;
    this.trails.set(client, new SessionTrail(`${this.o.name ?? 'our acceptor'} (${client})`, s));
    const out: MessageRecord[] = [];
    this.outbound.set(client, out);
    s.on('message', (m) => {
      if (m.direction === 'out') out.push(m);
    });
  }
}
