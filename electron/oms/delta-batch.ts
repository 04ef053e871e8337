// Changes gathered while one command or one inbound message is handled, handed to onChange once as an
// OrdersDelta (each order and position at its latest state). The core coalesces these into display frames.
import type { FillView, OrderView, PositionView } from '../../shared/domain/orders.js';
import type { OrdersDelta } from '../../shared/ipc/streams.js';
import { toView, type OrderRecord } from './order-record.js';

export class DeltaBatch {
  private readonly orders = new Map<string, OrderRecord>();
  private readonly fills: FillView[] = [];
  private readonly positions = new Map<string, PositionView>();

  order(o: OrderRecord): void {
    this.orders.set(o.orderKey, o);
  }

  fill(f: FillView): void {
    this.fills.push(f);
  }

  position(p: PositionView): void {
    this.positions.set(p.symbol, p);
  }

  get empty(): boolean {
    return this.orders.size === 0 && this.fills.length === 0 && this.positions.size === 0;
  }

  /** The delta, or null when nothing changed. Order views are taken now, so they show the final state. */
  take(): OrdersDelta | null {
    if (this.empty) return null;
    const delta: OrdersDelta = {
      orders: [...this.orders.values()].map((o): OrderView => toView(o)),
      fills: this.fills.slice(),
      positions: [...this.positions.values()],
    };
    this.orders.clear();
    this.fills.length = 0;
    this.positions.clear();
    return delta;
  }
}
