// Ten levels a side, bids | asks, best at the top. Each price is a button that prefills the ticket the way a trader
// takes liquidity: a bid is hit (sell at that price), an ask is lifted (buy at that price). One tab stop for the
// whole book (roving focus); arrows move between levels and sides, Enter or Space prefills.
import { memo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { dec, toNumber } from '../../../../shared/domain/decimal.js';
import type { InstrumentInfo } from '../../../../shared/domain/instruments.js';
import type { BookFrame, BookLevel } from '../../../../shared/domain/market-data.js';
import type { Side } from '../../../../shared/domain/orders.js';
import { Digits } from './Digits.js';
import { formatPrice, formatQty } from './format.js';

export const BOOK_TABLE_LEVELS = 10;

type BookSide = 'bid' | 'ask';
interface Cell {
  readonly side: BookSide;
  readonly row: number;
}

interface Props {
  book: BookFrame | undefined;
  inst: InstrumentInfo | undefined;
  onPick(side: Side, level: BookLevel, from: BookSide): void;
}

/** The side a click on a book level trades: hit the bid, lift the ask. */
export function takerSide(from: BookSide): Side {
  return from === 'bid' ? 'sell' : 'buy';
}

export function pickTitle(from: BookSide, price: string): string {
  return from === 'bid'
    ? `Sell at ${price}: hits the bid. Prefills the ticket (Enter or click).`
    : `Buy at ${price}: lifts the ask. Prefills the ticket (Enter or click).`;
}

function maxQty(levels: readonly BookLevel[]): number {
  let m = 0;
  for (const l of levels) m = Math.max(m, toNumber(dec(l.qty)));
  return m;
}

export const BookTable = memo(function BookTable({ book, inst, onPick }: Props): ReactNode {
  const [focus, setFocus] = useState<Cell>({ side: 'bid', row: 0 });
  const tableRef = useRef<HTMLTableElement>(null);
  const bids = book?.bids.slice(0, BOOK_TABLE_LEVELS) ?? [];
  const asks = book?.asks.slice(0, BOOK_TABLE_LEVELS) ?? [];
  // Bars scale to the largest level on either side so the two sides compare at a glance.
  const scale = Math.max(maxQty(bids), maxQty(asks)) || 1;

  const moveTo = (cell: Cell): void => {
    const levels = cell.side === 'bid' ? bids : asks;
    if (levels.length === 0) return;
    const next = { side: cell.side, row: Math.max(0, Math.min(levels.length - 1, cell.row)) };
    setFocus(next);
    tableRef.current
      ?.querySelector<HTMLButtonElement>(`button[data-side="${next.side}"][data-row="${next.row}"]`)
      ?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>): void => {
    const step: Record<string, () => Cell> = {
      ArrowUp: () => ({ ...focus, row: focus.row - 1 }),
      ArrowDown: () => ({ ...focus, row: focus.row + 1 }),
      ArrowLeft: () => ({ side: 'bid', row: focus.row }),
      ArrowRight: () => ({ side: 'ask', row: focus.row }),
      Home: () => ({ ...focus, row: 0 }),
      End: () => ({ ...focus, row: BOOK_TABLE_LEVELS - 1 }),
    };
    const to = step[e.key];
    if (to === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    moveTo(to());
  };
  // The tab stop stays on a real button even when the book thins out under it.
  const tabSide: BookSide =
    (focus.side === 'bid' ? bids : asks).length > 0 ? focus.side : bids.length > 0 ? 'bid' : 'ask';
  const tabRow = Math.min(focus.row, Math.max(0, (tabSide === 'bid' ? bids : asks).length - 1));

  const priceButton = (side: BookSide, row: number, level: BookLevel | undefined): ReactNode => {
    if (level === undefined) return null;
    const price = formatPrice(level.price, inst);
    return (
      <button
        type="button"
        className={`book-price ${side}`}
        data-side={side}
        data-row={row}
        tabIndex={side === tabSide && row === tabRow ? 0 : -1}
        title={pickTitle(side, price)}
        aria-label={`${takerSide(side) === 'sell' ? 'Sell' : 'Buy'} at ${price}, ${side === 'bid' ? 'hit the bid' : 'lift the ask'}`}
        onFocus={() => setFocus({ side, row })}
        onClick={() => onPick(takerSide(side), level, side)}
      >
        {price}
      </button>
    );
  };
  const bar = (level: BookLevel | undefined): { width: string } | undefined =>
    level === undefined
      ? undefined
      : { width: `${Math.min(100, (toNumber(dec(level.qty)) / scale) * 100).toFixed(1)}%` };

  return (
    <table className="book-table" ref={tableRef} onKeyDown={onKeyDown} aria-label="Order book, 10 levels a side">
      <thead>
        <tr>
          <th scope="col" className="num">
            Bid qty
          </th>
          <th scope="col" className="num">
            Bid
          </th>
          <th scope="col" className="num">
            Ask
          </th>
          <th scope="col" className="num">
            Ask qty
          </th>
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: BOOK_TABLE_LEVELS }, (_, row) => {
          const b = bids[row];
          const a = asks[row];
          return (
            <tr key={row} data-level={row + 1}>
              <td className="num qty bid-qty">
                <span className="depth-bar bid" style={bar(b)} aria-hidden="true" />
                <span className="qty-text">{b === undefined ? '' : <Digits text={formatQty(b.qty, inst)} />}</span>
              </td>
              <td className="num price-cell">{priceButton('bid', row, b)}</td>
              <td className="num price-cell">{priceButton('ask', row, a)}</td>
              <td className="num qty ask-qty">
                <span className="depth-bar ask" style={bar(a)} aria-hidden="true" />
                <span className="qty-text">{a === undefined ? '' : <Digits text={formatQty(a.qty, inst)} />}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
