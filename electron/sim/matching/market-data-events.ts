// The public stream the market-data publisher turns into W/X messages. Emitted synchronously while a command is
// processed; `batch-end` marks a consistent book (apply everything up to it, then checksum and publish).

import type { OrdType, Side } from './fix-codes.js';

/** A price level's visible aggregate changed; qty "0…" means the level is gone. */
export interface LevelChangedEvent {
  kind: 'level';
  symbol: string;
  side: Side;
  price: string;
  /** Visible quantity (iceberg reserves excluded). */
  qty: string;
  orderCount: number;
}

/** A print: one trade between one aggressor and one resting order. */
export interface PublicTradeEvent {
  kind: 'trade';
  symbol: string;
  price: string;
  qty: string;
  /** 2446 AggressorSide. */
  aggressorSide: Side;
  /** 40 on the trade entry: the taker order's type at execution (1 or 2). */
  takerOrdType: OrdType;
  tradeSeq: number;
  time: number;
}

/** The command that touched this pair's book is complete. */
export interface BatchEndEvent {
  kind: 'batch-end';
  symbol: string;
}

export type MarketDataEvent = LevelChangedEvent | PublicTradeEvent | BatchEndEvent;
