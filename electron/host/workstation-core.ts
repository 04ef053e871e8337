// The workstation core as one object (plain Node, no Electron): venue profiles and their FIX sessions, the order
// manager, pre-trade risk, market data, the message journal, the audit trail and settings, with the embedded
// exchange simulator the demo profile trades against. Electron's main process binds it to IPC (electron/main.ts),
// the web host binds it to a WebSocket (web-host.ts); both only call the WorkstationHost surface.
import path from 'node:path';
import { userInfo } from 'node:os';
import type { CommandChannelName } from '../../shared/ipc/channels.js';
import { StreamChannel } from '../../shared/ipc/channels.js';
import type { CommandRequest, CommandResult } from '../../shared/ipc/commands.js';
import { rejected } from '../../shared/ipc/outcome.js';
import type { InstrumentInfo } from '../../shared/domain/instruments.js';
import { add, dec, div, text } from '../../shared/domain/decimal.js';
import { FileAuditTrail } from '../audit/index.js';
import { fix44 } from '../fix/codec/dictionary/index.js';
import { dictionaryView, MessageJournal } from '../inspector/index.js';
import type { MarketDataClient } from '../marketdata/index.js';
import { OrderManager, venueRulesFor } from '../oms/index.js';
import { RiskEngine } from '../risk/index.js';
import { JsonFileKeyValue, MemorySecretVault, SettingsStore } from '../settings/index.js';
import { startExchange } from '../sim/exchange.js';
import type { CoreOptions } from './core/core-options.js';
import { errorText, type CoreParts } from './core/core-parts.js';
import { handlerTable, type HandlerTable } from './core/handlers.js';
import { MarketWatch } from './core/market-watch.js';
import { OrderMemory } from './core/order-memory.js';
import { OrderNotices } from './core/order-notices.js';
import { publishRisk } from './core/risk-commands.js';
import { SessionCommands } from './core/session-commands.js';
import { sessionIdOf } from './core/venue-connections.js';
import { Venues } from './core/venues.js';
import type { SessionConnection } from './session-connection.js';
import { StreamHub } from './stream-hub.js';
import type { StreamSink, WorkstationHost } from './workstation-host.js';

export type { CoreOptions };

/** How often positions are marked to the book mid. */
const MARK_INTERVAL_MS = 500;

export class WorkstationCore implements WorkstationHost {
  private closing: Promise<void> | null = null;

  private constructor(
    private readonly parts: CoreParts,
    private readonly handlers: HandlerTable,
    private readonly stop: () => Promise<void>,
  ) {}

  static async start(o: CoreOptions): Promise<WorkstationCore> {
    const log = o.log ?? ((): void => undefined);
    const now = (): number => Date.now();
    const kv = o.kv ?? new JsonFileKeyValue({ file: path.join(o.dataDir, 'settings.json') });
    const settings = new SettingsStore({ kv, vault: o.vault ?? new MemorySecretVault() });
    for (const issue of settings.issues) log(`settings: ${JSON.stringify(issue)}`);
    const user = (): string => settings.ui().userName || o.user || safeUserName();
    // Entries are written before record() returns (a crash of the process loses none) and fsynced every 100 ms:
    // one fsync per order on main's event loop would stall the FIX sessions at a desk's order rates, and the
    // orders themselves are already durable in the FIX store before they reach the socket.
    const audit = new FileAuditTrail({
      file: path.join(o.dataDir, 'audit.jsonl'),
      fsync: 'interval',
      fsyncIntervalMs: 100,
      now,
      defaultUser: user,
    });
    const hub = new StreamHub((text) => log(`streams: ${text}`));
    audit.onEntry((entry) => hub.emit(StreamChannel.audit, entry));
    const journal = new MessageJournal();
    const risk = new RiskEngine({ limits: settings.riskLimits() });

    const profiles = settings.view().profiles;
    const exchange = profiles.some((p) => p.kind === 'simulator')
      ? await startExchange({
          port: 0,
          certDir: path.join(o.dataDir, 'simulator-tls'),
          seed: o.exchange?.seed ?? 1,
          rate: o.exchange?.rate ?? 20,
          onLog: (line) => log(`exchange: ${line}`),
        })
      : null;

    let oms: OrderManager | null = null;
    const omsRef = (): OrderManager => oms!;
    const notice = hub.emit.bind(hub, StreamChannel.notice);
    const venues = new Venues({
      exchange,
      settings,
      dataDir: o.dataDir,
      latencyProbeIntervalMs: o.latencyProbeIntervalMs ?? 10_000,
      oms: omsRef,
      journal,
      hub,
      now,
      log,
      onInstruments: () => hub.emit(StreamChannel.instruments, instruments()),
      onTradingLogon: (sessionId) => {
        const targets = memory.takeCarried(sessionId);
        if (targets.length === 0) return;
        const sent = omsRef().requestStatus(sessionId, targets);
        log(
          `${sessionId}: asked the venue about ${targets.length} order(s) working before the restart (${sent} request(s))`,
        );
      },
    });
    for (const profile of profiles) venues.add(profile);
    // Orders working at a venue when the app stopped: asked about after each session's first logon.
    const memory = new OrderMemory(
      path.join(o.dataDir, 'working-orders.json'),
      log,
      (id) => venues.kindOf(id) === 'simulator',
    );
    const { connections, marketData } = venues;

    const instruments = (): InstrumentInfo[] => {
      const seen = new Map<string, InstrumentInfo>();
      for (const client of marketData.values())
        for (const i of client.instruments()) if (!seen.has(i.symbol)) seen.set(i.symbol, i);
      return [...seen.values()];
    };
    const marketFor = (symbol: string): MarketDataClient | undefined => {
      for (const client of marketData.values())
        if (client.instruments().some((i) => i.symbol === symbol)) return client;
      return marketData.values().next().value;
    };
    const notices = new OrderNotices(notice, now);
    const positionSymbols = new Set<string>();
    oms = new OrderManager({
      send: (sessionId, msgType, write) => {
        const c = connections.get(sessionId);
        if (c === undefined) throw new Error(`unknown session ${sessionId}`);
        return c.send(msgType, write);
      },
      now,
      instrument: (symbol) => instruments().find((i) => i.symbol === symbol),
      rules: (sessionId) => venueRulesFor(venues.kindOf(sessionId) ?? 'fix44'),
      onChange: (delta) => {
        for (const pos of delta.positions) positionSymbols.add(pos.symbol);
        memory.onDelta(delta);
        hub.ordersChanged(delta);
        notices.onDelta(delta);
      },
      onMassCancel: (u) => {
        risk.killSwitch.noteCancel(
          u.sessionId,
          u.rejected !== null
            ? `mass cancel refused: ${u.rejected}`
            : `${u.canceled} order(s) canceled by the mass cancel`,
        );
        hub.emit(StreamChannel.risk, risk.state());
      },
      onLog: (line) => log(`oms: ${line}`),
    });

    const parts: CoreParts = {
      connections,
      oms,
      risk,
      marketData,
      settings,
      audit,
      journal,
      hub,
      dictionary: dictionaryView(fix44()),
      user,
      now,
      instruments,
      instrument: (symbol) => instruments().find((i) => i.symbol === symbol),
      marketFor,
      applyProfile: (profileId) =>
        venues.apply(
          profileId,
          settings.view().profiles.find((p) => p.id === profileId),
        ),
      log,
    };
    const watch = new MarketWatch();
    hub.addSource({
      channel: StreamChannel.marketData,
      drain: () => {
        const t = now();
        const frames = venues
          .coalescers()
          .map((c) => watch.filter(c.flush(t)))
          .filter((f) => f !== null);
        if (frames.length <= 1) return frames[0] ?? null;
        return {
          books: frames.flatMap((f) => f.books),
          trades: frames.flatMap((f) => f.trades),
          candles: frames.flatMap((f) => f.candles),
        };
      },
    });
    hub.addSource({
      channel: StreamChannel.messages,
      drain: () => {
        const batch = journal.drain();
        return batch.records.length > 0 ? batch.records : null;
      },
    });
    hub.start();
    const marks = setInterval(() => markPositions(parts, positionSymbols), MARK_INTERVAL_MS);
    marks.unref();

    const sessions = new SessionCommands(parts, (id) => venues.problem(id));
    const core = new WorkstationCore(parts, handlerTable(parts, sessions, watch), async () => {
      clearInterval(marks);
      hub.stop();
      await venues.closeAll();
      memory.flush();
      audit.close();
      await exchange?.close();
    });
    if (o.autoConnect ?? true) {
      for (const p of profiles) {
        if (!p.autoConnect) continue;
        for (const id of [sessionIdOf(p.id, 'trading'), sessionIdOf(p.id, 'md')]) {
          if (connections.has(id)) void sessions.connect(id);
        }
      }
    }
    publishRisk(parts);
    audit.record('login', `workstation started (${profiles.length} venue profile(s))`, 'accepted');
    return core;
  }

  execute<C extends CommandChannelName>(channel: C, request: CommandRequest<C>): Promise<CommandResult<C>> {
    if (this.closing !== null) return Promise.resolve(rejected('the workstation is shutting down'));
    const handler = this.handlers[channel] as (r: CommandRequest<C>) => Promise<CommandResult<C>> | CommandResult<C>;
    return Promise.resolve(handler(request));
  }

  subscribe(sink: StreamSink): () => void {
    return this.parts.hub.subscribe(sink);
  }

  /** The connection of a session (tests and the session monitor's own tests). */
  connection(sessionId: string): SessionConnection | undefined {
    return this.parts.connections.get(sessionId);
  }

  /** Orderly logout of every session, then the embedded exchange stops. Idempotent. */
  close(): Promise<void> {
    this.closing ??= this.stop();
    return this.closing;
  }
}

function markPositions(p: CoreParts, symbols: ReadonlySet<string>): void {
  for (const symbol of symbols) {
    const touch = p.marketFor(symbol)?.touch(symbol);
    if (touch === undefined || touch === null || touch.bid === null || touch.ask === null) continue;
    try {
      p.oms.mark(symbol, mid(touch.bid, touch.ask));
    } catch (err) {
      p.log(`marking ${symbol}: ${errorText(err)}`);
    }
  }
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'trader';
  }
}

/** Exact (bid + ask) / 2, with one more decimal than the finer of the two. */
function mid(bid: string, ask: string): string {
  const b = dec(bid);
  const a = dec(ask);
  return text(div(add(b, a), dec('2'), Math.max(b.scale, a.scale) + 1));
}
