// The depth chart on lightweight-charts' options chart (price on the horizontal scale), created once per panel and
// redrawn per book frame with setData on its two area series: every frame replaces the whole curve, so there is no
// last point to update(). The grid (depth-curve.ts) makes index spacing proportional to price. Scrolling and zooming
// are off: the view always fits the subscribed depth, centred on the mid.
import {
  AreaSeries,
  createOptionsChart,
  CrosshairMode,
  LineType,
  type AreaData,
  type AutoscaleInfo,
  type DeepPartial,
  type PriceChartOptions,
  type IChartApiBase,
  type ISeriesApi,
  type MouseEventParams,
  type WhitespaceData,
} from 'lightweight-charts';
import { dec, toNumber } from '../../../../shared/domain/decimal.js';
import type { InstrumentInfo } from '../../../../shared/domain/instruments.js';
import type { BookFrame } from '../../../../shared/domain/market-data.js';
import { formatMid } from '../market/format.js';
import type { ChartPalette } from '../market/palette.js';
import { depthCurve, type DepthCurve, type DepthPoint } from './depth-curve.js';
import { MidLine } from './mid-line.js';

type Area = ISeriesApi<'Area', number>;
type Datum = AreaData<number> | WhitespaceData<number>;

export class DepthChartView {
  private readonly chart: IChartApiBase<number>;
  private readonly bids: Area;
  private readonly asks: Area;
  private readonly mid: MidLine;
  private curve: DepthCurve | null = null;
  private inst: InstrumentInfo | undefined;
  /** Point index of the keyboard cursor, null when the pointer (or nothing) drives the crosshair. */
  private cursor: number | null = null;
  /** Point index under the crosshair (pointer or keyboard): its read-out is refreshed on every frame. */
  private hoverIndex: number | null = null;

  private frames = 0;

  constructor(
    private readonly host: HTMLElement,
    palette: ChartPalette,
    private readonly onHover: (point: DepthPoint | null) => void,
  ) {
    this.chart = createOptionsChart(host, {
      // Follows its area (splitters, window) through the library's own ResizeObserver on the host element.
      autoSize: true,
      // The attribution logo injects a <style> element, which the CSP refuses; the panel credits TradingView itself.
      layout: { attributionLogo: false, fontSize: 11 },
      handleScroll: false,
      handleScale: false,
      crosshair: { mode: CrosshairMode.Magnet },
      timeScale: { rightOffset: 0, fixLeftEdge: true, fixRightEdge: true, lockVisibleTimeRangeOnResize: true },
      rightPriceScale: { scaleMargins: { top: 0.14, bottom: 0 } },
    });
    const common = {
      // Depth is measured from zero: without this the scale would start at the thinnest step and exaggerate it.
      autoscaleInfoProvider: fromZero,
      lineType: LineType.WithSteps,
      lineWidth: 2,
      priceLineVisible: false,
      lastValueVisible: false,
      crosshairMarkerRadius: 3,
    } as const;
    this.bids = this.chart.addSeries(AreaSeries, { ...common, title: '' });
    this.asks = this.chart.addSeries(AreaSeries, { ...common, title: '' });
    this.mid = new MidLine(this.midStyle(palette));
    this.bids.attachPrimitive(this.mid);
    this.applyPalette(palette);
    this.chart.subscribeCrosshairMove(this.onCrosshair);
  }

  applyPalette(p: ChartPalette): void {
    this.chart.applyOptions({
      layout: { background: { color: p.background }, textColor: p.muted, fontFamily: p.fontFamily },
      grid: { vertLines: { color: p.grid }, horzLines: { color: p.grid } },
      crosshair: {
        vertLine: { color: p.muted, labelBackgroundColor: p.border },
        horzLine: { color: p.muted, labelBackgroundColor: p.border },
      },
      rightPriceScale: { borderColor: p.border },
      timeScale: { borderColor: p.border },
    });
    this.bids.applyOptions({ lineColor: p.buy, topColor: p.buyFill, bottomColor: p.buyFill });
    this.asks.applyOptions({ lineColor: p.sell, topColor: p.sellFill, bottomColor: p.sellFill });
    this.mid.setStyle(this.midStyle(p));
  }

  setInstrument(inst: InstrumentInfo | undefined): void {
    this.inst = inst;
    const priceDecimals = inst?.priceDecimals ?? 2;
    const qtyDecimals = inst?.qtyDecimals ?? 4;
    // The horizontal (price) scale's labels: PriceChartOptions, which applyOptions' base type does not name.
    this.chart.applyOptions({ localization: { precision: priceDecimals } } as DeepPartial<PriceChartOptions>);
    // Cumulative quantity on the vertical scale, at the instrument's lot precision (not more than 4: it is a scale).
    const priceFormat = {
      type: 'price',
      precision: Math.min(qtyDecimals, 4),
      minMove: 10 ** -Math.min(qtyDecimals, 4),
    } as const;
    this.bids.applyOptions({ priceFormat });
    this.asks.applyOptions({ priceFormat });
  }

  /** Redraws from a frame; returns the curve (the panel shows its totals). */
  show(book: BookFrame | undefined): DepthCurve {
    const tick = this.inst === undefined ? null : dec(this.inst.tickSize);
    const curve = depthCurve(book, tick ?? fallbackTick(book));
    this.curve = curve;
    if (this.cursor !== null && this.cursor >= curve.points.length) this.cursor = null;
    if (this.hoverIndex !== null) this.onHover(curve.points[this.hoverIndex] ?? null);
    const bids: Datum[] = [];
    const asks: Datum[] = [];
    for (const p of curve.points) {
      bids.push(p.bid === null ? { time: p.x } : { time: p.x, value: toNumber(p.bid) });
      if (p.ask !== null) asks.push({ time: p.x, value: toNumber(p.ask) });
    }
    this.bids.setData(bids);
    this.asks.setData(asks);
    // What was plotted, on the host element: tests and tools can tell both sides are drawn without reading pixels.
    this.host.dataset['bidPoints'] = String(bids.length - bids.filter((d) => !('value' in d)).length);
    this.host.dataset['askPoints'] = String(asks.length);
    this.host.dataset['frames'] = String(++this.frames);
    this.chart.timeScale().fitContent();
    this.mid.set(
      curve.midIndex,
      curve.mid === null ? '' : `Mid ${formatMid(curve.mid, this.inst?.priceDecimals ?? 2)}`,
    );
    return curve;
  }

  /** Keyboard: move the crosshair `by` plotted points (from the mid on the first press), stepping over the
   * spread: setCrosshairPosition cannot sit on a point where neither series has a value. */
  stepCursor(by: number): void {
    const points = this.curve?.points ?? [];
    const plotted = points.flatMap((p, i) => (p.bid === null && p.ask === null ? [] : [i]));
    if (plotted.length === 0) return;
    const anchor = this.cursor ?? this.curve?.midIndex ?? points.length / 2;
    // From the mid, the first step lands on the nearest plotted point on that side.
    let at = plotted.findIndex((i) => i >= anchor);
    if (at < 0) at = plotted.length;
    const from = this.cursor !== null ? at : by < 0 ? at : at - 1;
    const index = plotted[Math.max(0, Math.min(plotted.length - 1, from + by))];
    const p = index === undefined ? undefined : points[index];
    if (index === undefined || p === undefined) return;
    this.cursor = index;
    this.hoverIndex = index;
    const onAsk = p.ask !== null;
    this.chart.setCrosshairPosition(toNumber((onAsk ? p.ask : p.bid) ?? dec('0')), p.x, onAsk ? this.asks : this.bids);
    this.onHover(p);
  }

  clearCursor(): void {
    this.cursor = null;
    this.hoverIndex = null;
    this.chart.clearCrosshairPosition();
    this.onHover(null);
  }

  dispose(): void {
    this.chart.unsubscribeCrosshairMove(this.onCrosshair);
    this.chart.remove();
  }

  private midStyle(p: ChartPalette): { color: string; textColor: string; background: string; font: string } {
    return { color: p.text, textColor: p.text, background: p.background, font: `11px ${p.fontFamily}` };
  }

  private readonly onCrosshair = (param: MouseEventParams<number>): void => {
    // setCrosshairPosition raises this too, without a pointer event behind it: the keyboard cursor keeps its point.
    if (this.cursor !== null && param.sourceEvent === undefined) return;
    this.cursor = null;
    this.hoverIndex = param.logical === undefined ? null : Math.round(param.logical);
    this.onHover(this.hoverIndex === null ? null : (this.curve?.points[this.hoverIndex] ?? null));
  };
}

function fromZero(base: () => AutoscaleInfo | null): AutoscaleInfo | null {
  const info = base();
  if (info === null || info.priceRange === null) return info;
  return { ...info, priceRange: { minValue: 0, maxValue: info.priceRange.maxValue } };
}

/** Before the instrument's rules arrive: the finest step the book's own prices show. */
function fallbackTick(book: BookFrame | undefined): ReturnType<typeof dec> {
  const scale = Math.max(0, ...[...(book?.bids ?? []), ...(book?.asks ?? [])].map((l) => dec(l.price).scale));
  return { units: 1n, scale };
}
