// How one venue session speaks order entry: what the OMS writes on D/F/G/H/q and which ClOrdID shape it uses.
// Kraken spot, Kraken derivatives and plain FIX 4.4 differ in ExecInst letters, take-profit OrdTypes, reject
// messages and the requests they support (spec §1.5–1.6, §2.9). The core picks the rules from the venue profile.
import type { VenueKind } from '../../shared/domain/settings.js';
import type { ClOrdIdStyle } from './cl-ord-id.js';

export type OmsDialect = 'kraken' | 'standard';

export interface OmsVenueRules {
  /**
   * kraken: ExecInst P (post-only) / E (reduce-only), OrdType R/T for take-profit, ExpireTime in whole seconds,
   * rejects as 35=j. standard: ExecInst 6 (participate don't initiate) / E (do not increase), OrdType J for
   * take-profit (no take-profit-limit), OrderQty on 35=F, rejects as 35=9 and ER 150=8.
   */
  readonly dialect: OmsDialect;
  readonly clOrdIds: ClOrdIdStyle;
  /** Kraken derivatives: ExecInst s (single fee) on every D; no 35=H or 35=G there. */
  readonly derivatives: boolean;
  /** 35=H is available (Kraken spot, most FIX 4.4 venues). */
  readonly orderStatus: boolean;
  /** 35=AF OrderMassStatusRequest is available (not on Kraken). */
  readonly massStatus: boolean;
  /** 35=G is available. */
  readonly amend: boolean;
}

export const KRAKEN_SPOT_RULES: OmsVenueRules = {
  dialect: 'kraken',
  clOrdIds: 'numeric',
  derivatives: false,
  orderStatus: true,
  massStatus: false,
  amend: true,
};

export const KRAKEN_DERIVATIVES_RULES: OmsVenueRules = {
  dialect: 'kraken',
  clOrdIds: 'uuid',
  derivatives: true,
  orderStatus: false,
  massStatus: false,
  amend: false,
};

export const STANDARD_FIX44_RULES: OmsVenueRules = {
  dialect: 'standard',
  clOrdIds: 'numeric',
  derivatives: false,
  orderStatus: true,
  massStatus: false,
  amend: true,
};

/** The rules of a configured venue kind (the simulator speaks Kraken spot unless started with --dialect standard). */
export function venueRulesFor(kind: VenueKind): OmsVenueRules {
  switch (kind) {
    case 'simulator':
    case 'kraken-spot':
      return KRAKEN_SPOT_RULES;
    case 'kraken-derivatives':
      return KRAKEN_DERIVATIVES_RULES;
    case 'fix44':
      return STANDARD_FIX44_RULES;
  }
}
