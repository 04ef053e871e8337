// The OMS's domain words (shared/domain/orders.ts) to FIX 4.4 wire codes and back, for both dialects. Inbound
// mappings accept every spelling either dialect may send; outbound ones follow the session's dialect.
import type { OrderStatus, OrderType, Side, TimeInForce } from '../../shared/domain/orders.js';
import type { OmsDialect } from './venue-rules.js';
import { OmsError } from './oms-error.js';

export function sideCode(side: Side): string {
  return side === 'buy' ? '1' : '2';
}

/** 54: 1 buy; 2 sell and the short-sell variants (5 sell short, 6 sell short exempt) count as sells. */
export function sideFrom(code: string | undefined): Side | undefined {
  if (code === '1' || code === '3') return 'buy';
  if (code === '2' || code === '4' || code === '5' || code === '6') return 'sell';
  return undefined;
}

export function ordTypeCode(type: OrderType, dialect: OmsDialect): string {
  switch (type) {
    case 'market':
      return '1';
    case 'limit':
      return '2';
    case 'stop-loss':
      return '3';
    case 'stop-loss-limit':
      return '4';
    case 'take-profit':
      // FIX 4.4 J = Market If Touched, the standard shape of a take-profit.
      return dialect === 'kraken' ? 'R' : 'J';
    case 'take-profit-limit':
      if (dialect === 'kraken') return 'T';
      // FIX 4.4's K is "market with leftover as limit", not a triggered limit: sending it would be another order.
      throw new OmsError('not-supported', 'a take-profit-limit order has no FIX 4.4 OrdType on this venue');
  }
}

export function ordTypeFrom(code: string | undefined): OrderType | undefined {
  switch (code) {
    case '1':
      return 'market';
    case '2':
      return 'limit';
    case '3':
      return 'stop-loss';
    case '4':
      return 'stop-loss-limit';
    case 'R':
    case 'J':
      return 'take-profit';
    case 'T':
      return 'take-profit-limit';
    default:
      return undefined;
  }
}

const TIF_CODES: Record<TimeInForce, string> = { GTC: '1', IOC: '3', FOK: '4', GTD: '6' };

export function tifCode(tif: TimeInForce): string {
  return TIF_CODES[tif];
}

/** 59; absent means Day in FIX, which Kraken does not have: GTC is the venue default there. */
export function tifFrom(code: string | undefined): TimeInForce | undefined {
  switch (code) {
    case '1':
      return 'GTC';
    case '3':
      return 'IOC';
    case '4':
      return 'FOK';
    case '6':
      return 'GTD';
    default:
      return undefined;
  }
}

/** 39 OrdStatus as a life-cycle state. 6 and E (pending cancel/replace) are overlays, handled by the caller. */
export function ordStatusFrom(code: string | undefined): OrderStatus | undefined {
  switch (code) {
    case '0':
    case 'D': // accepted for bidding: live
      return 'new';
    case '1':
      return 'partially-filled';
    case '2':
      return 'filled';
    case '3':
      return 'done-for-day';
    case '4':
      return 'canceled';
    case '5':
      return 'replaced';
    case '6':
      return 'pending-cancel';
    case '7':
      return 'stopped';
    case '8':
      return 'rejected';
    case '9':
      return 'suspended';
    case 'A':
      return 'pending-new';
    case 'C':
      return 'expired';
    case 'E':
      return 'pending-replace';
    default:
      return undefined;
  }
}

/** ExecType (150) values the OMS acts on, named. */
export const ExecType = {
  New: '0',
  DoneForDay: '3',
  Canceled: '4',
  Replaced: '5',
  PendingCancel: '6',
  Stopped: '7',
  Rejected: '8',
  Suspended: '9',
  PendingNew: 'A',
  Calculated: 'B',
  Expired: 'C',
  Restated: 'D',
  PendingReplace: 'E',
  Trade: 'F',
  TradeCorrect: 'G',
  TradeCancel: 'H',
  OrderStatus: 'I',
} as const;

/** ExecInst (18) letters that mean post-only / reduce-only in either dialect. */
export function execInstLetters(
  postOnly: boolean,
  reduceOnly: boolean,
  dialect: OmsDialect,
  derivatives: boolean,
): string {
  const out: string[] = [];
  if (postOnly) out.push(dialect === 'kraken' ? 'P' : '6');
  if (reduceOnly) out.push('E');
  if (derivatives) out.push('s');
  return out.join(' ');
}

export function isPostOnlyExecInst(value: string | undefined): boolean {
  if (value === undefined) return false;
  const parts = value.split(' ');
  return parts.includes('P') || parts.includes('6');
}
