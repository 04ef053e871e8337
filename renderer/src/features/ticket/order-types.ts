// What each order type asks of the trader and which venues take it. Mirrors the OMS (electron/oms/validate-request.ts,
// venue-rules.ts) so the ticket never offers a field main would refuse; main still decides.
import type { OrderType, TimeInForce } from '../../../../shared/domain/orders.js';
import type { VenueKind } from '../../../../shared/domain/settings.js';

export const ORDER_TYPES: readonly OrderType[] = [
  'limit',
  'market',
  'stop-loss',
  'stop-loss-limit',
  'take-profit',
  'take-profit-limit',
];

export const ORDER_TYPE_LABEL: Readonly<Record<OrderType, string>> = {
  limit: 'Limit',
  market: 'Market',
  'stop-loss': 'Stop loss',
  'stop-loss-limit': 'Stop loss limit',
  'take-profit': 'Take profit',
  'take-profit-limit': 'Take profit limit',
};

export const TIME_IN_FORCE: readonly TimeInForce[] = ['GTC', 'IOC', 'FOK', 'GTD'];

export const TIF_LABEL: Readonly<Record<TimeInForce, string>> = {
  GTC: 'GTC — good till cancelled',
  IOC: 'IOC — immediate or cancel',
  FOK: 'FOK — fill or kill',
  GTD: 'GTD — good till date',
};

/** A limit price (44) goes out with these. */
export function needsPrice(type: OrderType): boolean {
  return type === 'limit' || type === 'stop-loss-limit' || type === 'take-profit-limit';
}

/** A trigger price (99 StopPx) goes out with these. */
export function needsTrigger(type: OrderType): boolean {
  return type !== 'limit' && type !== 'market';
}

/** Post-only (ExecInst) applies to resting limit orders only: never IOC or FOK, which cannot rest. */
export function postOnlyApplies(type: OrderType, tif: TimeInForce): boolean {
  return type === 'limit' && tif !== 'IOC' && tif !== 'FOK';
}

/** Plain FIX 4.4 has OrdType J for take-profit but no take-profit-limit (venue-rules.ts, standard dialect). */
export function offeredTypes(kind: VenueKind | undefined): readonly OrderType[] {
  return kind === 'fix44' ? ORDER_TYPES.filter((t) => t !== 'take-profit-limit') : ORDER_TYPES;
}

/** Reduce-only travels as ExecInst E in both dialects the OMS speaks (Kraken spot and derivatives, FIX 4.4 "do not
 * increase"); a venue kind the OMS does not know gets no reduce-only box. */
const REDUCE_ONLY: Readonly<Record<VenueKind, boolean>> = {
  simulator: true,
  'kraken-spot': true,
  'kraken-derivatives': true,
  fix44: true,
};

export function offersReduceOnly(kind: VenueKind | undefined): boolean {
  return kind !== undefined && REDUCE_ONLY[kind];
}
