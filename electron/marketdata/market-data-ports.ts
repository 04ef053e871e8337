// What the market-data client needs from the workstation core (ports) and what it reports (stats).

import type { FixEncoder } from '../fix/codec/encoder.js';
import type { InstrumentInfo } from '../../shared/domain/instruments.js';
import type { Notice } from '../../shared/ipc/streams.js';

export interface MarketDataPorts {
  /** The market-data session's send: returns the MsgSeqNum, throws when the session is not logged on. */
  send(msgType: string, write: (enc: FixEncoder) => void): number;
  /** Epoch ms (default Date.now). */
  now?: () => number;
  /** Rejects, resyncs, refused instrument lists: things a trader should see. */
  notice?(notice: Notice): void;
  /** A complete SecurityList; `incomplete` are listed symbols without tick size / quantity rules. */
  instruments?(list: readonly InstrumentInfo[], incomplete: readonly string[]): void;
}

export interface MarketDataClientOptions {
  /** A book with no update (or heartbeat, see noteHeartbeat) for this long is stale. Default 10 000 ms. */
  staleAfterMs?: number;
  /** Prints kept per symbol (default 500). */
  tapeSize?: number;
  /** One-minute candles kept per symbol (default 1440: a day). */
  candleLimit?: number;
}

export interface MarketDataStats {
  messages: number;
  levels: number;
  trades: number;
  skipped: number;
  checksumsOk: number;
  checksumMismatches: number;
  snapshots: number;
  rejects: number;
}

export function newStats(): MarketDataStats {
  return {
    messages: 0,
    levels: 0,
    trades: 0,
    skipped: 0,
    checksumsOk: 0,
    checksumMismatches: 0,
    snapshots: 0,
    rejects: 0,
  };
}
