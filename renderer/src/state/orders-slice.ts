// Orders, fills and positions as main last reported them. Written only by the bridge sync (sync-streams.ts);
// blotters read rows from here and apply each delta to their grids as a transaction (onOrdersDelta), so a busy
// market never re-renders a whole table.
import type { StateCreator } from 'zustand';
import type { FillView, OrderView, PositionView } from '../../../shared/domain/orders.js';
import type { OrdersSnapshot } from '../../../shared/ipc/commands.js';
import type { OrdersDelta } from '../../../shared/ipc/streams.js';

/** Fills kept in the renderer; older ones stay in main's snapshot only. */
export const MAX_FILLS = 100_000;

export interface OrdersSlice {
  readonly orders: Readonly<Record<string, OrderView>>;
  readonly fills: readonly FillView[];
  readonly positions: Readonly<Record<string, PositionView>>;
  readonly ordersLoaded: boolean;
  replaceOrders(snapshot: OrdersSnapshot): void;
  applyOrdersDelta(delta: OrdersDelta): void;
}

type DeltaListener = (delta: OrdersDelta, replaced: boolean) => void;
const deltaListeners = new Set<DeltaListener>();

/** Every delta as applied (replaced = a full snapshot replaced everything). Returns the unsubscribe function. */
export function onOrdersDelta(fn: DeltaListener): () => void {
  deltaListeners.add(fn);
  return () => {
    deltaListeners.delete(fn);
  };
}

export const createOrdersSlice: StateCreator<OrdersSlice> = (set) => ({
  orders: {},
  fills: [],
  positions: {},
  ordersLoaded: false,
  replaceOrders: (snap) => {
    set({
      orders: Object.fromEntries(snap.orders.map((o) => [o.orderKey, o])),
      fills: snap.fills.slice(-MAX_FILLS),
      positions: Object.fromEntries(snap.positions.map((p) => [p.symbol, p])),
      ordersLoaded: true,
    });
    for (const fn of [...deltaListeners]) fn(snap, true);
  },
  applyOrdersDelta: (delta) => {
    set((s) => {
      const orders = delta.orders.length === 0 ? s.orders : { ...s.orders };
      for (const o of delta.orders) (orders as Record<string, OrderView>)[o.orderKey] = o;
      const positions = delta.positions.length === 0 ? s.positions : { ...s.positions };
      for (const p of delta.positions) (positions as Record<string, PositionView>)[p.symbol] = p;
      let fills = s.fills;
      if (delta.fills.length > 0) {
        const known = new Set(s.fills.slice(-1000).map((f) => `${f.sessionId}/${f.execId}`));
        const fresh = delta.fills.filter((f) => !known.has(`${f.sessionId}/${f.execId}`));
        fills = [...s.fills, ...fresh].slice(-MAX_FILLS);
      }
      return { orders, positions, fills };
    });
    for (const fn of [...deltaListeners]) fn(delta, false);
  },
});
