// One pair of the synthetic market: a random-walk reference price in ticks, the market maker's ladder (a fixed
// number of slots per side, so its resting orders are capped) and the sizes both participants trade in. Prices
// are whole ticks, kept as JS integers (far below 2^53); they become engine text only at the command.

import { formatScaled, parseScaled } from '../matching/index.js';
import type { Instrument, Side } from '../matching/index.js';
import type { SeededRandom } from './seeded-random.js';

/** Starting prices when the caller gives none: round numbers near real markets, in quote currency. */
export const DEFAULT_REF_PRICES: Readonly<Record<string, string>> = {
  'BTC/USD': '60000',
  'ETH/USD': '3000',
  'SOL/USD': '150',
  'XRP/USD': '0.5',
  'ADA/EUR': '0.4',
  'ETH/BTC': '0.05',
  'DOGE/USD': '0.15',
};

/** One resting order of the maker: which rung of the ladder it is and what it rests at. */
export interface MakerSlot {
  side: Side;
  rung: number;
  clOrdId?: string;
  priceTicks?: number;
}

/** Minimum lots in one lot of a maker's quote. */
const MAKER_LOT = 50n;

export class PairModel {
  refTicks: number;
  /** Distance between rungs (and half the spread), in ticks: about 2 bp of the starting price. */
  readonly spacing: number;
  readonly slots: MakerSlot[] = [];
  private readonly minQtyUnits: bigint;

  constructor(
    readonly instrument: Instrument,
    refPrice: string,
    readonly levels: number,
  ) {
    const units = parseScaled(refPrice, instrument.priceDecimals);
    if (units === undefined || units <= 0n) throw new Error(`${instrument.symbol}: bad reference price ${refPrice}`);
    this.refTicks = Math.max(1, Number(units / instrument.tickUnits));
    this.spacing = Math.max(1, Math.round(this.refTicks * 0.0002));
    const priceUnits = BigInt(this.refTicks) * instrument.tickUnits;
    const forCost = (instrument.costMinUnits + priceUnits - 1n) / priceUnits;
    // Twice the minimum leaves room for the price to fall without orders dropping under the cost minimum.
    this.minQtyUnits = 2n * (forCost > instrument.qtyMinUnits ? forCost : instrument.qtyMinUnits);
    for (let rung = 0; rung < levels; rung++) {
      this.slots.push({ side: '1', rung });
      this.slots.push({ side: '2', rung });
    }
  }

  get symbol(): string {
    return this.instrument.symbol;
  }

  /** One step of the walk; the floor keeps the whole ladder above zero. */
  walk(rng: SeededRandom): void {
    const step = Math.max(1, Math.round(this.spacing / 2));
    const floor = this.spacing * (this.levels + 3);
    this.refTicks = Math.max(floor, this.refTicks + (rng.next() < 0.5 ? -step : step));
  }

  /** Where a slot should rest now. */
  targetTicks(slot: MakerSlot): number {
    const offset = (slot.rung + 1) * this.spacing;
    return slot.side === '1' ? this.refTicks - offset : this.refTicks + offset;
  }

  price(ticks: number): string {
    return formatScaled(BigInt(ticks) * this.instrument.tickUnits, this.instrument.priceDecimals);
  }

  /** A size of 1–`maxLots` minimum lots (takers: small prints). */
  qty(rng: SeededRandom, maxLots: number): string {
    return formatScaled(this.minQtyUnits * BigInt(1 + rng.int(maxLots)), this.instrument.lotDecimals);
  }

  /** A resting quote: 1–`maxLots` lots of MAKER_LOT minimum lots, so the demo book is deep enough that a desk-sized
   * order (0.1 BTC) takes a level or two, as on a liquid venue, rather than walking the whole ladder. */
  makerQty(rng: SeededRandom, maxLots: number): string {
    return formatScaled(this.minQtyUnits * MAKER_LOT * BigInt(1 + rng.int(maxLots)), this.instrument.lotDecimals);
  }
}
