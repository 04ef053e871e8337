// One price of one side of the book: a FIFO queue of resting orders (an intrusive doubly-linked list through the
// orders' prev/next) and the visible aggregate the market data shows for that price.

import type { Order } from './order.js';

export class PriceLevel {
  readonly price: bigint;
  /** The price as market-data text, made on the level's first update (a level changes many times in its life). */
  priceText: string | undefined = undefined;
  /** Σ visibleQty of the queued orders. */
  qty = 0n;
  count = 0;
  head: Order | undefined = undefined;
  tail: Order | undefined = undefined;

  constructor(price: bigint) {
    this.price = price;
  }

  /** Queue the order last (youngest). */
  append(order: Order): void {
    order.level = this;
    order.prev = this.tail;
    order.next = undefined;
    if (this.tail === undefined) this.head = order;
    else this.tail.next = order;
    this.tail = order;
    this.count++;
    this.qty += order.visibleQty;
  }

  unlink(order: Order): void {
    const { prev, next } = order;
    if (prev === undefined) this.head = next;
    else prev.next = next;
    if (next === undefined) this.tail = prev;
    else next.prev = prev;
    order.prev = undefined;
    order.next = undefined;
    order.level = undefined;
    this.count--;
    this.qty -= order.visibleQty;
  }

  /** Change one queued order's visible quantity in place (fills, amend down): its place in the queue is kept. */
  adjustVisible(order: Order, visibleQty: bigint): void {
    this.qty += visibleQty - order.visibleQty;
    order.visibleQty = visibleQty;
  }

  isEmpty(): boolean {
    return this.head === undefined;
  }
}
