// A FIX acceptor: owns a listener, identifies each connection by the Logon it sends first, and hands the
// connection to that client's session (created on first logon, kept across reconnections with its store). One
// live connection per identity: a second Logon for a logged-on client is refused.
import type { FixMessage } from '../codec/fix-message.js';
import { Listener } from '../transport/listener.js';
import type { Transport } from '../transport/transport.js';
import { Session, SessionState } from '../session/index.js';
import type { AcceptorOptions, AcceptorSessionIdentity } from './acceptor-options.js';
import { LogonSniffer } from './logon-sniffer.js';
import { refuseWithLogout } from './refuse-connection.js';
import { openSessionResources, type SessionResources } from './session-resources.js';

export interface AcceptorHooks {
  /** A session was created for a client (subscribe to its events here). */
  sessionCreated?(session: Session): void;
  /** A connection was turned away before it reached a session. */
  connectionRefused?(info: { remote: string; reason: string }): void;
}

interface Entry {
  session: Session;
  resources: SessionResources;
  identity: AcceptorSessionIdentity;
}

const SHUTDOWN_LOGOUT_WAIT_MS = 1000;

export class FixAcceptor {
  private readonly listener: Listener;
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Set<Transport>();
  private readonly beginString: string;
  private readonly acceptAny: boolean;
  private readonly allowed: ReadonlySet<string>;
  private readonly now: () => number;

  constructor(
    private readonly o: AcceptorOptions,
    private readonly hooks: AcceptorHooks = {},
  ) {
    if (typeof o.compId !== 'string' || o.compId.length === 0) throw new TypeError('acceptor: compId is required');
    if (typeof o.application !== 'function') throw new TypeError('acceptor: application factory is required');
    this.beginString = o.beginString ?? 'FIX.4.4';
    this.acceptAny = o.acceptAnyCompId ?? o.clientCompIds === undefined;
    this.allowed = new Set(o.clientCompIds ?? []);
    const clock = o.session?.clock;
    this.now = clock ? () => clock.now() : () => Date.now();
    this.listener = new Listener({ host: o.host ?? '127.0.0.1', port: o.port, tls: o.tls });
    this.listener.on('connection', (t) => this.onConnection(t));
  }

  /** Starts listening; resolves with the bound address. */
  start(): Promise<{ host: string; port: number }> {
    return this.listener.listen();
  }

  /** The session of each client that has logged on at least once, by client CompID. */
  get sessions(): ReadonlyMap<string, Session> {
    return new Map([...this.entries].map(([k, e]) => [k, e.session]));
  }

  /** Logs out live sessions (waiting briefly for the handshake), stops listening, closes stores and logs. */
  async close(): Promise<void> {
    for (const t of this.pending) t.destroy('acceptor closing');
    this.pending.clear();
    const live = [...this.entries.values()].filter((e) => e.session.state !== SessionState.Disconnected);
    await Promise.all(live.map((e) => logoutAndWait(e.session)));
    for (const e of this.entries.values()) {
      e.session.close();
      e.resources.store.close();
      e.resources.log?.close();
    }
    this.entries.clear();
    await this.listener.close();
  }

  private onConnection(t: Transport): void {
    this.pending.add(t);
    const remote = t.info.remote;
    const timer = setTimeout(
      () => this.refuse(t, remote, 'no Logon received in time'),
      this.o.logonTimeoutMs ?? 10_000,
    );
    const sniffer = new LogonSniffer(
      (msg, received) => {
        clearTimeout(timer);
        t.off('rxData', onData);
        t.off('disconnected', onGone);
        this.pending.delete(t);
        this.route(t, msg, received);
      },
      () => {
        clearTimeout(timer);
        this.refuse(t, remote, 'no Logon in the first MiB received');
      },
    );
    const onData = (chunk: Buffer): void => sniffer.push(chunk);
    const onGone = (): void => {
      clearTimeout(timer);
      this.pending.delete(t);
    };
    t.on('rxData', onData);
    t.on('disconnected', onGone);
  }

  private route(t: Transport, msg: FixMessage, received: Buffer): void {
    const remote = t.info.remote;
    const client = msg.getString(49);
    if (msg.getString(8) !== this.beginString) return this.refuse(t, remote, `BeginString ${msg.getString(8)}`);
    if (msg.msgType !== 'A') return this.refuse(t, remote, `first message is 35=${msg.msgType}, not a Logon`);
    if (client === undefined || client.length === 0) return this.refuse(t, remote, 'Logon without SenderCompID');
    const say = (text: string): void => {
      this.hooks.connectionRefused?.({ remote, reason: text });
      refuseWithLogout(t, this.beginString, this.o.compId, client, text, this.now());
    };
    if (msg.getString(56) !== this.o.compId) return say(`CompID problem: TargetCompID is not ${this.o.compId}`);
    if (!this.acceptAny && !this.allowed.has(client)) return say(`Unknown SenderCompID ${client}`);
    const entry = this.entries.get(client) ?? this.createSession(client);
    if (entry.session.isConnected) return say(`Session ${client} is already logged on`);
    entry.session.connected(this.o.wrapTransport ? this.o.wrapTransport(t, entry.identity) : t, received);
  }

  private refuse(t: Transport, remote: string, reason: string): void {
    this.pending.delete(t);
    this.hooks.connectionRefused?.({ remote, reason });
    t.close();
  }

  private createSession(client: string): Entry {
    const identity: AcceptorSessionIdentity = {
      beginString: this.beginString,
      senderCompId: this.o.compId,
      targetCompId: client,
    };
    const resources = openSessionResources(this.o, identity, () => new Date(this.now()));
    const session = new Session({
      ...this.o.session,
      role: 'acceptor',
      beginString: this.beginString,
      senderCompId: this.o.compId,
      targetCompId: client,
      store: resources.store,
      ...(resources.log ? { log: resources.log } : {}),
      resetOnLogon: this.o.resetOnLogon ?? false,
      application: this.o.application(identity),
    });
    const entry = { session, resources, identity };
    this.entries.set(client, entry);
    this.hooks.sessionCreated?.(session);
    return entry;
  }
}

function logoutAndWait(session: Session): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, SHUTDOWN_LOGOUT_WAIT_MS);
    const off = session.on('state', (c) => {
      if (c.to === SessionState.Disconnected) done();
    });
    function done(): void {
      clearTimeout(timer);
      off();
      resolve();
    }
    session.logout('Acceptor shutting down');
    if (session.state === SessionState.Disconnected) done();
  });
}
