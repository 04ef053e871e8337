// Top of book for the active symbol: best bid and ask with sizes, spread (price and bps), mid, last trade, the day's
// range from the candles, the book's health (live / stale / resyncing, age of the last update) and a ten-level book
// whose prices prefill the ticket.
import { useCallback, type ReactNode } from 'react';
import type { BookLevel } from '../../../../shared/domain/market-data.js';
import type { Side } from '../../../../shared/domain/orders.js';
import { useMarketSubscription } from '../../state/use-market-subscription.js';
import { useWorkstationStore } from '../../state/store.js';
import { BookHealth } from './BookHealth.js';
import { BookTable } from './BookTable.js';
import { Digits } from './Digits.js';
import { formatDec, formatMid, formatPrice, formatQty } from './format.js';
import { dayRange, tickOf, topOfBook, type Tick } from './top-of-book.js';
import { useActiveSymbol, useInstrument } from './use-instrument.js';
import './market.css';

const TICK_MARK: Readonly<Record<Tick, string>> = { up: '▲', down: '▼', flat: '' };

export function TopOfBookPanel(): ReactNode {
  const symbol = useActiveSymbol();
  useMarketSubscription(symbol);
  const inst = useInstrument(symbol);
  const book = useWorkstationStore((s) => (symbol === null ? undefined : s.books[symbol]));
  const trades = useWorkstationStore((s) => (symbol === null ? undefined : s.trades[symbol]));
  const candles = useWorkstationStore((s) => (symbol === null ? undefined : s.candles[symbol]));
  const prefill = useWorkstationStore((s) => s.ticketPrefill);
  const prefillTicket = useWorkstationStore((s) => s.prefillTicket);
  const onPick = useCallback(
    (side: Side, level: BookLevel) => prefillTicket({ side, price: level.price }),
    [prefillTicket],
  );

  const priceDecimals = inst?.priceDecimals ?? 8;
  const top = topOfBook(book, priceDecimals);
  const range = dayRange(candles);
  const last = trades?.[trades.length - 1];
  const tick = last === undefined ? 'flat' : tickOf(last, trades?.[trades.length - 2], 'flat');

  if (symbol === null) {
    return (
      <section className="market-panel top-of-book" aria-label="Top of book">
        <p className="market-empty">No instrument selected: choose one in the chart header.</p>
      </section>
    );
  }
  return (
    <section className="market-panel top-of-book" aria-labelledby="tob-title" data-symbol={symbol}>
      <header className="market-header">
        <h2 className="ws-panel-title" id="tob-title">
          Top of book <span className="ws-panel-symbol">{symbol}</span>
        </h2>
        <BookHealth book={book} />
      </header>
      <div className={`quote-strip${book?.stale === true || book?.resyncing === true ? ' untradable' : ''}`}>
        <div className="quote bid" data-testid="best-bid">
          <span className="quote-label">Bid</span>
          <span className="quote-price">{formatPrice(top.bid, inst)}</span>
          <span className="quote-qty">
            <Digits text={formatQty(top.bidQty, inst)} />
          </span>
        </div>
        <div className="quote-mid">
          <span className="quote-label">Spread</span>
          <span className="spread" data-testid="spread">
            {top.spread === null ? '—' : formatDec(top.spread, priceDecimals)}
          </span>
          <span className="spread-bps" data-testid="spread-bps">
            {top.spreadBps === null ? '' : `${formatDec(top.spreadBps, 2)} bps`}
          </span>
        </div>
        <div className="quote ask" data-testid="best-ask">
          <span className="quote-label">Ask</span>
          <span className="quote-price">{formatPrice(top.ask, inst)}</span>
          <span className="quote-qty">
            <Digits text={formatQty(top.askQty, inst)} />
          </span>
        </div>
      </div>
      {top.crossed && (
        <p className="market-warning" role="alert">
          Book crossed: best bid is at or above best ask.
        </p>
      )}
      <dl className="market-stats">
        <div>
          <dt>Mid</dt>
          <dd data-testid="mid">{top.mid === null ? '—' : formatMid(top.mid, priceDecimals)}</dd>
        </div>
        <div>
          <dt>Last</dt>
          <dd data-testid="last" className={last?.side ? `side-${last.side}` : undefined}>
            {last === undefined ? '—' : `${formatPrice(last.price, inst)} ${TICK_MARK[tick]}`.trim()}
          </dd>
        </div>
        <div>
          <dt title={range === null ? undefined : `From ${Math.round(range.spanSec / 60)} min of one-minute candles`}>
            High
          </dt>
          <dd data-testid="day-high">{formatPrice(range?.high, inst)}</dd>
        </div>
        <div>
          <dt title={range === null ? undefined : `From ${Math.round(range.spanSec / 60)} min of one-minute candles`}>
            Low
          </dt>
          <dd data-testid="day-low">{formatPrice(range?.low, inst)}</dd>
        </div>
        <div>
          <dt>Volume</dt>
          <dd>{range === null ? '—' : <Digits text={formatDec(range.volume, inst?.qtyDecimals ?? 8)} />}</dd>
        </div>
      </dl>
      <div className="book-wrap">
        <BookTable book={book} inst={inst} onPick={onPick} />
      </div>
      <p className="prefill-status" role="status" aria-live="polite" data-testid="prefill-status">
        {prefill?.side !== undefined && prefill.price !== undefined
          ? `Ticket: ${prefill.side === 'buy' ? 'Buy' : 'Sell'} @ ${formatPrice(prefill.price, inst)}`
          : 'Click a bid to sell (hit), an ask to buy (lift).'}
      </p>
    </section>
  );
}
