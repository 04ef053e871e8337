// One ExecutionReport applied to one order (spec §4.1–4.2). Reports may arrive late or twice (resends, status
// answers, a fill before the New ack): a terminal state is never left, CumQty never goes down, and a report older
// than what we know (its CumQty below ours) does not move the state. The replace chain follows 11/41: the ClOrdID
// in force moves on when the venue answers with the pending request's id. Fill rows and positions are the
// manager's business; this file keeps the order's own quantities.
import { add, cmp, dec, div, isZero, mul, sub, type Dec } from '../../shared/domain/decimal.js';
import { isTerminalStatus, type OrderStatus } from '../../shared/domain/orders.js';
import { canon, outText } from './decimal-out.js';
import { ExecType, ordStatusFrom } from './fix-codes.js';
import type { OrderRecord, PendingRequest } from './order-record.js';
import type { ExecReport } from './read-execution-report.js';

const ZERO: Dec = { units: 0n, scale: 0 };

/** The state a report implies when it carries no OrdStatus (some venues leave 39 off non-fill reports). */
function statusFromExecType(o: OrderRecord, r: ExecReport, cum: Dec): OrderStatus | undefined {
  switch (r.execType) {
    case ExecType.New:
      return 'new';
    case ExecType.PendingNew:
      return 'pending-new';
    case ExecType.Canceled:
      return 'canceled';
    case ExecType.Rejected:
      return 'rejected';
    case ExecType.Expired:
      return 'expired';
    case ExecType.DoneForDay:
      return 'done-for-day';
    case ExecType.Suspended:
      return 'suspended';
    case ExecType.Stopped:
      return 'stopped';
    case ExecType.Trade:
      return cmp(cum, r.qty ?? dec(o.qty)) >= 0 ? 'filled' : 'partially-filled';
    default:
      return undefined;
  }
}

function setBase(o: OrderRecord, s: OrderStatus, stale: boolean): void {
  if (isTerminalStatus(o.base)) return;
  if (isTerminalStatus(s)) {
    o.base = s;
    return;
  }
  if (stale) return;
  // Overlays are ours to set; a venue's 39=6/E only confirms the request we already show.
  if (s === 'pending-cancel' || s === 'pending-replace') return;
  if (s === 'pending-new' && o.base !== 'pending-new') return;
  o.base = (s === 'new' || s === 'pending-new') && !isZero(o.cumQty) ? 'partially-filled' : s;
}

/**
 * New order parameters from a replace: ours (`p`, the report's values first, then what we asked for), or one we
 * did not send (another session's amend, a recovered order), where only the report counts and ours stays pending.
 */
function applyReplace(o: OrderRecord, r: ExecReport, p: PendingRequest | null): void {
  if (p !== null) {
    o.clOrdId = p.clOrdId;
    o.pendingReplace = null;
  } else if (r.clOrdId !== undefined) {
    o.clOrdId = r.clOrdId;
  }
  const qty = r.qty !== undefined ? outText(r.qty) : p?.qty;
  if (qty !== undefined) o.qty = canon(qty);
  const price = r.price !== undefined ? outText(r.price) : p?.price;
  if (price !== undefined) o.price = canon(price);
  const stop = r.stopPx !== undefined ? outText(r.stopPx) : p?.stopPrice;
  if (stop !== undefined) o.stopPrice = canon(stop);
}

/** The Σ LastQty × LastPx behind a CumQty that grew by `delta` in one report. */
function grownNotional(o: OrderRecord, r: ExecReport, delta: Dec, cum: Dec, isFill: boolean): Dec {
  if (isFill && r.lastQty !== undefined && r.lastPx !== undefined && cmp(delta, r.lastQty) === 0) {
    return add(o.notional, mul(r.lastQty, r.lastPx));
  }
  // Fills we never saw (a recovered order, a status answer): the venue's AvgPx is the best account of them.
  if (r.avgPx !== undefined && !isZero(r.avgPx)) return mul(r.avgPx, cum);
  return add(o.notional, mul(delta, r.lastPx ?? dec(o.avgPx)));
}

/** CumQty, LeavesQty and AvgPx; returns true when the report is older than our state (its CumQty is below ours). */
function applyQuantities(o: OrderRecord, r: ExecReport, isFill: boolean, avgScale: number): boolean {
  let cum = r.cumQty;
  if (cum === undefined && isFill && r.lastQty !== undefined) cum = add(o.cumQty, r.lastQty);
  if (cum === undefined) {
    if (r.leavesQty !== undefined) o.leavesQty = r.leavesQty;
    return false;
  }
  const order = cmp(cum, o.cumQty);
  if (order < 0) return true;
  if (order > 0) {
    o.notional = grownNotional(o, r, sub(cum, o.cumQty), cum, isFill);
    o.cumQty = cum;
  }
  // The venue's AvgPx when it has one (Kraken derivatives fills carry 6=0: then our own VWAP).
  if (r.avgPx !== undefined && (!isZero(r.avgPx) || isZero(cum))) o.avgPx = outText(r.avgPx);
  else if (!isZero(o.cumQty)) o.avgPx = outText(div(o.notional, o.cumQty, avgScale));
  if (r.leavesQty !== undefined) o.leavesQty = r.leavesQty;
  else {
    const left = sub(dec(o.qty), o.cumQty);
    o.leavesQty = left.units > 0n ? left : ZERO;
  }
  return false;
}

export interface ApplyContext {
  /** Fraction digits for a computed AvgPx (the instrument's price decimals + 8). */
  readonly avgScale: number;
  readonly now: number;
}

/** Applies the report to the order (the caller has already dropped duplicates). */
export function applyReport(o: OrderRecord, r: ExecReport, ctx: ApplyContext): void {
  if (r.orderId !== undefined && r.execType !== ExecType.Rejected) o.orderId = r.orderId;
  o.newRequest = null;
  const et = r.execType;

  // The chain: a report carrying a pending request's id answers that request.
  const replaceId = o.pendingReplace?.clOrdId;
  const cancelId = o.pendingCancel?.clOrdId;
  if (et === ExecType.Rejected && r.clOrdId !== undefined && (r.clOrdId === replaceId || r.clOrdId === cancelId)) {
    // A refused cancel/replace as an ER (some FIX 4.2-style venues): the order itself is untouched.
    if (r.clOrdId === replaceId) o.pendingReplace = null;
    else o.pendingCancel = null;
    if (r.text !== undefined) o.text = r.text;
    o.updatedAt = ctx.now;
    return;
  }
  if (r.clOrdId !== undefined && r.clOrdId === replaceId && et !== ExecType.PendingReplace) {
    applyReplace(o, r, o.pendingReplace);
  } else if (et === ExecType.Replaced) applyReplace(o, r, null);
  if (et === ExecType.Canceled || et === ExecType.Expired || et === ExecType.Rejected) {
    if (r.clOrdId !== undefined && r.clOrdId === cancelId) o.clOrdId = cancelId;
    o.pendingCancel = null;
    o.pendingReplace = null;
  }
  if (o.recovered && r.qty !== undefined && et !== ExecType.Replaced) o.qty = outText(r.qty);

  const stale = applyQuantities(o, r, et === ExecType.Trade, ctx.avgScale);
  // FIX 4.4 retired OrdStatus 5 ("no longer used"); Kraken still sends it on a replace report. The order is live:
  // show where it stands, as a trader reads the blotter (new or partially filled).
  const reported = ordStatusFrom(r.ordStatus);
  const live: OrderStatus = isZero(o.cumQty) ? 'new' : 'partially-filled';
  const status = reported === 'replaced' ? live : (reported ?? statusFromExecType(o, r, o.cumQty));
  if (status !== undefined) setBase(o, status, stale);
  if (isTerminalStatus(o.base)) o.leavesQty = ZERO;

  if (r.text !== undefined) o.text = r.text;
  else if (et === ExecType.Replaced || et === ExecType.New) o.text = null;
  o.updatedAt = ctx.now;
}
