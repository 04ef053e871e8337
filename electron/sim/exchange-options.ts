// Options of the embedded exchange (startExchange): the CLI and the app build these.
import type { TradingDialect } from './trading/write-report.js';

/** Closed orders 35=H can still find: enough for any client's recent history, bounded for a run of days. */
export const DEFAULT_CLOSED_ORDER_RETENTION = 10_000;

export interface ExchangeOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Trading acceptor port; 0 = any free port. */
  port: number;
  /** Market-data acceptor port; default port + 1 (any free port when port is 0). */
  mdPort?: number;
  /** Directory of cert.pem/key.pem (generated there when absent); absent = plain TCP. */
  certDir?: string;
  /** 'kraken' (default): Logons are signed (553/554/5025) with a configured key; 'none': no signature. */
  auth?: 'kraken' | 'none';
  /** API key -> base64 secret. With `auth: 'kraken'` and none given, one demo key is generated for this run. */
  apiKeys?: ReadonlyMap<string, string>;
  dialect?: TradingDialect;
  /** Our CompIDs (default KRAKEN-TRD and KRAKEN-MD); any client CompID may log on. */
  tradingCompId?: string;
  mdCompId?: string;
  /** Starting reference prices of the synthetic market, by symbol (its defaults otherwise). */
  refPrices?: Readonly<Record<string, string>>;
  /** Seeds the engine's ids (and the synthetic market). Default 1. */
  seed?: number;
  /** Synthetic market book updates per second, issued as engine commands of about one level change each (0.98):
   * default 20; 0 = no synthetic market (an empty book). */
  rate?: number;
  /** Each session's store under this directory; absent = in memory. */
  storeDir?: string;
  /** Closed orders kept for 35=H (default DEFAULT_CLOSED_ORDER_RETENTION); older ones are forgotten, so a long
   * run at a high rate does not grow without bound. 0 = none. */
  closedOrderRetention?: number;
  /** Outbound messages each session keeps for resend (default DEFAULT_REPLAY_WINDOW); older numbers are
   * gap-filled. In memory only: with storeDir the file store keeps everything. */
  replayWindow?: number;
  /** Every Logon starts both numbers at 1 (default true: generic FIX clients and demo sessions expect it). false
   * keeps each client's numbers across reconnects until a 141=Y Logon or the daily reset, as Kraken does. */
  resetOnLogon?: boolean;
  /** Log every session out and restart numbering at each 22:00 UTC, as Kraken does (default true). */
  dailyReset?: boolean;
  /** One line per event worth a console. */
  onLog?: (line: string) => void;
}
