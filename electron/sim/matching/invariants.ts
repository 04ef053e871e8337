// Structural checks of a pair's book, for tests and for the simulator's debug mode: the book is not crossed at
// rest, levels are sorted and non-empty, each level's aggregate is the sum of its orders' visible quantities, and
// every resting order is a live limit order with a positive remainder. Returns violations instead of throwing so a
// caller can log them (spec §4.1: log, do not crash).

import type { BookSide } from './book-side.js';
import type { InstrumentEngine } from './instrument-engine.js';

export function bookViolations(engine: InstrumentEngine): string[] {
  const out: string[] = [];
  const { bids, asks } = engine.book;
  const bestBid = bids.best();
  const bestAsk = asks.best();
  if (bestBid !== undefined && bestAsk !== undefined && bestBid.price >= bestAsk.price) {
    out.push(`crossed book: bid ${bestBid.price} >= ask ${bestAsk.price}`);
  }
  const resting = checkSide(bids, out) + checkSide(asks, out);
  if (resting !== engine.book.size) out.push(`index holds ${engine.book.size} orders, levels hold ${resting}`);
  return out;
}

function checkSide(side: BookSide, out: string[]): number {
  const name = side.isBid ? 'bid' : 'ask';
  let previous: bigint | undefined;
  let orders = 0;
  for (const level of side.fromBest()) {
    if (previous !== undefined && (side.isBid ? level.price >= previous : level.price <= previous)) {
      out.push(`${name} levels out of order at ${level.price}`);
    }
    previous = level.price;
    let qty = 0n;
    let count = 0;
    let lastPriority = 0;
    for (let o = level.head; o !== undefined; o = o.next) {
      count++;
      qty += o.visibleQty;
      const leaves = o.orderQty - o.cumQty;
      if (o.level !== level || o.price !== level.price) out.push(`${o.orderId} linked to the wrong level`);
      if (o.phase !== 'active') out.push(`${o.orderId} rests in phase ${o.phase}`);
      if (leaves <= 0n) out.push(`${o.orderId} rests with no remainder`);
      if (o.visibleQty <= 0n || o.visibleQty > leaves) out.push(`${o.orderId} shows ${o.visibleQty} of ${leaves}`);
      if (o.displayQty !== undefined && o.visibleQty > o.displayQty) out.push(`${o.orderId} shows over its display`);
      if (o.priority <= lastPriority) out.push(`${o.orderId} out of time priority`);
      lastPriority = o.priority;
    }
    if (count === 0) out.push(`empty ${name} level ${level.price}`);
    if (count !== level.count) out.push(`${name} ${level.price} counts ${level.count}, holds ${count}`);
    if (qty !== level.qty) out.push(`${name} ${level.price} aggregate ${level.qty} != Σ orders ${qty}`);
    orders += count;
  }
  return orders;
}
