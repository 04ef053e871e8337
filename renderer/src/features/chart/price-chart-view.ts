// The price chart as an imperative object owned by one React panel: created once, fed straight from the store's
// subscription (no React render per tick), re-pointed on symbol or timeframe changes, recoloured on theme changes.
// Candles and volume share the time axis; volume sits on its own overlay scale in the bottom fifth.
import {
  CandlestickSeries,
  createChart,
  CrosshairMode,
  HistogramSeries,
  type IChartApi,
  type ISeriesApi,
  type AutoscaleInfo,
  type MouseEventParams,
} from 'lightweight-charts';
import { dec, toNumber } from '../../../../shared/domain/decimal.js';
import type { InstrumentInfo } from '../../../../shared/domain/instruments.js';
import { useWorkstationStore, type WorkstationState } from '../../state/store.js';
import type { ChartPalette } from '../market/palette.js';
import { CandleFeed } from './candle-feed.js';
import { crosshairTimeLocal, tickMarkLocal } from './chart-time.js';
import { describeLevels, orderLevels } from './order-levels.js';
import { PriceLines } from './price-lines.js';
import type { Bar } from './timeframes.js';

/** Working orders within this fraction of the price in view widen the autoscale (see withOrdersInView). */
const ORDER_VIEW_BAND = 0.05;

export interface LegendState {
  readonly bar: Bar | null;
  /** True while the pointer or the keyboard cursor is on a bar (else the newest bar is shown). */
  readonly hovering: boolean;
}

export class PriceChartView {
  private readonly chart: IChartApi;
  private readonly candles: ISeriesApi<'Candlestick'>;
  private readonly volume: ISeriesApi<'Histogram'>;
  private readonly feed: CandleFeed;
  private readonly lines: PriceLines;
  private symbol: string | null = null;
  private inst: InstrumentInfo | undefined;
  private unsubscribe: (() => void) | null = null;
  private hoverTime: number | null = null;
  /** The cursor bar was set from the keyboard: only a real pointer move takes it over. */
  private keyboardCursor = false;

  /** Counts series writes: exposed on the host (data-updates) with data-bars and data-order-lines, so tests and
   * tools can tell the canvas moved without reading pixels. */
  private writes = 0;

  constructor(
    private readonly host: HTMLElement,
    private palette: ChartPalette,
    seconds: number,
    private readonly onLegend: (legend: LegendState) => void,
    /** The own-order levels in words (order-levels.ts describeLevels), for the figure's description. */
    private readonly onOrders: (description: string) => void,
  ) {
    this.chart = createChart(host, {
      // Follows its area (splitters, window) through the library's own ResizeObserver on the host element.
      autoSize: true,
      // The attribution logo injects a <style> element, which the CSP refuses; the panel credits TradingView itself.
      layout: { attributionLogo: false, fontSize: 11 },
      crosshair: { mode: CrosshairMode.Normal },
      timeScale: {
        timeVisible: true,
        secondsVisible: false,
        rightOffset: 4,
        barSpacing: 8,
        tickMarkFormatter: tickMarkLocal,
      },
      localization: { locale: 'en-GB', timeFormatter: crosshairTimeLocal },
      // Room at the top for the OHLC legend, at the bottom for the volume histogram.
      rightPriceScale: { scaleMargins: { top: 0.14, bottom: 0.24 } },
    });
    // The last trade has its own line and axis label (price-lines.ts); the series' own would repeat it.
    this.candles = this.chart.addSeries(CandlestickSeries, {
      priceLineVisible: false,
      lastValueVisible: false,
      autoscaleInfoProvider: this.withOrdersInView,
    });
    this.volume = this.chart.addSeries(HistogramSeries, {
      priceScaleId: 'volume',
      priceFormat: { type: 'volume' },
      priceLineVisible: false,
      lastValueVisible: false,
    });
    this.chart.priceScale('volume').applyOptions({ scaleMargins: { top: 0.8, bottom: 0 } });
    this.feed = new CandleFeed(this.candles, this.volume, seconds, this.volumeColors());
    this.lines = new PriceLines(this.candles, palette);
    this.applyPalette(palette);
    this.chart.subscribeCrosshairMove(this.onCrosshair);
  }

  applyPalette(palette: ChartPalette): void {
    this.palette = palette;
    this.chart.applyOptions({
      layout: {
        background: { color: palette.background },
        textColor: palette.muted,
        fontFamily: palette.fontFamily,
      },
      grid: { vertLines: { color: palette.grid }, horzLines: { color: palette.grid } },
      crosshair: {
        vertLine: { color: palette.muted, labelBackgroundColor: palette.border },
        horzLine: { color: palette.muted, labelBackgroundColor: palette.border },
      },
      rightPriceScale: { borderColor: palette.border },
      timeScale: { borderColor: palette.border },
    });
    this.candles.applyOptions({
      upColor: palette.buy,
      downColor: palette.sell,
      borderUpColor: palette.buy,
      borderDownColor: palette.sell,
      wickUpColor: palette.buy,
      wickDownColor: palette.sell,
    });
    this.lines.setPalette(palette);
    this.feed?.setColors(this.volumeColors());
    if (this.symbol !== null) this.refreshLines(useWorkstationStore.getState());
  }

  /** Points the chart at a symbol (null: empty chart) and keeps it fed until the next show() or dispose(). */
  show(symbol: string | null, inst: InstrumentInfo | undefined): void {
    const priceChanged = this.inst?.priceDecimals !== inst?.priceDecimals || this.inst?.tickSize !== inst?.tickSize;
    this.inst = inst;
    if (inst !== undefined && priceChanged) {
      this.candles.applyOptions({
        priceFormat: { type: 'price', precision: inst.priceDecimals, minMove: Number(inst.tickSize) },
      });
    }
    if (symbol === this.symbol) return;
    this.unsubscribe?.();
    this.symbol = symbol;
    this.hoverTime = null;
    this.keyboardCursor = false;
    this.lines.clear();
    const st = useWorkstationStore.getState();
    this.feed.apply(symbol === null ? [] : (st.candles[symbol] ?? []));
    this.wrote();
    this.chart.timeScale().scrollToRealTime();
    this.refreshLines(st);
    this.emitLegend();
    if (symbol === null) return;
    this.unsubscribe = useWorkstationStore.subscribe((s, prev) => {
      const candles = s.candles[symbol];
      if (candles !== prev.candles[symbol]) {
        this.feed.apply(candles ?? []);
        this.wrote();
        // The bar under the cursor may be the one that just changed.
        this.emitLegend();
      }
      if (s.trades[symbol] !== prev.trades[symbol] || s.orders !== prev.orders || s.instruments !== prev.instruments) {
        this.refreshLines(s);
      }
    });
  }

  setTimeframe(seconds: number): void {
    this.hoverTime = null;
    this.keyboardCursor = false;
    this.feed.setTimeframe(seconds);
    this.wrote();
    this.chart.timeScale().scrollToRealTime();
    this.emitLegend();
  }

  /** Keyboard: step the cursor bar by `bars` (negative: older); returns false when there is nothing to step on. */
  stepCursor(bars: number): boolean {
    const data = this.candles.data();
    if (data.length === 0) return false;
    const at = this.hoverTime === null ? data.length : data.findIndex((d) => d.time === this.hoverTime);
    const index = Math.max(0, Math.min(data.length - 1, (at < 0 ? data.length - 1 : at) + bars));
    const item = data[index];
    if (item === undefined || !('close' in item)) return false;
    this.hoverTime = item.time as number;
    this.keyboardCursor = true;
    const ts = this.chart.timeScale();
    const range = ts.getVisibleLogicalRange();
    if (range !== null) {
      // scrollPosition counts bars from the newest bar to the right edge.
      const width = range.to - range.from;
      if (index < range.from + 1) ts.scrollToPosition(index + width - 2 - (data.length - 1), false);
      else if (index > range.to - 1) ts.scrollToPosition(index + 2 - (data.length - 1), false);
    }
    this.chart.setCrosshairPosition(item.close, item.time, this.candles);
    this.emitLegend();
    return true;
  }

  clearCursor(): void {
    this.hoverTime = null;
    this.keyboardCursor = false;
    this.chart.clearCrosshairPosition();
    this.emitLegend();
  }

  scrollBars(bars: number): void {
    const ts = this.chart.timeScale();
    ts.scrollToPosition(ts.scrollPosition() + bars, false);
  }

  zoom(factor: number): void {
    const ts = this.chart.timeScale();
    const spacing = ts.options().barSpacing;
    ts.applyOptions({ barSpacing: Math.max(1, Math.min(50, spacing * factor)) });
  }

  toLatest(): void {
    this.chart.timeScale().scrollToRealTime();
  }

  fit(): void {
    this.chart.timeScale().fitContent();
  }

  dispose(): void {
    this.unsubscribe?.();
    this.chart.unsubscribeCrosshairMove(this.onCrosshair);
    this.chart.remove();
  }

  private volumeColors(): { upVolume: string; downVolume: string } {
    return { upVolume: this.palette.buyVolume, downVolume: this.palette.sellVolume };
  }

  private refreshLines(s: WorkstationState): void {
    if (this.symbol === null) {
      this.onOrders('');
      return;
    }
    const trades = s.trades[this.symbol];
    const last = trades?.[trades.length - 1];
    this.lines.showLastTrade(last);
    const symbol = this.symbol;
    const mine = Object.values(s.orders).filter((o) => o.symbol === symbol);
    const result = orderLevels(mine, last?.price ?? null);
    const { levels, orders, omitted } = result;
    // Only labelled levels widen the autoscale: quiet ones far out would flatten the candles.
    this.orderPrices = levels.filter((l) => l.labelled).map((l) => toNumber(dec(l.price)));
    this.lines.showOrders(levels);
    // For tests and tools: working orders, lines drawn, labelled lines, levels left off.
    const data = this.host.dataset;
    data['orders'] = String(orders);
    data['orderLines'] = String(levels.length);
    data['orderLabels'] = String(levels.filter((l) => l.labelled).length);
    data['orderLevelsOmitted'] = String(omitted);
    this.onOrders(describeLevels(result, (s.instruments[symbol] ?? this.inst)?.priceDecimals));
  }

  private wrote(): void {
    this.host.dataset['bars'] = String(this.feed.barCount);
    this.host.dataset['updates'] = String(++this.writes);
  }

  /** Working-order prices kept in view by the autoscale (price lines alone do not widen it). */
  private orderPrices: number[] = [];

  /** Widens the candles' autoscale to the trader's working orders within ORDER_VIEW_BAND of the visible range, so
   * a resting order near the market is on screen; one far away would flatten the candles and stays off it. */
  private readonly withOrdersInView = (base: () => AutoscaleInfo | null): AutoscaleInfo | null => {
    const info = base();
    const range = info?.priceRange;
    if (info === null || range === null || range === undefined || this.orderPrices.length === 0) return info;
    const mid = (range.minValue + range.maxValue) / 2;
    let { minValue, maxValue } = range;
    for (const p of this.orderPrices) {
      if (Math.abs(p - mid) > mid * ORDER_VIEW_BAND) continue;
      minValue = Math.min(minValue, p);
      maxValue = Math.max(maxValue, p);
    }
    return { ...info, priceRange: { minValue, maxValue } };
  };

  private readonly onCrosshair = (param: MouseEventParams): void => {
    // A keyboard cursor (setCrosshairPosition) raises this event too, with no pointer event behind it.
    if (this.keyboardCursor && param.sourceEvent === undefined) return;
    this.keyboardCursor = false;
    this.hoverTime = typeof param.time === 'number' ? param.time : null;
    this.emitLegend();
  };

  private emitLegend(): void {
    this.onLegend({ bar: this.feed.barAt(this.hoverTime), hovering: this.hoverTime !== null });
  }
}
