// Horizontal lines on the candle series: the last trade (coloured by its aggressor) and the trader's own working
// orders on this symbol (buy/sell colours, dashed, titled with side and remaining quantity). Lines are kept by order
// key and moved in place, so an amend slides a line rather than flashing a new one.
import { LineStyle, type IPriceLine, type ISeriesApi } from 'lightweight-charts';
import { dec, isZero, toNumber } from '../../../../shared/domain/decimal.js';
import type { InstrumentInfo } from '../../../../shared/domain/instruments.js';
import type { TradePrint } from '../../../../shared/domain/market-data.js';
import { isTerminalStatus, type OrderView } from '../../../../shared/domain/orders.js';
import type { ChartPalette } from '../market/palette.js';
import { formatQty } from '../market/format.js';

type Series = ISeriesApi<'Candlestick'>;

export function workingOrdersOf(orders: Readonly<Record<string, OrderView>>, symbol: string): OrderView[] {
  return Object.values(orders).filter(
    (o) => o.symbol === symbol && o.price !== null && !isTerminalStatus(o.status) && !isZero(dec(o.leavesQty)),
  );
}

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

  showOrders(working: readonly OrderView[], inst: InstrumentInfo | undefined): void {
    const keep = new Set<string>();
    for (const o of working) {
      if (o.price === null) continue;
      keep.add(o.orderKey);
      const options = {
        price: toNumber(dec(o.price)),
        color: o.side === 'buy' ? this.palette.buy : this.palette.sell,
        title: `${o.side === 'buy' ? 'B' : 'S'} ${formatQty(o.leavesQty, inst)}`,
      };
      const line = this.orders.get(o.orderKey);
      if (line === undefined) {
        this.orders.set(
          o.orderKey,
          this.series.createPriceLine({
            ...options,
            lineWidth: 1,
            lineStyle: LineStyle.Dashed,
            axisLabelVisible: true,
          }),
        );
      } else line.applyOptions(options);
    }
    for (const [key, line] of this.orders) {
      if (keep.has(key)) continue;
      this.series.removePriceLine(line);
      this.orders.delete(key);
    }
  }

  clear(): void {
    this.showLastTrade(undefined);
    this.showOrders([], undefined);
  }
}
