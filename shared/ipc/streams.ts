// Events main pushes to the renderer, keyed by channel. Status and risk events carry the whole state (small; a
// late subscriber never replays deltas); orders, market data and messages are batched per display frame.
import type { AuditEntry } from '../domain/audit.js';
import type { FixMessageRecord } from '../domain/fix-messages.js';
import type { InstrumentInfo } from '../domain/instruments.js';
import type { MarketDataFrame } from '../domain/market-data.js';
import type { FillView, OrderView, PositionView } from '../domain/orders.js';
import type { RiskState } from '../domain/risk.js';
import type { SettingsView } from '../domain/settings.js';
import type { SessionStatus } from '../session-status.js';
import type { StreamChannel, StreamChannelName } from './channels.js';

/** Orders, fills and positions that changed since the last batch (each order/position at its latest state). */
export interface OrdersDelta {
  readonly orders: readonly OrderView[];
  readonly fills: readonly FillView[];
  readonly positions: readonly PositionView[];
}

export type NoticeLevel = 'info' | 'success' | 'warning' | 'error';

/** Something a trader should see now (a toast): a fill, a reject, a book resync, a session drop. */
export interface Notice {
  readonly level: NoticeLevel;
  readonly text: string;
  readonly time: number;
  /** What it is about, for grouping and de-duplication ("order:demo-trading:1732…", "book:BTC/USD"). */
  readonly topic: string;
}

export interface StreamMap {
  [StreamChannel.sessionStatus]: SessionStatus;
  [StreamChannel.orders]: OrdersDelta;
  [StreamChannel.marketData]: MarketDataFrame;
  [StreamChannel.messages]: readonly FixMessageRecord[];
  [StreamChannel.risk]: RiskState;
  [StreamChannel.audit]: AuditEntry;
  [StreamChannel.settings]: SettingsView;
  [StreamChannel.notice]: Notice;
  /** The whole instrument list, whenever a venue (re)publishes it. */
  [StreamChannel.instruments]: readonly InstrumentInfo[];
}

export type StreamEvent<S extends StreamChannelName> = StreamMap[S];
