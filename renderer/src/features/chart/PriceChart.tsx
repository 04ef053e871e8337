// The price chart panel: candles and volume of the active symbol, timeframe buttons, an OHLC legend that follows the
// crosshair, the last trade and the trader's working orders as price lines. Keyboard: 1-4 timeframes; on the chart
// ←/→ step a bar cursor, Shift+←/→ scroll, +/− zoom, End back to the latest bar, Home fit all, Esc clear cursor.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useMarketSubscription } from '../../state/use-market-subscription.js';
import { ChartCredit } from '../market/ChartCredit.js';
import { SymbolSelect } from '../market/SymbolSelect.js';
import { usePalette } from '../market/palette.js';
import { useChannel, ValueChannel } from '../market/value-channel.js';
import { useActiveSymbol, useInstrument } from '../market/use-instrument.js';
import { OhlcLegend } from './OhlcLegend.js';
import { PriceChartView, type LegendState } from './price-chart-view.js';
import { TIMEFRAMES, type Timeframe } from './timeframes.js';
import '../market/market.css';
import './price-chart.css';

const DEFAULT_TF = TIMEFRAMES[0] as Timeframe;

export function PriceChartPanel(): ReactNode {
  const symbol = useActiveSymbol();
  useMarketSubscription(symbol);
  const inst = useInstrument(symbol);
  const palette = usePalette();
  const [tf, setTf] = useState<Timeframe>(DEFAULT_TF);
  const [legend] = useState(() => new ValueChannel<LegendState>({ bar: null, hovering: false }));
  const [orders] = useState(() => new ValueChannel<string>(''));
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<PriceChartView | null>(null);

  // Created once per mount; palette, symbol and timeframe are applied by the effects below.
  useEffect(() => {
    if (host.current === null) return;
    const v = new PriceChartView(host.current, palette, tf.seconds, legend.set, orders.set);
    view.current = v;
    return () => {
      v.dispose();
      view.current = null;
    };
  }, []);
  useEffect(() => view.current?.applyPalette(palette), [palette]);
  useEffect(() => view.current?.show(symbol, inst), [symbol, inst]);
  useEffect(() => view.current?.setTimeframe(tf.seconds), [tf]);

  const onPanelKey = (e: KeyboardEvent<HTMLElement>): void => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.target instanceof HTMLSelectElement) return;
    const pick = TIMEFRAMES.find((t) => t.key === e.key);
    if (pick !== undefined) {
      e.preventDefault();
      setTf(pick);
    }
  };
  const onChartKey = (e: KeyboardEvent<HTMLDivElement>): void => {
    const v = view.current;
    if (v === null || e.altKey || e.ctrlKey || e.metaKey) return;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => (e.shiftKey ? v.scrollBars(-10) : v.stepCursor(-1)),
      ArrowRight: () => (e.shiftKey ? v.scrollBars(10) : v.stepCursor(1)),
      '+': () => v.zoom(1.25),
      '=': () => v.zoom(1.25),
      '-': () => v.zoom(0.8),
      End: () => v.toLatest(),
      Home: () => v.fit(),
      Escape: () => v.clearCursor(),
    };
    const act = actions[e.key];
    if (act === undefined) return;
    e.preventDefault();
    act();
  };

  return (
    <section
      className="market-panel price-chart"
      aria-labelledby="chart-title"
      onKeyDown={onPanelKey}
      data-symbol={symbol ?? ''}
    >
      <header className="market-header">
        <h2 className="ws-panel-title" id="chart-title">
          Chart
        </h2>
        <SymbolSelect />
        <div className="timeframes" role="group" aria-label="Timeframe">
          {TIMEFRAMES.map((t) => (
            <button
              key={t.id}
              type="button"
              className="tf-button"
              aria-pressed={t.id === tf.id}
              aria-keyshortcuts={t.key}
              title={`${t.label} candles (${t.key})`}
              onClick={() => setTf(t)}
            >
              {t.id}
            </button>
          ))}
        </div>
        <span className="market-hint">←/→ cursor · Shift scroll · +/− zoom · End latest</span>
      </header>
      <div className="chart-body">
        <div
          ref={host}
          className="chart-host"
          tabIndex={0}
          role="figure"
          aria-label={symbol === null ? 'Price chart, no instrument' : `${symbol} ${tf.label} candles with volume`}
          aria-describedby="chart-legend chart-orders"
          aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight + - End Home Escape"
          onKeyDown={onChartKey}
          data-testid="price-chart"
        />
        <div id="chart-legend" className="legend-layer" aria-live="off">
          {symbol !== null && <OhlcLegend channel={legend} inst={inst} symbol={symbol} timeframe={tf.id} />}
        </div>
        <ChannelText id="chart-orders" className="sr-only" channel={orders} testId="chart-orders" />
        {symbol === null && <p className="market-empty chart-empty">Choose an instrument to chart.</p>}
        <ChartCredit />
      </div>
    </section>
  );
}

/** A text that follows a channel (the own-order levels in words): re-renders itself, not the chart panel. */
function ChannelText(p: { id: string; className: string; channel: ValueChannel<string>; testId: string }): ReactNode {
  const text = useChannel(p.channel);
  return (
    <p id={p.id} className={p.className} data-testid={p.testId}>
      {text}
    </p>
  );
}
