// The price ladder (DOM trader) for the active symbol: one row per price step around the touch, bid and ask
// quantities either side of the price, the trader's own working orders in their own columns. Click to trade with
// the ladder's quantity, right click to cancel, drag an own order to amend it; frozen while the book is stale.
import { useCallback, useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import type { Side } from '../../../../shared/domain/orders.js';
import { useBridge } from '../../bridge/index.js';
import { useMarketSubscription } from '../../state/use-market-subscription.js';
import { useWorkstationStore } from '../../state/store.js';
import { useTradingSession } from '../ticket/use-trading-session.js';
import { checkQty } from '../ticket/validate-ticket.js';
import { amendOrders, cancelOrders, cancelSide, placeAt } from './ladder-actions.js';
import { LadderGrid, type LadderKeyIntent } from './LadderGrid.js';
import { LadderHeader } from './LadderHeader.js';
import { centreRow, gridOf, initialTicksPerRow, priceOfRow, rowOf } from './ladder-model.js';
import { touchRows } from './ladder-rows.js';
import { LadderToolbar } from './LadderToolbar.js';
import { useLadderStore } from './ladder.state.js';
import { ownLevels, type OwnBySide } from './own-orders.js';
import { usePendingAmends } from './use-pending-amends.js';
import { useRowCount } from './use-row-count.js';
import './ladder.css';

const NO_OWN: OwnBySide = { buy: new Map(), sell: new Map() };

export function PriceLadder(): ReactNode {
  const uid = useId();
  const { api } = useBridge();
  const symbol = useWorkstationStore((s) => s.activeSymbol);
  useMarketSubscription(symbol);
  const inst = useWorkstationStore((s) => (symbol === null ? undefined : s.instruments[symbol]));
  const book = useWorkstationStore((s) => (symbol === null ? undefined : s.books[symbol]));
  const lastPrice = useWorkstationStore((s) => (symbol === null ? undefined : s.trades[symbol]?.at(-1)?.price));
  const orders = useWorkstationStore((s) => s.orders);
  const presetsBySymbol = useWorkstationStore((s) => s.settings?.ui.qtyPresets);
  const prefillTicket = useWorkstationStore((s) => s.prefillTicket);
  const session = useTradingSession();
  usePendingAmends();
  const frameRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const count = useRowCount(frameRef);
  const ladder = useLadderStore();
  const sym = symbol ?? '';

  const presets = (symbol !== null ? presetsBySymbol?.[symbol] : undefined) ?? presetsBySymbol?.['*'] ?? [];
  const qty = ladder.qtyBySymbol[sym] ?? presets[0] ?? inst?.qtyMin ?? '';
  const qtyError = inst === undefined ? undefined : checkQty(qty, inst).error;
  const ticks = ladder.ticksBySymbol[sym];
  const grid = useMemo(() => (inst === undefined ? null : gridOf(inst, ticks ?? 1)), [inst, ticks]);

  // A symbol's first book decides its row size (one tick unless the spread would not fit) and where to centre.
  const hasTouch = book !== undefined && book.bids.length > 0 && book.asks.length > 0;
  useEffect(() => {
    if (symbol === null || inst === undefined || book === undefined || !hasTouch || ticks !== undefined || count <= 1) return;
    useLadderStore.getState().setTicksPerRow(symbol, initialTicksPerRow(inst, book, count));
  }, [symbol, inst, book, hasTouch, ticks, count]);
  const stored = ladder.centreBySymbol[sym];
  useEffect(() => {
    if (symbol === null || grid === null || stored !== undefined || ticks === undefined) return;
    const c = centreRow(grid, book, lastPrice);
    if (c !== null) useLadderStore.getState().setCentre(symbol, priceOfRow(grid, c));
  }, [symbol, grid, stored, ticks, book, lastPrice]);

  const centre = grid === null || stored === undefined ? null : rowOf(grid, stored, 'nearest');
  const topRow = centre === null ? null : centre + BigInt(Math.floor(count / 2));
  const bottomRow = topRow === null ? null : topRow - BigInt(Math.max(0, count - 1));
  const focusPrice = ladder.focusBySymbol[sym];
  const focusRaw = grid === null || focusPrice === undefined ? null : rowOf(grid, focusPrice, 'nearest');
  const focusRow = focusRaw !== null && topRow !== null && bottomRow !== null && focusRaw <= topRow && focusRaw >= bottomRow ? focusRaw : null;

  const movedTo = useMemo(() => {
    const m = new Map<string, bigint>();
    if (grid === null) return m;
    for (const p of Object.values(ladder.pending)) {
      const r = rowOf(grid, p.toPrice, p.side === 'buy' ? 'down' : 'up');
      if (r !== null) m.set(p.orderKey, r);
    }
    return m;
  }, [grid, ladder.pending]);
  const own = useMemo(
    () => (grid === null || symbol === null ? NO_OWN : ownLevels(orders, symbol, grid, movedTo)),
    [orders, symbol, grid, movedTo],
  );
  const input = useMemo(
    () =>
      grid === null || topRow === null
        ? null
        : { idPrefix: `${uid}-r`, grid, book, lastPrice, own, topRow, count, focusRow },
    [uid, grid, book, lastPrice, own, topRow, count, focusRow],
  );

  const tradable = inst !== undefined && book !== undefined && !book.stale && !book.resyncing;
  const touch = grid === null ? null : touchRows(grid, book);
  const bestBid = touch?.bestBid ?? null;
  const bestAsk = touch?.bestAsk ?? null;
  const priceOf = useCallback((row: bigint) => (grid === null ? '' : priceOfRow(grid, row)), [grid]);
  const setCentreRow = (row: bigint): void => useLadderStore.getState().setCentre(sym, priceOf(row));
  const recentre = (): bigint | null => {
    if (grid === null || symbol === null) return null;
    const c = centreRow(grid, book, lastPrice);
    if (c !== null) setCentreRow(c);
    return c;
  };
  const onScroll = useCallback(
    (n: number) => {
      if (centre === null || symbol === null) return;
      useLadderStore.getState().setCentre(symbol, priceOf(centre + BigInt(n)));
    },
    [centre, symbol, priceOf],
  );
  const setFocusRow = (row: bigint): void => useLadderStore.getState().setFocus(sym, priceOf(row));
  const place = (side: Side, row: bigint): void => {
    if (inst === undefined) return;
    void placeAt(api, { sessionId: session.sessionId, inst, side, price: priceOf(row), qty });
  };
  const cancelAt = (row: bigint, side: Side | null): void => {
    const levels = side === null ? [own.buy.get(row), own.sell.get(row)] : [own[side].get(row)];
    const list = levels.flatMap((l) => l?.orders ?? []).filter((o) => o.status !== 'pending-cancel');
    if (list.length === 0) useLadderStore.getState().setFeedback('warn', `No working orders of yours at ${priceOf(row)}`);
    else void cancelOrders(api, list, priceOf(row));
  };
  const amend = (side: Side, from: bigint, to: bigint): void => {
    const list = own[side].get(from)?.orders ?? [];
    if (list.length > 0) void amendOrders(api, list, priceOf(to));
  };
  const canDrag = (side: Side, row: bigint): boolean =>
    (own[side].get(row)?.orders ?? []).some((o) => ladder.pending[o.orderKey] === undefined);
  const prefill = (row: bigint): void => {
    // At or below the bid joins the bid (buy); at or above the ask joins the offer (sell); inside the spread: no side.
    const side: Side | undefined =
      bestBid !== null && row <= bestBid ? 'buy' : bestAsk !== null && row >= bestAsk ? 'sell' : undefined;
    prefillTicket({ price: priceOf(row), qty, ...(side !== undefined ? { side } : {}) });
    useLadderStore.getState().setFeedback('ok', `Ticket prefilled at ${priceOf(row)}`);
  };
  const onKey = (intent: LadderKeyIntent): void => {
    if (centre === null || topRow === null || bottomRow === null) return;
    const f = focusRow ?? centre;
    switch (intent.kind) {
      case 'move': {
        const next = f + BigInt(intent.rows);
        setFocusRow(next);
        if (next > topRow) onScroll(Number(next - topRow));
        else if (next < bottomRow) onScroll(Number(next - bottomRow));
        return;
      }
      case 'place':
        if (tradable) place(intent.side, f);
        else useLadderStore.getState().setFeedback('warn', 'Book stale or resyncing: nothing sent');
        return;
      case 'cancel':
        return cancelAt(f, null);
      case 'centre': {
        const c = recentre();
        if (c !== null) setFocusRow(c);
        return;
      }
      case 'prefill':
        return prefill(f);
      case 'amend': {
        if (!tradable) return;
        const to = f + BigInt(intent.rows);
        for (const side of ['buy', 'sell'] as const) if (canDrag(side, f)) amend(side, f, to);
        setFocusRow(to);
        return;
      }
    }
  };

  const statusId = `${uid}-status`;
  return (
    <section className="ladder" aria-labelledby={`${uid}-title`} data-symbol={symbol ?? ''}>
      <LadderHeader
        titleId={`${uid}-title`}
        symbol={symbol}
        book={book}
        above={topRow !== null && bestBid !== null && bestBid > topRow}
        below={bottomRow !== null && bestAsk !== null && bestAsk < bottomRow}
        onCentre={recentre}
      />
      <LadderToolbar
        inst={inst}
        qty={qty}
        qtyError={qtyError}
        presets={presets}
        ticksPerRow={ticks ?? 1}
        onQty={(q) => useLadderStore.getState().setQty(sym, q)}
        onTicks={(t) => {
          if (symbol === null) return;
          useLadderStore.getState().setTicksPerRow(symbol, t);
        }}
        onCentre={recentre}
        onCancel={(side) => symbol !== null && void cancelSide(api, symbol, side)}
      />
      <div className="ld-columns" aria-hidden="true">
        <span>My bids</span>
        <span>Bid</span>
        <span>Price</span>
        <span>Ask</span>
        <span>My asks</span>
      </div>
      <div ref={frameRef} className="ld-frame">
        {input === null ? (
          <div className="ld-body ld-empty">
            {symbol === null ? 'No instrument selected.' : 'Waiting for the book…'}
          </div>
        ) : (
          <LadderGrid
            input={input}
            bodyRef={bodyRef}
            label={`Price ladder ${symbol ?? ''}`}
            describedBy={statusId}
            tradable={tradable}
            canDrag={canDrag}
            onPlace={place}
            onPrefill={prefill}
            onCancelAt={cancelAt}
            onAmend={amend}
            onScroll={onScroll}
            onFocusRow={setFocusRow}
            onKey={onKey}
          />
        )}
        {book !== undefined && !tradable && (
          <p className="ld-stale" role="alert">
            {book.resyncing ? 'Book resyncing' : 'Book stale'}: click trading is off until it is live again
          </p>
        )}
      </div>
      <p
        id={statusId}
        className={`ld-status ${ladder.feedback?.level ?? ''}`}
        role="status"
        aria-live="polite"
        title={ladder.feedback?.text}
      >
        {ladder.feedback?.text ?? 'Click bid to buy, ask to sell · right-click cancels · drag your order to amend'}
      </p>
    </section>
  );
}
