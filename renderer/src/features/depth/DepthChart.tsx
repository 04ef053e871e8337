// The depth chart panel: cumulative bids and asks of the active book around the mid, redrawn per book frame straight
// from the store subscription (no React render per frame), with the book's health and its figures. Keyboard: ←/→
// move a price cursor across the curve, Esc clears it.
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useMarketSubscription } from '../../state/use-market-subscription.js';
import { useWorkstationStore } from '../../state/store.js';
import { BookHealth } from '../market/BookHealth.js';
import { ChartCredit } from '../market/ChartCredit.js';
import { usePalette } from '../market/palette.js';
import { useActiveSymbol, useInstrument } from '../market/use-instrument.js';
import { ValueChannel } from '../market/value-channel.js';
import type { DepthCurve, DepthPoint } from './depth-curve.js';
import { DepthChartView } from './depth-chart-view.js';
import { DepthHoverLegend, DepthStats } from './DepthStats.js';
import '../market/market.css';
import './depth-chart.css';

export function DepthChartPanel(): ReactNode {
  const titleId = useId();
  const symbol = useActiveSymbol();
  useMarketSubscription(symbol);
  const inst = useInstrument(symbol);
  const book = useWorkstationStore((s) => (symbol === null ? undefined : s.books[symbol]));
  const palette = usePalette();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<DepthChartView | null>(null);
  const [curve] = useState(() => new ValueChannel<DepthCurve | null>(null));
  const [hover] = useState(() => new ValueChannel<DepthPoint | null>(null));

  useEffect(() => {
    if (host.current === null) return;
    const v = new DepthChartView(host.current, palette, hover.set);
    view.current = v;
    return () => {
      v.dispose();
      view.current = null;
    };
    // Built once per mount: palette, instrument and book changes go through the effects below.
  }, []);
  useEffect(() => view.current?.applyPalette(palette), [palette]);
  useEffect(() => {
    const v = view.current;
    if (v === null) return;
    v.setInstrument(inst);
    if (symbol === null) {
      curve.set(v.show(undefined));
      return;
    }
    curve.set(v.show(useWorkstationStore.getState().books[symbol]));
    return useWorkstationStore.subscribe((s, prev) => {
      const b = s.books[symbol];
      if (b !== prev.books[symbol]) curve.set(v.show(b));
    });
  }, [symbol, inst, curve]);

  const onKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    const v = view.current;
    if (v === null || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      v.stepCursor(e.key === 'ArrowLeft' ? (e.shiftKey ? -10 : -1) : e.shiftKey ? 10 : 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      v.clearCursor();
    }
  };

  return (
    <section className="market-panel depth-chart" aria-labelledby={titleId} data-symbol={symbol ?? ''}>
      <header className="market-header">
        <h2 className="ws-panel-title" id={titleId}>
          Depth {symbol !== null && <span className="ws-panel-symbol">{symbol}</span>}
        </h2>
        {symbol !== null && <BookHealth book={book} />}
      </header>
      {symbol !== null && <DepthStats channel={curve} inst={inst} />}
      <div className="chart-body">
        <div
          ref={host}
          className="chart-host"
          tabIndex={0}
          role="figure"
          aria-label={
            symbol === null ? 'Depth chart, no instrument' : `Cumulative depth of ${symbol}: bids left, asks right`
          }
          aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Escape"
          onKeyDown={onKey}
          data-testid="depth-chart"
        />
        <div className="legend-layer">
          <DepthHoverLegend channel={hover} inst={inst} />
        </div>
        {symbol === null && <p className="market-empty chart-empty">Choose an instrument in the chart header.</p>}
        <ChartCredit />
      </div>
    </section>
  );
}
