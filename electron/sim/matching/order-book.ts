// The resting orders of one pair: two sides of price levels with price-time priority, and an OrderID index.
// Every change of a level's visible aggregate is reported through `onLevelChange` so the market-data stream is a
// faithful log of the book (the publisher never has to diff snapshots).

import { BookSide } from './book-side.js';
import type { Order } from './order.js';
import type { PriceLevel } from './price-level.js';

export type LevelChangeListener = (isBid: boolean, level: PriceLevel) => void;

export class OrderBook {
  readonly bids = new BookSide(true);
  readonly asks = new BookSide(false);
  private readonly byId = new Map<string, Order>();
  private nextPriority = 1;

  constructor(private readonly onLevelChange: LevelChangeListener = () => {}) {}

  sideOf(order: Order): BookSide {
    return order.isBuy ? this.bids : this.asks;
  }

  oppositeOf(order: Order): BookSide {
    return order.isBuy ? this.asks : this.bids;
  }

  get(orderId: string): Order | undefined {
    return this.byId.get(orderId);
  }

  get size(): number {
    return this.byId.size;
  }

  orders(): IterableIterator<Order> {
    return this.byId.values();
  }

  /** Rest a limit order at the back of its price level, showing its next slice. */
  add(order: Order): void {
    if (order.price === undefined) throw new Error(`cannot rest ${order.orderId} without a price`);
    const side = this.sideOf(order);
    const level = side.getOrCreate(order.price);
    order.visibleQty = order.nextSlice();
    order.priority = this.nextPriority++;
    level.append(order);
    this.byId.set(order.orderId, order);
    this.onLevelChange(side.isBid, level);
  }

  remove(order: Order): void {
    const level = order.level;
    if (level === undefined) return;
    const side = this.sideOf(order);
    level.unlink(order);
    order.visibleQty = 0n;
    this.byId.delete(order.orderId);
    if (level.isEmpty()) side.removeLevel(level);
    this.onLevelChange(side.isBid, level);
  }

  /**
   * Account a fill of `qty` against a resting order whose cumQty the caller has already raised. A finished order
   * leaves the book; an iceberg whose slice is used up shows its next slice at the back of the queue.
   */
  applyFill(order: Order, qty: bigint): void {
    const level = order.level;
    if (level === undefined) throw new Error(`${order.orderId} is not resting`);
    if (order.cumQty >= order.orderQty) {
      this.remove(order);
      return;
    }
    const visible = order.visibleQty - qty;
    if (visible > 0n) {
      level.adjustVisible(order, visible);
      this.onLevelChange(this.sideOf(order).isBid, level);
      return;
    }
    // Iceberg refresh: the new slice joins the back of the queue, as a new order would.
    level.unlink(order);
    order.visibleQty = order.nextSlice();
    order.priority = this.nextPriority++;
    level.append(order);
    this.onLevelChange(this.sideOf(order).isBid, level);
  }

  /** Amend down: the order keeps its place; its visible part shrinks to what is left. */
  shrinkInPlace(order: Order): void {
    const level = order.level;
    if (level === undefined) return;
    const slice = order.nextSlice();
    const visible = slice < order.visibleQty ? slice : order.visibleQty;
    level.adjustVisible(order, visible);
    this.onLevelChange(this.sideOf(order).isBid, level);
  }
}
