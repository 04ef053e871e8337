// Fills, one FillView per ExecID, and the positions they make. A fill is counted once: the ExecID (17) is the
// key, so a resent (PossDup) or repeated report never moves a position twice. Owned by the OrderManager.
import { isZero, mul, type Dec } from '../../shared/domain/decimal.js';
import type { InstrumentInfo } from '../../shared/domain/instruments.js';
import type { FillView, PositionView } from '../../shared/domain/orders.js';
import { outText } from './decimal-out.js';
import type { OrderRecord } from './order-record.js';
import { PositionBook } from './position-book.js';
import type { ExecReport } from './read-execution-report.js';

const ZERO: Dec = { units: 0n, scale: 0 };

/** Fraction digits of computed averages: the instrument's price decimals + 8 (as the simulator's AvgPx). */
export function avgScaleOf(instrument: InstrumentInfo | undefined): number {
  return instrument === undefined ? 12 : Math.min(18, instrument.priceDecimals + 8);
}

/** The fee in the quote currency, for P&L: base-currency fees at the fill price; a third currency counts nothing. */
function feeInQuote(fee: Dec, currency: string | undefined, price: Dec, instrument: InstrumentInfo | undefined): Dec {
  if (instrument === undefined || currency === undefined || currency === instrument.quote) return fee;
  if (currency === instrument.base) return mul(fee, price);
  return ZERO;
}

export class FillLedger {
  private readonly fills: FillView[] = [];
  private readonly seen = new Set<string>();
  readonly positions = new PositionBook();

  /** Whether this ExecID was already applied on this session. */
  seenExec(sessionId: string, execId: string): boolean {
    return this.seen.has(`${sessionId}\u0001${execId}`);
  }

  noteExec(sessionId: string, execId: string): void {
    this.seen.add(`${sessionId}\u0001${execId}`);
  }

  /** Records the fill a trade report carries; null when it carries none (no positive LastQty or no LastPx). */
  record(
    o: OrderRecord,
    r: ExecReport,
    instrument: InstrumentInfo | undefined,
    now: number,
  ): { fill: FillView; position: PositionView } | null {
    if (r.lastQty === undefined || r.lastPx === undefined || r.lastQty.units <= 0n) return null;
    const fee = r.fee?.amount ?? ZERO;
    const time = r.transactTime ?? now;
    const fill: FillView = {
      execId: r.execId ?? `${o.orderKey}@${outText(o.cumQty)}`,
      orderKey: o.orderKey,
      sessionId: o.sessionId,
      symbol: o.symbol,
      side: o.side,
      qty: outText(r.lastQty),
      price: outText(r.lastPx),
      fee: outText(fee),
      feeCurrency: r.fee?.currency ?? instrument?.quote ?? '',
      liquidity: r.liquidity,
      time,
    };
    this.fills.push(fill);
    const position = this.positions.applyFill({
      symbol: o.symbol,
      side: o.side,
      qty: r.lastQty,
      price: r.lastPx,
      feeQuote: isZero(fee) ? ZERO : feeInQuote(fee, r.fee?.currency, r.lastPx, instrument),
      time,
      avgScale: avgScaleOf(instrument),
    });
    return { fill, position };
  }

  all(): FillView[] {
    return this.fills.slice();
  }
}
