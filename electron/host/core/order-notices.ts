// Toasts a trader expects from the order flow: every fill, every rejected order, an order that expired. Derived
// from the OMS deltas in main so every renderer (and a reload) sees the same words.
import { isTerminalStatus, type OrderStatus } from '../../../shared/domain/orders.js';
import type { Notice, OrdersDelta } from '../../../shared/ipc/streams.js';

export class OrderNotices {
  private readonly last = new Map<string, OrderStatus>();

  constructor(
    private readonly emit: (n: Notice) => void,
    private readonly now: () => number,
  ) {}

  onDelta(delta: OrdersDelta): void {
    const time = this.now();
    for (const f of delta.fills) {
      this.emit({
        level: 'success',
        text: `Filled: ${f.side === 'buy' ? 'bought' : 'sold'} ${f.qty} ${f.symbol} @ ${f.price}`,
        time,
        topic: `order:${f.orderKey}`,
      });
    }
    for (const o of delta.orders) {
      const before = this.last.get(o.orderKey);
      if (before === o.status) continue;
      if (o.status === 'rejected') {
        this.emit({
          level: 'error',
          text: `Rejected: ${o.side} ${o.qty} ${o.symbol}${o.price !== null ? ` @ ${o.price}` : ''}: ${o.text ?? 'no reason given'}`,
          time,
          topic: `order:${o.orderKey}`,
        });
      } else if (o.status === 'expired') {
        this.emit({
          level: 'warning',
          text: `Expired: ${o.side} ${o.qty} ${o.symbol}`,
          time,
          topic: `order:${o.orderKey}`,
        });
      }
      if (isTerminalStatus(o.status)) this.last.delete(o.orderKey);
      else this.last.set(o.orderKey, o.status);
    }
  }
}
