// Horizontal lines on the candle series: the last trade (coloured by its aggressor) and the trader's own working
// orders on this symbol as price levels (order-levels.ts: one line per side and price, the nearest labelled with
// total quantity and order count). Lines are kept by side and price and restyled in place, so a level that gains
// or loses an order or its label does not flash.
import { LineStyle, type IPriceLine, type ISeriesApi } from 'lightweight-charts';
import { dec, toNumber } from '../../../../shared/domain/decimal.js';
import type { TradePrint } from '../../../../shared/domain/market-data.js';
import type { ChartPalette } from '../market/palette.js';
import { levelTitle, type OrderLevel } from './order-levels.js';

type Series = ISeriesApi<'Candlestick'>;

export class PriceLines {
  private last: IPriceLine | null = null;
  private readonly orders = new Map<string, IPriceLine>();

  constructor(
    private readonly series: Series,
    private palette: ChartPalette,
  ) {}

  setPalette(palette: ChartPalette): void {
    this.palette = palette;
  }

  showLastTrade(trade: TradePrint | undefined): void {
    if (trade === undefined) {
      if (this.last !== null) this.series.removePriceLine(this.last);
      this.last = null;
      return;
    }
    const color =
      trade.side === 'sell' ? this.palette.sell : trade.side === 'buy' ? this.palette.buy : this.palette.accent;
    const options = { price: toNumber(dec(trade.price)), color, title: 'Last' };
    if (this.last === null) {
      this.last = this.series.createPriceLine({
        ...options,
        lineWidth: 1,
        lineStyle: LineStyle.Dotted,
        axisLabelVisible: true,
      });
    } else this.last.applyOptions(options);
  }

  /** Draws the levels (order-levels.ts): labelled ones dashed in the side colour with an axis label, quiet ones
   * dotted and faint without one. Lines are kept by side and price and restyled in place. */
  showOrders(levels: readonly OrderLevel[]): void {
    const keep = new Set<string>();
    for (const level of levels) {
      keep.add(level.key);
      const options = {
        price: toNumber(dec(level.price)),
        color: this.levelColor(level),
        title: level.labelled ? levelTitle(level) : '',
        axisLabelVisible: level.labelled,
        lineStyle: level.labelled ? LineStyle.Dashed : LineStyle.Dotted,
      };
      const line = this.orders.get(level.key);
      if (line === undefined) this.orders.set(level.key, this.series.createPriceLine({ ...options, lineWidth: 1 }));
      else line.applyOptions(options);
    }
    for (const [key, line] of this.orders) {
      if (keep.has(key)) continue;
      this.series.removePriceLine(line);
      this.orders.delete(key);
    }
  }

  /** Labelled levels in the side colour; quiet ones in its faint volume tint. */
  private levelColor(level: OrderLevel): string {
    const p = this.palette;
    if (level.side === 'buy') return level.labelled ? p.buy : p.buyVolume;
    return level.labelled ? p.sell : p.sellVolume;
  }

  clear(): void {
    this.showLastTrade(undefined);
    this.showOrders([]);
  }
}
