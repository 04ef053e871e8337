// The simulator's tradable pairs with Kraken-style rules (spec §1.8, InstrumentList 35=y fields 2349, 5022, 5010,
// 5011, 5012, 5013, 5032). Values follow Kraken's public AssetPairs shape (pair_decimals, lot_decimals, ordermin,
// costmin, tick_size) as of writing; they are plausible, not authoritative: the simulator only needs to be
// self-consistent and the InstrumentList it publishes must be built from this same table.

import { parseScaled } from './decimal/scaled.js';
import { REJECTS } from './reasons.js';

/** AssetPairStatus (5032) as names; `hidden` is not listed because a hidden pair is simply absent. */
export type AssetPairStatus =
  'online' | 'maintenance' | 'cancel_only' | 'post_only' | 'limit_only' | 'delisted' | 'reduce_only';

/** The 5032 code for each status, for whoever publishes the InstrumentList. */
export const ASSET_PAIR_STATUS_CODE: Readonly<Record<AssetPairStatus, number>> = {
  online: 1,
  maintenance: 2,
  cancel_only: 3,
  post_only: 4,
  limit_only: 5,
  delisted: 6,
  reduce_only: 7,
};

/** Decimal text as published in the InstrumentList; the engine works on the scaled bigint twins below. */
export interface InstrumentSpec {
  symbol: string;
  base: string;
  quote: string;
  /** 2349 PricePrecision. */
  priceDecimals: number;
  /** 5022 TickSize; a multiple of 10^-priceDecimals. */
  tickSize: string;
  /** 5010 QtyPrecision. */
  lotDecimals: number;
  /** 5011 QtyMin (Kraken's ordermin). */
  qtyMin: string;
  /** 5012 QtyMax. */
  qtyMax: string;
  /** 5013 MinimumCost: price × qty of a limit order must reach it (Kraken's costmin), in quote currency. */
  costMin: string;
  /** Decimals of quote-currency amounts (fees, cost); Kraken's cost_decimals. */
  costDecimals: number;
  /** Fee rates in basis points (Kraken's entry tier: 25 maker, 40 taker). */
  makerFeeBps: number;
  takerFeeBps: number;
  status: AssetPairStatus;
}

/** An instrument with its rules in engine units: prices in 10^-priceDecimals, quantities in 10^-lotDecimals. */
export interface Instrument extends InstrumentSpec {
  tickUnits: bigint;
  qtyMinUnits: bigint;
  qtyMaxUnits: bigint;
  /** In notional units, 10^-(priceDecimals+lotDecimals). */
  costMinUnits: bigint;
}

export function defineInstrument(spec: InstrumentSpec): Instrument {
  const tickUnits = parseScaled(spec.tickSize, spec.priceDecimals);
  const qtyMinUnits = parseScaled(spec.qtyMin, spec.lotDecimals);
  const qtyMaxUnits = parseScaled(spec.qtyMax, spec.lotDecimals);
  const costMinUnits = parseScaled(spec.costMin, spec.priceDecimals + spec.lotDecimals);
  if (tickUnits === undefined || tickUnits <= 0n) throw new Error(`${spec.symbol}: bad tick size ${spec.tickSize}`);
  if (qtyMinUnits === undefined || qtyMinUnits <= 0n) throw new Error(`${spec.symbol}: bad qtyMin ${spec.qtyMin}`);
  if (qtyMaxUnits === undefined || qtyMaxUnits < qtyMinUnits) throw new Error(`${spec.symbol}: bad qtyMax`);
  if (costMinUnits === undefined) throw new Error(`${spec.symbol}: bad costMin ${spec.costMin}`);
  return Object.freeze({ ...spec, tickUnits, qtyMinUnits, qtyMaxUnits, costMinUnits });
}

const FEES = { makerFeeBps: 25, takerFeeBps: 40, status: 'online' } as const;

/** The default pairs of the embedded exchange. */
export const DEFAULT_INSTRUMENTS: readonly Instrument[] = [
  {
    symbol: 'BTC/USD',
    base: 'BTC',
    quote: 'USD',
    priceDecimals: 1,
    tickSize: '0.1',
    lotDecimals: 8,
    qtyMin: '0.00005',
    qtyMax: '10000',
    costMin: '0.5',
    costDecimals: 5,
    ...FEES,
  },
  {
    symbol: 'ETH/USD',
    base: 'ETH',
    quote: 'USD',
    priceDecimals: 2,
    tickSize: '0.01',
    lotDecimals: 8,
    qtyMin: '0.002',
    qtyMax: '100000',
    costMin: '0.5',
    costDecimals: 5,
    ...FEES,
  },
  {
    symbol: 'SOL/USD',
    base: 'SOL',
    quote: 'USD',
    priceDecimals: 2,
    tickSize: '0.01',
    lotDecimals: 8,
    qtyMin: '0.02',
    qtyMax: '1000000',
    costMin: '0.5',
    costDecimals: 5,
    ...FEES,
  },
  {
    symbol: 'XRP/USD',
    base: 'XRP',
    quote: 'USD',
    priceDecimals: 5,
    tickSize: '0.00001',
    lotDecimals: 8,
    qtyMin: '2',
    qtyMax: '100000000',
    costMin: '0.5',
    costDecimals: 8,
    ...FEES,
  },
  {
    symbol: 'ADA/EUR',
    base: 'ADA',
    quote: 'EUR',
    priceDecimals: 6,
    tickSize: '0.000001',
    lotDecimals: 8,
    qtyMin: '5',
    qtyMax: '100000000',
    costMin: '0.5',
    costDecimals: 8,
    ...FEES,
  },
  {
    symbol: 'ETH/BTC',
    base: 'ETH',
    quote: 'BTC',
    priceDecimals: 5,
    tickSize: '0.00001',
    lotDecimals: 8,
    qtyMin: '0.002',
    qtyMax: '100000',
    costMin: '0.00002',
    costDecimals: 10,
    ...FEES,
  },
  {
    symbol: 'DOGE/USD',
    base: 'DOGE',
    quote: 'USD',
    priceDecimals: 7,
    tickSize: '0.0000001',
    lotDecimals: 8,
    qtyMin: '20',
    qtyMax: '1000000000',
    costMin: '0.5',
    costDecimals: 8,
    ...FEES,
  },
].map(defineInstrument);

export type InstrumentLookup =
  | { ok: true; instrument: Instrument }
  | { ok: false; code: 'unknown-pair'; text: string; businessRejectReason: number };

/** Symbol → instrument, refusing unknown or delisted pairs the way Kraken does (`EQuery:Unknown asset pair`). */
export class InstrumentTable {
  private readonly bySymbol = new Map<string, Instrument>();

  constructor(instruments: readonly Instrument[] = DEFAULT_INSTRUMENTS) {
    for (const instrument of instruments) {
      if (this.bySymbol.has(instrument.symbol)) throw new Error(`duplicate instrument ${instrument.symbol}`);
      this.bySymbol.set(instrument.symbol, instrument);
    }
  }

  /** The instrument, or undefined for an unknown or delisted symbol (Kraken: `EQuery:Unknown asset pair`). */
  lookup(symbol: string): Instrument | undefined {
    const instrument = this.bySymbol.get(symbol);
    return instrument === undefined || instrument.status === 'delisted' ? undefined : instrument;
  }

  /** The instrument, or Kraken's refusal for an unknown pair (BusinessRejectReason 2). */
  resolve(symbol: string): InstrumentLookup {
    const instrument = this.lookup(symbol);
    if (instrument !== undefined) return { ok: true, instrument };
    const { text, businessRejectReason } = REJECTS['unknown-pair'];
    return { ok: false, code: 'unknown-pair', text, businessRejectReason };
  }

  all(): readonly Instrument[] {
    return [...this.bySymbol.values()];
  }
}
