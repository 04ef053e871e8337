// The live side of one venue profile: its FIX connections, the market-data client of its market-data session and
// that client's frame coalescer. Built when the core starts and again when the user saves the profile while its
// sessions are down (settings-commands.ts), closed when the profile is deleted or the core stops.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { StreamChannel } from '../../../shared/ipc/channels.js';
import type { VenueKind, VenueProfile } from '../../../shared/domain/settings.js';
import type { Notice } from '../../../shared/ipc/streams.js';
import type { MessageJournal } from '../../inspector/index.js';
import { FrameCoalescer, MarketDataClient } from '../../marketdata/index.js';
import type { OrderManager } from '../../oms/index.js';
import type { SettingsStore } from '../../settings/index.js';
import { withManagedEndpoints } from '../../settings/index.js';
import type { RunningExchange } from '../../sim/exchange.js';
import { SessionConnection } from '../session-connection.js';
import type { StreamHub } from '../stream-hub.js';
import { BASE_DEPTH } from './handlers.js';
import { marketDataApplication, tradingApplication } from './session-applications.js';
import { connectionConfigs, credentialProblem, sessionIdOf } from './venue-connections.js';
import { wireJournal } from './wire-journal.js';

export interface VenueRuntimeDeps {
  readonly exchange: RunningExchange | null;
  readonly settings: SettingsStore;
  readonly dataDir: string;
  readonly latencyProbeIntervalMs: number;
  readonly oms: () => OrderManager;
  readonly journal: MessageJournal;
  readonly hub: StreamHub;
  readonly now: () => number;
  readonly log: (line: string) => void;
  /** A venue published (or re-published) its instrument list. */
  readonly onInstruments: () => void;
  /** A trading session logged on (after the OMS reconciled what it holds). */
  readonly onTradingLogon: (sessionId: string) => void;
}

export class VenueRuntime {
  readonly connections: SessionConnection[] = [];
  readonly marketData = new Map<string, MarketDataClient>();
  readonly coalescers: FrameCoalescer[] = [];
  /** Why the trading session cannot log on as configured (missing key or secret), or null. */
  readonly tradingProblem: string | null;
  readonly kind: VenueKind;

  constructor(
    readonly profileId: string,
    stored: VenueProfile,
    d: VenueRuntimeDeps,
  ) {
    this.kind = stored.kind;
    const exchange = stored.kind === 'simulator' ? d.exchange : null;
    const profile = connectable(stored, exchange);
    const secret = (): string | undefined => (exchange !== null ? exchange.apiSecret : d.settings.secretOf(stored.id));
    this.tradingProblem =
      stored.kind === 'simulator' && exchange === null
        ? 'the embedded exchange is not running in this process'
        : credentialProblem(profile, secret() !== undefined);
    const notice = (n: Notice): void => d.hub.emit(StreamChannel.notice, n);
    const configs = connectionConfigs(profile, {
      secret,
      ...(exchange?.certPath !== undefined ? { managedCa: readFileSync(exchange.certPath, 'utf8') } : {}),
      storeDir: path.join(d.dataDir, 'fix-store'),
      latencyProbeIntervalMs: d.latencyProbeIntervalMs,
      application: (role) => {
        const id = sessionIdOf(profile.id, role);
        if (role === 'trading') return tradingApplication(id, d.oms, d.log, d.onTradingLogon);
        return marketDataApplication(() => this.marketData.get(id)!);
      },
    });
    for (const config of configs) {
      const c = new SessionConnection(config, { now: d.now, log: d.log });
      this.connections.push(c);
      c.onStatus((status) => d.hub.emit(StreamChannel.sessionStatus, status));
      wireJournal(c, d.journal, d.oms, notice, d.log);
      if (!c.id.endsWith('-md')) continue;
      const client: MarketDataClient = new MarketDataClient({
        send: (msgType, write) => c.send(msgType, write),
        now: d.now,
        notice,
        instruments: (list) => {
          // Every instrument stays subscribed in main: risk needs the touch, positions need a mark.
          for (const i of list) client.subscribe({ symbol: i.symbol, depth: BASE_DEPTH });
          d.log(`${c.id}: ${list.length} instrument(s) listed`);
          d.onInstruments();
        },
      });
      c.onMessage((m) => {
        if (m.direction === 'in') client.noteHeartbeat();
      });
      this.marketData.set(c.id, client);
      this.coalescers.push(new FrameCoalescer(client));
    }
  }

  get allDown(): boolean {
    return this.connections.every((c) => c.status.phase === 'disconnected');
  }

  async close(): Promise<void> {
    await Promise.all(this.connections.map((c) => c.close()));
    for (const c of this.coalescers) c.dispose();
  }
}

/** A simulator profile connects to the exchange this run started, with the credential it generated. */
function connectable(profile: VenueProfile, exchange: RunningExchange | null): VenueProfile {
  if (exchange === null) return profile;
  const managed = withManagedEndpoints(profile, {
    trading: { host: '127.0.0.1', port: exchange.tradingPort, tls: true },
    marketData: { host: '127.0.0.1', port: exchange.mdPort, tls: true },
  });
  return { ...managed, hasSecret: true, ...(exchange.apiKey !== undefined ? { apiKey: exchange.apiKey } : {}) };
}
