// The requests that act on existing orders: cancel (35=F), amend (35=G), status (35=H) and mass cancel (35=q).
// Kraken's scoping rules (spec §1.6): F and G reach only orders placed on the same FIX session; H answers for any
// order of the same client; q covers the session's orders on a pair (530=1), the session (6) or the client (7).

import { isRefusal, refuse } from './amounts.js';
import type { AmendCommand, CancelCommand, MassCancelCommand, Owner, StatusCommand } from './commands.js';
import { MassCancelScope } from './fix-codes.js';
import { amendOrder } from './amend-order.js';
import type { MatchingEngine } from './matching-engine.js';
import type { Order } from './order.js';
import { validateAmend } from './validate-amend.js';

/** 37 wins over 41 when both are given (Kraken's rule); only this session's open orders on this pair. */
function findSessionOrder(
  engine: MatchingEngine,
  owner: Owner,
  symbol: string,
  orderId: string | undefined,
  origClOrdId: string | undefined,
): Order | undefined {
  const order =
    orderId !== undefined
      ? engine.registry.findOpen(orderId)
      : origClOrdId !== undefined
        ? engine.registry.findOpenByClOrdId(owner.sessionId, origClOrdId)
        : undefined;
  if (order === undefined || order.owner.sessionId !== owner.sessionId || order.instrument.symbol !== symbol) {
    return undefined;
  }
  return order;
}

export function onCancel(engine: MatchingEngine, cmd: CancelCommand): void {
  if (cmd.orderId === undefined && cmd.origClOrdId === undefined) {
    engine.reporter.rejected(cmd.owner, 'F', cmd.clOrdId, refuse('missing-order-id'));
    return;
  }
  const order = findSessionOrder(engine, cmd.owner, cmd.symbol, cmd.orderId, cmd.origClOrdId);
  if (order === undefined) {
    engine.reporter.rejected(cmd.owner, 'F', cmd.clOrdId, refuse('unknown-order'), cmd.orderId);
    return;
  }
  engine.engineOf(order).cancel(order, 'user', cmd.clOrdId);
}

export function onAmend(engine: MatchingEngine, cmd: AmendCommand): void {
  if (cmd.orderId === undefined && cmd.origClOrdId === undefined) {
    engine.reporter.rejected(cmd.owner, 'G', cmd.clOrdId, refuse('missing-order-id'));
    return;
  }
  const order = findSessionOrder(engine, cmd.owner, cmd.symbol, cmd.orderId, cmd.origClOrdId);
  if (order === undefined) {
    engine.reporter.rejected(cmd.owner, 'G', cmd.clOrdId, refuse('unknown-order'), cmd.orderId);
    return;
  }
  const other = engine.registry.findOpenByClOrdId(cmd.owner.sessionId, cmd.clOrdId);
  if (other !== undefined && other !== order) {
    engine.reporter.rejected(cmd.owner, 'G', cmd.clOrdId, refuse('duplicate-cl-ord-id'), order.orderId);
    return;
  }
  const pairEngine = engine.engineOf(order);
  const changes = validateAmend(cmd, order, pairEngine, engine.clock.now());
  if (isRefusal(changes)) {
    engine.reporter.rejected(cmd.owner, 'G', cmd.clOrdId, changes, order.orderId);
    return;
  }
  engine.registry.renameClOrdId(order, cmd.clOrdId);
  amendOrder(pairEngine, order, changes);
}

export function onStatus(engine: MatchingEngine, cmd: StatusCommand): void {
  const order = engine.registry.findAny(cmd.orderId);
  if (order === undefined || order.owner.clientId !== cmd.owner.clientId || order.instrument.symbol !== cmd.symbol) {
    engine.reporter.rejected(cmd.owner, 'H', cmd.clOrdId ?? '', refuse('unknown-order'), cmd.orderId);
    return;
  }
  engine.reporter.status(order, cmd.clOrdId, cmd.owner);
}

export function onMassCancel(engine: MatchingEngine, cmd: MassCancelCommand): void {
  let orders: Order[];
  switch (cmd.scope) {
    case MassCancelScope.Symbol: {
      if (cmd.symbol === undefined) {
        engine.reporter.rejected(cmd.owner, 'q', cmd.clOrdId, refuse('invalid-arguments', 'symbol'));
        return;
      }
      if (engine.engineFor(cmd.symbol) === undefined) {
        engine.reporter.rejected(cmd.owner, 'q', cmd.clOrdId, refuse('unknown-pair'));
        return;
      }
      orders = engine.registry.sessionOrders(cmd.owner.sessionId).filter((o) => o.instrument.symbol === cmd.symbol);
      break;
    }
    case MassCancelScope.Session:
      orders = engine.registry.sessionOrders(cmd.owner.sessionId);
      break;
    case MassCancelScope.AllOfClient:
      orders = engine.registry.clientOrders(cmd.owner.clientId);
      break;
    default:
      engine.reporter.rejected(cmd.owner, 'q', cmd.clOrdId, refuse('invalid-arguments', 'mass cancel type'));
      return;
  }
  let canceled = 0;
  for (const order of orders) {
    if (!order.isOpen) continue;
    engine.engineOf(order).cancel(order, 'mass-cancel', cmd.clOrdId);
    canceled++;
  }
  engine.reporter.massCancelDone(cmd.owner, cmd.clOrdId, cmd.scope, canceled);
}
