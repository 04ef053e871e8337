// Order commands as a trader issues them: every new order and amend passes pre-trade risk in main before the OMS
// sends it, every action lands in the audit trail with its outcome, and the answer says what happened in words.
import { accepted, rejected, type CommandOutcome } from '../../../shared/ipc/outcome.js';
import type { AmendRequest, NewOrderRequest, OrderView } from '../../../shared/domain/orders.js';
import type { CancelAllRequest } from '../../../shared/ipc/commands.js';
import type { RiskRefusal } from '../../../shared/domain/risk.js';
import { candidateFromAmend, type CandidateOrder, type RiskContext } from '../../risk/index.js';
import { errorText, type CoreParts } from './core-parts.js';

function describeOrder(r: NewOrderRequest): string {
  const px = r.price !== undefined ? ` @ ${r.price}` : '';
  const stop = r.stopPrice !== undefined ? ` trigger ${r.stopPrice}` : '';
  return `${r.sessionId} ${r.side} ${r.qty} ${r.symbol} ${r.type}${px}${stop} ${r.tif}${r.postOnly === true ? ' post-only' : ''}`;
}

function riskContext(p: CoreParts, order: CandidateOrder): RiskContext {
  const instrument = p.instrument(order.symbol);
  return {
    ...(instrument !== undefined ? { instrument } : {}),
    touch: p.marketFor(order.symbol)?.touch(order.symbol) ?? null,
    position: p.oms.position(order.symbol)?.qty ?? '0',
    working: p.oms.workingOrders(),
    now: p.now(),
  };
}

/** The risk engine's verdict; a throw (malformed decimal that slipped past the schema) counts as a refusal. */
function riskCheck(p: CoreParts, order: CandidateOrder): RiskRefusal | string | null {
  try {
    return p.risk.check(order, riskContext(p, order));
  } catch (err) {
    return `risk check failed: ${errorText(err)}`;
  }
}

export function newOrder(p: CoreParts, req: NewOrderRequest): CommandOutcome<OrderView> {
  const what = describeOrder(req);
  if (!p.connections.has(req.sessionId)) return refuse(p, 'order.new', what, `unknown session ${req.sessionId}`);
  const verdict = riskCheck(p, req);
  if (typeof verdict === 'string') return refuse(p, 'order.new', what, verdict);
  if (verdict !== null) return refuse(p, 'order.new', what, verdict.message, verdict);
  try {
    const view = p.oms.newOrder(req);
    p.risk.recordSent('new', p.now(), req);
    p.audit.record('order.new', `${what} ClOrdID ${view.clOrdId}`, 'accepted');
    return accepted(view);
  } catch (err) {
    return refuse(p, 'order.new', what, errorText(err));
  }
}

export function amendOrder(p: CoreParts, req: AmendRequest): CommandOutcome<OrderView> {
  const current = p.oms.order(req.orderKey);
  const changes = [
    req.qty !== undefined ? `qty ${req.qty}` : '',
    req.price !== undefined ? `price ${req.price}` : '',
    req.stopPrice !== undefined ? `trigger ${req.stopPrice}` : '',
  ]
    .filter((s) => s !== '')
    .join(', ');
  const what = `${req.orderKey}: ${changes}`;
  if (current === undefined) return refuse(p, 'order.amend', what, `no order ${req.orderKey}`);
  const candidate = candidateFromAmend(current, req);
  const verdict = riskCheck(p, candidate);
  if (typeof verdict === 'string') return refuse(p, 'order.amend', what, verdict);
  if (verdict !== null) return refuse(p, 'order.amend', what, verdict.message, verdict);
  try {
    const view = p.oms.amend(req);
    p.risk.recordSent('amend', p.now(), candidate);
    p.audit.record('order.amend', `${what} (ClOrdID ${view.pendingClOrdId ?? view.clOrdId})`, 'accepted');
    return accepted(view);
  } catch (err) {
    return refuse(p, 'order.amend', what, errorText(err));
  }
}

/** Cancels are never risk-checked: reducing exposure must always be possible, kill switch or not. */
export function cancelOrder(p: CoreParts, orderKey: string): CommandOutcome<OrderView> {
  try {
    const view = p.oms.cancel(orderKey);
    p.audit.record('order.cancel', orderKey, 'accepted');
    return accepted(view);
  } catch (err) {
    return refuse(p, 'order.cancel', orderKey, errorText(err));
  }
}

export function cancelAll(p: CoreParts, req: CancelAllRequest): CommandOutcome<{ readonly requested: number }> {
  const scope = [req.sessionId, req.symbol, req.side].filter((s) => s !== undefined).join(' ') || 'every working order';
  try {
    const requested = p.oms.cancelAll(req);
    p.audit.record('order.cancel-all', `${scope}: ${requested} cancel request(s) sent`, 'accepted');
    return accepted({ requested });
  } catch (err) {
    return refuse(p, 'order.cancel-all', scope, errorText(err));
  }
}

function refuse<T>(
  p: CoreParts,
  action: 'order.new' | 'order.amend' | 'order.cancel' | 'order.cancel-all',
  what: string,
  reason: string,
  refusal?: RiskRefusal,
): CommandOutcome<T> {
  p.audit.record(action, what, 'rejected', reason);
  return rejected(reason, refusal);
}
