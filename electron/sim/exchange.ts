// Composition root of the embedded exchange (main process or `npm run sim`): one seeded MatchingEngine, the
// trading acceptor (KRAKEN-TRD) in front of it, the market-data acceptor (KRAKEN-MD) fed by its level stream, and
// the synthetic market that keeps the books alive. TLS uses a certificate kept in `certDir`.
import { randomBytes } from 'node:crypto';
import { FixAcceptor, type AcceptorHooks, type AcceptorSessionIdentity } from '../fix/acceptor/index.js';
import type { FixMessage } from '../fix/codec/fix-message.js';
import { KrakenLogonVerifier } from '../venue/kraken/verify-logon.js';
import { DEFAULT_CLOSED_ORDER_RETENTION, type ExchangeOptions } from './exchange-options.js';
import { FaultInjector } from './faults/index.js';
import { scheduleDailyReset } from './daily-rollover.js';
import { MarketDataHub } from './market-data/index.js';
import { SyntheticMarket } from './market/index.js';
import { MatchingEngine, type Instrument, type MarketDataEvent } from './matching/index.js';
import { DEFAULT_REPLAY_WINDOW, ReplayWindowStore } from './replay/replay-window-store.js';
import { loadOrCreateCertificate } from './tls/certificate.js';
import { tradingInboundValidator } from './trading/inbound-validator.js';
import { TradingGateway } from './trading/trading-gateway.js';
import { BatchingTransport } from './transport/batching-transport.js';

export interface RunningExchange {
  readonly tradingPort: number;
  readonly mdPort: number;
  /** The certificate clients must trust (TLS only). */
  readonly certPath?: string;
  /** The demo credential generated for this run (only for the CLI to print; never logged). */
  readonly apiKey?: string;
  readonly apiSecret?: string;
  readonly instruments: readonly Instrument[];
  readonly engine: MatchingEngine;
  readonly hub: MarketDataHub;
  /** The synthetic flow (absent with rate 0). */
  readonly market: SyntheticMarket | undefined;
  /** Fault injection on the live trading and market-data sessions (reliability tests, recovery demos). */
  readonly faults: FaultInjector;
  close(): Promise<void>;
}

export async function startExchange(o: ExchangeOptions): Promise<RunningExchange> {
  const host = o.host ?? '127.0.0.1';
  const log = o.onLog ?? ((): void => undefined);
  const cert = o.certDir !== undefined ? await loadOrCreateCertificate(o.certDir) : undefined;
  const tls = cert ? { cert: cert.cert, key: cert.key } : ({ enabled: false } as const);

  let demo: { apiKey: string; apiSecret: string } | undefined;
  let keys = o.apiKeys;
  if ((o.auth ?? 'kraken') === 'kraken' && (keys === undefined || keys.size === 0)) {
    demo = { apiKey: `sim-${randomBytes(12).toString('hex')}`, apiSecret: randomBytes(64).toString('base64') };
    keys = new Map([[demo.apiKey, demo.apiSecret]]);
  }
  const verifier = keys ? new KrakenLogonVerifier({ secretFor: (k) => keys.get(k) }) : undefined;

  // The gateway and the hub are wired to the engine through closures: the engine is built between them.
  const gateway = new TradingGateway({
    handle: (cmd) => engine.handle(cmd),
    dialect: o.dialect ?? 'kraken',
    ...(verifier ? { verifyLogon: (msg) => refusalOf(verifier, msg) } : {}),
    onLog: log,
  });
  const engine = new MatchingEngine({
    seed: o.seed ?? 1,
    closedOrderRetention: o.closedOrderRetention ?? DEFAULT_CLOSED_ORDER_RETENTION,
    onEvent: gateway.onEngineEvent,
    reportsFor: gateway.reportsFor,
    onMarketData: (e: MarketDataEvent) => hub.onMarketData(e),
  });
  for (const symbol of Object.keys(o.refPrices ?? {})) {
    if (engine.instrumentTable.lookup(symbol) === undefined) {
      const known = engine
        .instruments()
        .map((i) => i.symbol)
        .join(', ');
      throw new Error(`reference price for unknown pair ${symbol} (pairs: ${known})`);
    }
  }
  const hub = new MarketDataHub(engine, { dialect: o.dialect ?? 'kraken' });
  // The acceptors exist only below; the injector reaches their sessions through this late binding.
  const acceptors: { trading?: FixAcceptor; md?: FixAcceptor } = {};
  const faults = new FaultInjector({
    sessions: (side) => acceptors[side]?.sessions ?? new Map(),
    corruptNextChecksum: (symbol) => hub.corruptNextChecksum(symbol),
    isKnownSymbol: (symbol) => hub.isKnownSymbol(symbol),
    beforeDailyReset: () => gateway.dailyRollover(),
    log,
  });
  const replayWindow = o.replayWindow ?? DEFAULT_REPLAY_WINDOW;
  const createStore = (_id: AcceptorSessionIdentity, now: () => Date): ReplayWindowStore =>
    new ReplayWindowStore(replayWindow, now);

  const hooks = acceptorHooks(log);
  const tradingHooks: AcceptorHooks = {
    ...hooks,
    sessionCreated: (session) => {
      hooks.sessionCreated?.(session);
      gateway.watchSession(session);
    },
  };
  const trading = new FixAcceptor(
    {
      compId: o.tradingCompId ?? 'KRAKEN-TRD',
      host,
      port: o.port,
      tls,
      acceptAnyCompId: true,
      ...(o.storeDir !== undefined ? { storeDir: `${o.storeDir}/trading` } : {}),
      resetOnLogon: o.resetOnLogon ?? true,
      application: gateway.application,
      // Structure and field errors of an order message are the session's 35=3 (spec §1.7 validation layers);
      // only requests that pass it reach the gateway's business checks (35=j).
      session: { logonHook: gateway.logonHook, validator: tradingInboundValidator(o.dialect ?? 'kraken') },
      createStore,
      wrapTransport: faults.wrapper('trading'),
    },
    tradingHooks,
  );
  acceptors.trading = trading;
  const { port: tradingPort } = await trading.start();
  const md = new FixAcceptor(
    {
      compId: o.mdCompId ?? 'KRAKEN-MD',
      host,
      port: o.mdPort ?? (o.port === 0 ? 0 : o.port + 1),
      tls,
      acceptAnyCompId: true,
      ...(o.storeDir !== undefined ? { storeDir: `${o.storeDir}/md` } : {}),
      resetOnLogon: o.resetOnLogon ?? true,
      application: hub.application,
      createStore,
      // Faults act on single messages above the batching of the feed's writes.
      wrapTransport: (t, identity) => faults.wrapper('md')(new BatchingTransport(t), identity),
    },
    hooks,
  );
  acceptors.md = md;
  let mdPort: number;
  try {
    mdPort = (await md.start()).port;
  } catch (err) {
    await trading.close();
    throw err;
  }
  const rate = o.rate ?? 20;
  const market =
    rate > 0
      ? new SyntheticMarket(engine, { seed: o.seed ?? 1, rate, ...(o.refPrices ? { refPrices: o.refPrices } : {}) })
      : undefined;
  market?.start();
  // Kraken's logical rollover (spec §1.4): every day at 22:00 UTC sessions are logged out and numbered from 1.
  const rollover = (o.dailyReset ?? true) ? scheduleDailyReset(() => faults.dailyReset(), log) : undefined;

  let closing: Promise<void> | null = null;
  return {
    tradingPort,
    mdPort,
    ...(cert ? { certPath: cert.certPath } : {}),
    ...(demo ?? {}),
    instruments: engine.instruments(),
    engine,
    hub,
    market,
    faults,
    close: () =>
      (closing ??= (async () => {
        market?.stop();
        rollover?.stop();
        await Promise.all([trading.close(), md.close()]);
      })()),
  };
}

function refusalOf(verifier: KrakenLogonVerifier, msg: FixMessage): string | null {
  const verdict = verifier.verify(msg);
  return verdict.ok ? null : verdict.reason;
}

function acceptorHooks(line: (text: string) => void): AcceptorHooks {
  return {
    connectionRefused: ({ remote, reason }) => line(`refused ${remote}: ${reason}`),
    sessionCreated: (session) => {
      const who = `${session.senderCompId}<-${session.targetCompId}`;
      session.on('state', (c) => line(`${who}: ${c.from} -> ${c.to} (${c.reason})`));
    },
  };
}
