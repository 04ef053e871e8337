// Positions per symbol from our fills, with exact decimals: signed quantity, the cost of the open quantity
// (average-cost method), realised P&L on reductions and flips, fees, and unrealised P&L against the latest mark.
// Every fee is a realised cost when paid (opening fills included), converted to the quote currency at the fill
// price when charged in the base currency. Owned by the OrderManager in main.
import { abs, add, cmp, div, isZero, mul, neg, sign, sub, type Dec } from '../../shared/domain/decimal.js';
import type { PositionView, Side } from '../../shared/domain/orders.js';
import { outText } from './decimal-out.js';

const ZERO: Dec = { units: 0n, scale: 0 };
/** Fraction digits kept when a partial reduction takes its share of the open cost (exact when it divides). */
const COST_SCALE = 18;

interface PositionState {
  qty: Dec;
  /** Σ |qty| × price of the open quantity: avgCost = openCost / |qty|. */
  openCost: Dec;
  realised: Dec;
  fees: Dec;
  updatedAt: number;
}

export interface PositionFill {
  readonly symbol: string;
  readonly side: Side;
  readonly qty: Dec;
  readonly price: Dec;
  /** In the quote currency. */
  readonly feeQuote: Dec;
  readonly time: number;
  /** Fraction digits of the average cost shown (price decimals + 8). */
  readonly avgScale: number;
}

export class PositionBook {
  private readonly positions = new Map<string, PositionState>();
  private readonly marks = new Map<string, Dec>();
  private readonly avgScales = new Map<string, number>();

  applyFill(f: PositionFill): PositionView {
    const p = this.positions.get(f.symbol) ?? { qty: ZERO, openCost: ZERO, realised: ZERO, fees: ZERO, updatedAt: 0 };
    this.positions.set(f.symbol, p);
    this.avgScales.set(f.symbol, f.avgScale);
    const signed = f.side === 'buy' ? f.qty : neg(f.qty);
    const held = sign(p.qty);
    if (held === 0 || held === sign(signed)) {
      p.openCost = add(p.openCost, mul(f.qty, f.price));
      p.qty = add(p.qty, signed);
    } else {
      const open = abs(p.qty);
      const closed = cmp(f.qty, open) <= 0 ? f.qty : open;
      const costClosed = cmp(closed, open) === 0 ? p.openCost : div(mul(p.openCost, closed), open, COST_SCALE);
      const value = mul(closed, f.price);
      // Long: sold for `value` what cost `costClosed`; short: bought back for `value` what was sold for it.
      p.realised = add(p.realised, held > 0 ? sub(value, costClosed) : sub(costClosed, value));
      p.openCost = sub(p.openCost, costClosed);
      p.qty = add(p.qty, signed);
      const opened = sub(f.qty, closed);
      if (!isZero(opened)) p.openCost = mul(opened, f.price);
      if (isZero(p.qty)) p.openCost = ZERO;
    }
    p.fees = add(p.fees, f.feeQuote);
    p.realised = sub(p.realised, f.feeQuote);
    p.updatedAt = f.time;
    return this.viewOf(f.symbol, p);
  }

  /** Marks a symbol; returns the position's new view when there is a position whose figures changed. */
  mark(symbol: string, price: Dec, now: number): PositionView | undefined {
    const before = this.marks.get(symbol);
    this.marks.set(symbol, price);
    const p = this.positions.get(symbol);
    if (p === undefined || (before !== undefined && cmp(before, price) === 0)) return undefined;
    p.updatedAt = now;
    return this.viewOf(symbol, p);
  }

  view(symbol: string): PositionView | undefined {
    const p = this.positions.get(symbol);
    return p === undefined ? undefined : this.viewOf(symbol, p);
  }

  all(): PositionView[] {
    return [...this.positions.entries()].map(([symbol, p]) => this.viewOf(symbol, p));
  }

  private viewOf(symbol: string, p: PositionState): PositionView {
    const mark = this.marks.get(symbol) ?? null;
    const flat = isZero(p.qty);
    // Long: mark × qty − cost; short: cost − mark × |qty|. Both are mark × qty − sign(qty) × cost.
    const unrealised =
      mark === null ? null : flat ? ZERO : sub(mul(mark, p.qty), sign(p.qty) > 0 ? p.openCost : neg(p.openCost));
    return {
      symbol,
      qty: outText(p.qty),
      avgCost: flat ? null : outText(div(p.openCost, abs(p.qty), this.avgScales.get(symbol) ?? 12)),
      realisedPnl: outText(p.realised),
      unrealisedPnl: unrealised === null ? null : outText(unrealised),
      markPrice: mark === null ? null : outText(mark),
      fees: outText(p.fees),
      updatedAt: p.updatedAt,
    };
  }
}
