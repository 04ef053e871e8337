// Cross-pair indices of the router: open orders by OrderID, by session (COD, 530=6, ClOrdID lookups for 35=F/G)
// and by client (STP scope, 530=7), plus a bounded memory of closed orders so 35=H can still answer for them.

import type { Order } from './order.js';

export class OrderRegistry {
  private readonly open = new Map<string, Order>();
  private readonly closed = new Map<string, Order>();
  /** OrderIDs of `closed` oldest first, a ring of `closedRetention` slots: evicting through the map's own
   * iterator walks every deleted entry still in its table, which cost most of a busy engine's time. */
  private readonly closedRing: string[] = [];
  private closedHead = 0;
  private readonly clOrdIds = new Map<string, Map<string, Order>>();
  private readonly bySession = new Map<string, Set<Order>>();
  private readonly byClient = new Map<string, Set<Order>>();

  constructor(private readonly closedRetention: number) {}

  get openCount(): number {
    return this.open.size;
  }

  add(order: Order): void {
    this.open.set(order.orderId, order);
    setIn(this.clOrdIds, order.owner.sessionId, order.clOrdId, order);
    addTo(this.bySession, order.owner.sessionId, order);
    addTo(this.byClient, order.owner.clientId, order);
  }

  /** An accepted amend: the order answers to its new ClOrdID; 41 on later reports is the previous one. */
  renameClOrdId(order: Order, clOrdId: string): void {
    const session = this.clOrdIds.get(order.owner.sessionId);
    if (session?.get(order.clOrdId) === order) session.delete(order.clOrdId);
    order.origClOrdId = order.clOrdId;
    order.clOrdId = clOrdId;
    setIn(this.clOrdIds, order.owner.sessionId, clOrdId, order);
  }

  close(order: Order): void {
    if (!this.open.delete(order.orderId)) return;
    const session = this.clOrdIds.get(order.owner.sessionId);
    if (session?.get(order.clOrdId) === order) {
      session.delete(order.clOrdId);
      if (session.size === 0) this.clOrdIds.delete(order.owner.sessionId);
    }
    removeFrom(this.bySession, order.owner.sessionId, order);
    removeFrom(this.byClient, order.owner.clientId, order);
    if (this.closedRetention <= 0) return;
    this.closed.set(order.orderId, order);
    // OrderIDs are unique and an order closes once, so the ring holds the map's keys in insertion order.
    if (this.closedRing.length < this.closedRetention) {
      this.closedRing.push(order.orderId);
      return;
    }
    this.closed.delete(this.closedRing[this.closedHead]!);
    this.closedRing[this.closedHead] = order.orderId;
    this.closedHead = (this.closedHead + 1) % this.closedRetention;
  }

  findOpen(orderId: string): Order | undefined {
    return this.open.get(orderId);
  }

  /** Open or recently closed. */
  findAny(orderId: string): Order | undefined {
    return this.open.get(orderId) ?? this.closed.get(orderId);
  }

  findOpenByClOrdId(sessionId: string, clOrdId: string): Order | undefined {
    return this.clOrdIds.get(sessionId)?.get(clOrdId);
  }

  /** Open orders of a session in the order they were accepted (a copy: cancelling while iterating is safe). */
  sessionOrders(sessionId: string): Order[] {
    return [...(this.bySession.get(sessionId) ?? [])];
  }

  clientOrders(clientId: string): Order[] {
    return [...(this.byClient.get(clientId) ?? [])];
  }

  allOpen(): IterableIterator<Order> {
    return this.open.values();
  }
}

function setIn(map: Map<string, Map<string, Order>>, key: string, inner: string, order: Order): void {
  let m = map.get(key);
  if (m === undefined) {
    m = new Map();
    map.set(key, m);
  }
  m.set(inner, order);
}

function addTo(map: Map<string, Set<Order>>, key: string, order: Order): void {
  let s = map.get(key);
  if (s === undefined) {
    s = new Set();
    map.set(key, s);
  }
  s.add(order);
}

function removeFrom(map: Map<string, Set<Order>>, key: string, order: Order): void {
  const s = map.get(key);
  if (s === undefined) return;
  s.delete(order);
  if (s.size === 0) map.delete(key);
}
