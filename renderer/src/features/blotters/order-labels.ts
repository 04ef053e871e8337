// How order fields read in the blotters. Pending states (between our request and the venue's answer) are spelt out
// and styled apart, so a trader never takes a cancel that is still in flight for one that is done.
import type { OrderStatus, OrderType, OrderView } from '../../../../shared/domain/orders.js';

export const STATUS_LABEL: Readonly<Record<OrderStatus, string>> = {
  'pending-new': 'Pending new',
  new: 'New',
  'partially-filled': 'Part filled',
  filled: 'Filled',
  'pending-cancel': 'Pending cancel',
  'pending-replace': 'Pending replace',
  canceled: 'Canceled',
  replaced: 'Replaced',
  rejected: 'Rejected',
  expired: 'Expired',
  suspended: 'Suspended',
  'done-for-day': 'Done for day',
  stopped: 'Stopped',
};

export const TYPE_LABEL: Readonly<Record<OrderType, string>> = {
  limit: 'Limit',
  market: 'Market',
  'stop-loss': 'Stop',
  'stop-loss-limit': 'Stop limit',
  'take-profit': 'Take profit',
  'take-profit-limit': 'TP limit',
};

export function isPendingStatus(s: OrderStatus): boolean {
  return s === 'pending-new' || s === 'pending-cancel' || s === 'pending-replace';
}

export function statusClass(s: OrderStatus): string {
  if (isPendingStatus(s)) return 'ws-status-pending';
  if (s === 'partially-filled') return 'ws-status-partial';
  if (s === 'suspended' || s === 'stopped') return 'ws-status-held';
  return '';
}

export function typeLabel(o: Pick<OrderView, 'type' | 'postOnly'>): string {
  return o.postOnly ? `${TYPE_LABEL[o.type]} · post` : TYPE_LABEL[o.type];
}

/** Order types that carry a limit price (44) and a trigger price (99). */
export function hasLimitPrice(t: OrderType): boolean {
  return t === 'limit' || t === 'stop-loss-limit' || t === 'take-profit-limit';
}

export function hasStopPrice(t: OrderType): boolean {
  return t === 'stop-loss' || t === 'stop-loss-limit' || t === 'take-profit' || t === 'take-profit-limit';
}

/** A 35=G may go out: the order is working and no request of ours is awaiting an answer. */
export function canAmend(o: OrderView): boolean {
  return !isPendingStatus(o.status) && o.status !== 'suspended' && o.type !== 'market';
}

/** A 35=F may go out: not already being cancelled (and not terminal: terminal orders leave the blotter). */
export function canCancel(o: OrderView): boolean {
  return o.status !== 'pending-cancel';
}
