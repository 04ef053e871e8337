// Stable identity and tick direction for every print the renderer holds. Prints have no venue id here, so each one
// is numbered the first time it is seen (a print object never changes once in the store); its tick against the
// print before it is fixed at that moment too, so a trimmed history never re-colours old rows.
import type { TradePrint } from '../../../../shared/domain/market-data.js';
import { tickOf, type Tick } from './top-of-book.js';

export interface TapeRow {
  readonly key: number;
  readonly trade: TradePrint;
  readonly tick: Tick;
}

const seen = new WeakMap<TradePrint, TapeRow>();
let nextKey = 1;

/** Rows newest first. `trades` is oldest first, as the market slice keeps it. */
export function tapeRows(trades: readonly TradePrint[]): TapeRow[] {
  let previous: TapeRow | undefined;
  for (let i = 0; i < trades.length; i++) {
    const t = trades[i];
    if (t === undefined) continue;
    let row = seen.get(t);
    if (row === undefined) {
      row = { key: nextKey++, trade: t, tick: tickOf(t, previous?.trade ?? trades[i - 1], previous?.tick ?? 'flat') };
      seen.set(t, row);
    }
    previous = row;
  }
  const out: TapeRow[] = new Array<TapeRow>(trades.length);
  for (let i = 0; i < trades.length; i++) {
    const t = trades[trades.length - 1 - i];
    if (t !== undefined) out[i] = seen.get(t) as TapeRow;
  }
  return out;
}
