// The simulator's order-entry acceptor application (Kraken's KRAKEN-TRD): D/F/G/H/q become MatchingEngine
// commands, engine events become ExecutionReports on the session that owns the order, refusals become 35=j (or the
// standard FIX 4.4 answers). Owned by the exchange composition (exchange.ts), one per trading acceptor. The order
// state lives in the engine: a report for a connection that is gone goes to the client's current connection, and
// is dropped only when the client has none (it asks again with 35=H after its next logon).
import type { AcceptorSessionIdentity } from '../../fix/acceptor/index.js';
import type { FixMessage } from '../../fix/codec/fix-message.js';
import type {
  AppMessageContext,
  LogonHook,
  Session,
  SessionApplication,
  SessionHandle,
} from '../../fix/session/index.js';
import { KrakenTag } from '../../venue/kraken/tags.js';
import type { EngineCommand, EngineEvent, Owner, RequestMsgType } from '../matching/index.js';
import { parseRequest, REQUEST_TYPES, type RequestEcho } from './parse-request.js';
import { rejectMessage, type OutboundMessage, type Refusal } from './write-reject.js';
import { writeExecutionReport, type TradingDialect } from './write-report.js';

export interface TradingGatewayOptions {
  /** Where commands go (the shared MatchingEngine's `handle`). */
  handle: (cmd: EngineCommand) => void;
  dialect?: TradingDialect;
  /** Vets a Logon (signature, nonce); a reason refuses it with that Logout text. Absent = no authentication. */
  verifyLogon?: (msg: FixMessage) => string | null;
  /** One line per thing worth a console (dropped reports, cancel-on-disconnect). */
  onLog?: (line: string) => void;
  clock?: () => number;
}

/** Reasons the session gives when a connection ends through the Logout handshake (not an abnormal drop). */
const ORDERLY_ENDS: ReadonlySet<string> = new Set(['logout complete', 'peer Logout answered']);

interface LiveSession {
  handle: SessionHandle;
  cancelOnDisconnect: boolean;
  /** A Logout was sent or received: the end of this connection is orderly, not a drop. */
  loggingOut: boolean;
  /** Ended by the daily rollover: cancel on disconnect applies even though the Logout was orderly. */
  rollover: boolean;
}

export class TradingGateway {
  readonly dialect: TradingDialect;
  /** The trading acceptor's `session.logonHook`: authenticates, and notes each client's 8674. */
  readonly logonHook: LogonHook;
  private readonly live = new Map<string, LiveSession>();
  /** 8674 of the last verified Logon per client CompID, read when that client's session comes up. */
  private readonly codByClient = new Map<string, boolean>();
  private readonly issued = new Set<string>();
  /** The live session id of each client CompID. */
  private readonly current = new Map<string, string>();
  private sessionCounter = 0;
  private execCounter = 0;
  private readonly clock: () => number;

  constructor(private readonly o: TradingGatewayOptions) {
    this.dialect = o.dialect ?? 'kraken';
    this.clock = o.clock ?? Date.now;
    this.logonHook = {
      verifyLogon: (msg) => {
        const verdict = o.verifyLogon ? o.verifyLogon(msg) : null;
        if (verdict === null)
          this.codByClient.set(msg.getString(49) ?? '', msg.getString(KrakenTag.CancelOrdersOnDisconnect) !== '1');
        return verdict;
      },
    };
  }

  /** The FixAcceptor's `application` factory: one application per client CompID, kept across reconnections. */
  readonly application = (identity: AcceptorSessionIdentity): SessionApplication => {
    const clientId = identity.targetCompId;
    let sessionId: string | null = null;
    return {
      onLogon: (handle) => {
        sessionId = `${clientId}#${++this.sessionCounter}`;
        this.issued.add(sessionId);
        this.live.set(sessionId, {
          handle,
          cancelOnDisconnect: this.codByClient.get(clientId) ?? true,
          loggingOut: false,
          rollover: false,
        });
        this.current.set(clientId, sessionId);
      },
      onLogout: (_handle, reason) => {
        if (sessionId === null) return;
        const gone = this.live.get(sessionId);
        this.live.delete(sessionId);
        const id = sessionId;
        sessionId = null;
        this.current.delete(clientId);
        const dropped = gone !== undefined && !gone.loggingOut && !ORDERLY_ENDS.has(reason);
        if (gone?.cancelOnDisconnect && (dropped || gone.rollover)) {
          const why = gone.rollover ? 'daily rollover' : `connection lost (${reason})`;
          this.o.onLog?.(`${id}: ${why}; cancelling its orders (cancel on disconnect)`);
          this.o.handle({ type: 'disconnect', sessionId: id });
        }
      },
      onAppMessage: (msg, ctx) => {
        if (sessionId === null) return 'unsupported';
        return this.onRequest(msg, ctx, { clientId, sessionId });
      },
    };
  };

  /**
   * The acceptor's `sessionCreated` hook calls this: the application never sees admin messages, so the Logout
   * handshake (either side starting it) is learnt from the session's events.
   */
  watchSession(session: Pick<Session, 'targetCompId' | 'on'>): void {
    session.on('logout', () => {
      const id = this.current.get(session.targetCompId);
      const s = id === undefined ? undefined : this.live.get(id);
      if (s !== undefined) s.loggingOut = true;
    });
  }

  /**
   * The daily rollover is about to log every client out. Kraken's rollover is expected to fire cancel on
   * disconnect for sessions that asked for it (spec §1.4, third-party reading [L]), unlike a client's own Logout.
   */
  dailyRollover(): void {
    for (const s of this.live.values()) s.rollover = true;
  }

  /**
   * The engine's `reportsFor`: the reports `onEngineEvent` can deliver or log (a session this gateway opened, or a
   * client with a live connection); the rest it drops without a word, so the engine need not build the synthetic
   * participants' at all.
   */
  readonly reportsFor = (owner: Owner): boolean => this.issued.has(owner.sessionId) || this.current.has(owner.clientId);

  /** The engine's `onEvent`. */
  readonly onEngineEvent = (event: EngineEvent): void => {
    if (event.kind === 'mass-cancel-done') return;
    // An order outlives the connection that placed it (8674=1, or an orderly logout): its reports go to the
    // client's current connection, so a fill on a carried-over order is never lost. Only 35=F is tied to the
    // placing connection (spec §4: 35=F cannot reach orders from an earlier session).
    const target =
      this.live.get(event.owner.sessionId) ?? this.live.get(this.current.get(event.owner.clientId) ?? '');
    if (target === undefined) {
      // Reports of synthetic participants have no FIX session: only our own sessions' losses are worth a line.
      if (!this.issued.has(event.owner.sessionId)) return;
      this.o.onLog?.(
        `${event.owner.sessionId} is gone: ${event.kind} report for ClOrdID ${event.kind === 'rejected' ? event.clOrdId : event.order.clOrdId} dropped`,
      );
      return;
    }
    if (event.kind === 'rejected') {
      const echo =
        this.pending?.clOrdId === event.clOrdId
          ? this.pending
          : bareEcho(event.refMsgType, event.clOrdId, event.orderId);
      this.send(target.handle, rejectMessage(this.refusal(echo, event.text, event.businessRejectReason), this.dialect));
      return;
    }
    this.send(target.handle, { msgType: '8', write: (enc) => writeExecutionReport(enc, event, this.dialect) });
  };

  private pending: RequestEcho | null = null;

  private onRequest(
    msg: FixMessage,
    ctx: AppMessageContext,
    owner: { clientId: string; sessionId: string },
  ): void | 'unsupported' {
    const type = msg.msgType;
    if (!REQUEST_TYPES.has(type)) return 'unsupported';
    const parsed = parseRequest(msg, type as RequestMsgType, ctx.seq, owner, this.dialect === 'kraken');
    if (!parsed.ok) {
      this.send(ctx.session, rejectMessage(this.refusal(parsed.echo, parsed.text, parsed.reason), this.dialect));
      return;
    }
    // Rejects come back synchronously from handle(): the echo gives them the request's RefSeqNum and fields.
    this.pending = parsed.echo;
    try {
      this.o.handle(parsed.command);
    } finally {
      this.pending = null;
    }
  }

  private refusal(echo: RequestEcho, text: string, reason: number): Refusal {
    return { echo, text, reason, transactTime: this.clock(), execId: () => `R${++this.execCounter}` };
  }

  private send(handle: SessionHandle, m: OutboundMessage): void {
    try {
      handle.send(m.msgType, m.write);
    } catch (err) {
      this.o.onLog?.(
        `${handle.targetCompId}: ${m.msgType} not sent (${err instanceof Error ? err.message : String(err)})`,
      );
    }
  }
}

function bareEcho(msgType: RequestMsgType, clOrdId: string, orderId: string | undefined): RequestEcho {
  return { msgType, seq: 0, clOrdId, ...(orderId !== undefined ? { orderId } : {}) };
}
