// The depth chart's figures: mid, spread, quantity on each side within the subscribed depth and the bid share, plus
// the price and cumulative quantity under the crosshair.
import type { ReactNode } from 'react';
import { fixed } from '../../../../shared/domain/decimal.js';
import type { InstrumentInfo } from '../../../../shared/domain/instruments.js';
import { Digits } from '../market/Digits.js';
import { formatMid } from '../market/format.js';
import { useChannel, type ValueChannel } from '../market/value-channel.js';
import { bidShare, type DepthCurve, type DepthPoint } from './depth-curve.js';

interface StatsProps {
  channel: ValueChannel<DepthCurve | null>;
  inst: InstrumentInfo | undefined;
}

export function DepthStats({ channel, inst }: StatsProps): ReactNode {
  const curve = useChannel(channel);
  const pd = inst?.priceDecimals ?? 2;
  const qd = inst?.qtyDecimals ?? 4;
  const share = curve === null ? null : bidShare(curve);
  return (
    <dl className="depth-stats">
      <div>
        <dt>Mid</dt>
        <dd data-testid="depth-mid">{curve === null || curve.mid === null ? '—' : formatMid(curve.mid, pd)}</dd>
      </div>
      <div>
        <dt>Spread</dt>
        <dd data-testid="depth-spread">{curve === null || curve.spread === null ? '—' : fixed(curve.spread, pd)}</dd>
      </div>
      <div className="side-buy">
        <dt>Bids Σ</dt>
        <dd data-testid="depth-bid-total">{curve === null ? '—' : <Digits text={fixed(curve.bidTotal, qd)} />}</dd>
      </div>
      <div className="side-sell">
        <dt>Asks Σ</dt>
        <dd data-testid="depth-ask-total">{curve === null ? '—' : <Digits text={fixed(curve.askTotal, qd)} />}</dd>
      </div>
      <div>
        <dt title="Bid quantity as a share of all quantity in the subscribed depth">Bid share</dt>
        <dd>{share === null ? '—' : `${fixed(share, 1)}%`}</dd>
      </div>
    </dl>
  );
}

interface HoverProps {
  channel: ValueChannel<DepthPoint | null>;
  inst: InstrumentInfo | undefined;
}

export function DepthHoverLegend({ channel, inst }: HoverProps): ReactNode {
  const point = useChannel(channel);
  if (point === null) return null;
  const pd = inst?.priceDecimals ?? 2;
  const qd = inst?.qtyDecimals ?? 4;
  return (
    <div className="depth-hover" data-testid="depth-hover">
      <span>
        Price <b>{fixed(point.price, pd)}</b>
      </span>
      {point.bid !== null && (
        <span className="side-buy">
          Bids ≥ price{' '}
          <b>
            <Digits text={fixed(point.bid, qd)} />
          </b>
        </span>
      )}
      {point.ask !== null && (
        <span className="side-sell">
          Asks ≤ price{' '}
          <b>
            <Digits text={fixed(point.ask, qd)} />
          </b>
        </span>
      )}
      {point.bid === null && point.ask === null && <span>In the spread</span>}
    </div>
  );
}
