// The OHLC legend over the chart: the bar under the crosshair (pointer or keyboard cursor), else the newest bar;
// change against the open in price and percent, coloured by direction.
import type { ReactNode } from 'react';
import { cmp, div, fixed, mul, sub, ZERO } from '../../../../shared/domain/decimal.js';
import type { InstrumentInfo } from '../../../../shared/domain/instruments.js';
import { Digits } from '../market/Digits.js';
import { barTimeLocal } from './chart-time.js';
import { useChannel, type ValueChannel } from '../market/value-channel.js';
import type { LegendState } from './price-chart-view.js';

interface Props {
  channel: ValueChannel<LegendState>;
  inst: InstrumentInfo | undefined;
  symbol: string;
  timeframe: string;
}

export function OhlcLegend({ channel, inst, symbol, timeframe }: Props): ReactNode {
  const legend = useChannel(channel);
  const bar = legend.bar;
  const pd = inst?.priceDecimals ?? 2;
  const qd = inst?.qtyDecimals ?? 4;
  if (bar === null) {
    return (
      <div className="ohlc-legend" data-testid="ohlc-legend">
        <span className="legend-symbol">
          {symbol} · {timeframe}
        </span>
        <span className="legend-empty">No trades yet</span>
      </div>
    );
  }
  const change = sub(bar.close, bar.open);
  const pct = cmp(bar.open, ZERO) === 0 ? ZERO : div(mul(change, { units: 100n, scale: 0 }), bar.open, 2);
  const dir = cmp(change, ZERO) >= 0 ? 'up' : 'down';
  const signed = (text: string): string => (cmp(change, ZERO) > 0 ? `+${text}` : text);
  return (
    <div className={`ohlc-legend ${dir}`} data-testid="ohlc-legend" data-hovering={legend.hovering}>
      <span className="legend-symbol">
        {symbol} · {timeframe}
      </span>
      <span className="legend-time">{barTimeLocal(bar.time)}</span>
      <span>
        O <b>{fixed(bar.open, pd)}</b>
      </span>
      <span>
        H <b>{fixed(bar.high, pd)}</b>
      </span>
      <span>
        L <b>{fixed(bar.low, pd)}</b>
      </span>
      <span>
        C <b data-testid="legend-close">{fixed(bar.close, pd)}</b>
      </span>
      <span className="legend-change">
        {signed(fixed(change, pd))} ({signed(fixed(pct, 2))}%)
      </span>
      <span>
        V{' '}
        <b>
          <Digits text={fixed(bar.volume, qd)} />
        </b>
      </span>
    </div>
  );
}
