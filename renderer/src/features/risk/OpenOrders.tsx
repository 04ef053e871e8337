// Open orders across all sessions, per session and symbol: count by side, working quantity and notional, with
// Cancel all per session (and per symbol within it). Cancels are sent by main as one 35=F per working order.
import { useMemo, type ReactNode } from 'react';
import { CommandChannel } from '../../../../shared/ipc/channels.js';
import type { Dec } from '../../../../shared/domain/decimal.js';
import { useBridge } from '../../bridge/index.js';
import { useWorkstationStore } from '../../state/store.js';
import { formatDec } from './format.js';
import { openOrderExposure } from './open-orders.js';
import { useRiskPanelStore } from './risk.state.js';

/** "2 · 0.002": how many orders and their open quantity, exact; empty for none. */
function sideText(count: number, qty: Dec): string {
  return count === 0 ? '' : `${count} · ${formatDec(qty)}`;
}

export function OpenOrders({ linkUp }: { linkUp: boolean }): ReactNode {
  const { api } = useBridge();
  const orders = useWorkstationStore((s) => s.orders);
  const instruments = useWorkstationStore((s) => s.instruments);
  const loaded = useWorkstationStore((s) => s.ordersLoaded);
  const inFlight = useRiskPanelStore((s) => s.inFlight);
  const feedback = useRiskPanelStore((s) => s.feedback);
  const run = useRiskPanelStore((s) => s.run);
  const sessions = useMemo(() => openOrderExposure(Object.values(orders)), [orders]);
  const total = sessions.reduce((n, s) => n + s.count, 0);

  const cancelAll = (sessionId: string, symbol?: string): void => {
    if (!linkUp || inFlight !== null) return;
    const where = symbol === undefined ? sessionId : `${symbol} on ${sessionId}`;
    void run(
      'cancel-all',
      () => api.call(CommandChannel.cancelAll, symbol === undefined ? { sessionId } : { sessionId, symbol }),
      (v) => `Cancel all ${where}: ${v.requested} cancel${v.requested === 1 ? '' : 's'} sent`,
    );
  };

  return (
    <section className="risk-open" aria-labelledby="risk-open-title">
      <h3 id="risk-open-title">
        Open orders <span className="risk-count">{total}</span>
      </h3>
      <table className="pc-table" aria-labelledby="risk-open-title">
        <thead>
          <tr>
            <th scope="col">Session / symbol</th>
            <th scope="col" className="pc-num" title="Working buy orders · their open quantity">
              Buy
            </th>
            <th scope="col" className="pc-num" title="Working sell orders · their open quantity">
              Sell
            </th>
            <th scope="col" className="pc-num" title="Open quantity × limit price, in the quote currency">
              Notional
            </th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        {sessions.map((s) => (
          <tbody key={s.sessionId} data-session-id={s.sessionId}>
            <tr className="risk-session-row">
              <th scope="rowgroup" colSpan={4} className="pc-mono">
                {s.sessionId} · {s.count} open
              </th>
              <td className="risk-actions">
                <button
                  type="button"
                  className="ws-button pc-danger"
                  aria-disabled={!linkUp || inFlight !== null}
                  aria-busy={inFlight === 'cancel-all'}
                  aria-label={`Cancel all open orders on ${s.sessionId}`}
                  onClick={() => cancelAll(s.sessionId)}
                >
                  Cancel all
                </button>
              </td>
            </tr>
            {s.symbols.map((row) => {
              const info = instruments[row.symbol];
              return (
                <tr key={row.symbol}>
                  <th scope="row" className="risk-symbol">
                    {row.symbol}
                  </th>
                  <td className="pc-num pc-mono risk-buy">{sideText(row.buyCount, row.buyQty)}</td>
                  <td className="pc-num pc-mono risk-sell">{sideText(row.sellCount, row.sellQty)}</td>
                  <td
                    className="pc-num pc-mono"
                    title={row.unpriced > 0 ? `${row.unpriced} order(s) without a limit price not included` : undefined}
                  >
                    {formatDec(row.notional, Math.max(2, info?.priceDecimals ?? 2))} {info?.quote ?? ''}
                    {row.unpriced > 0 && <span className="risk-unpriced"> +{row.unpriced} unpriced</span>}
                  </td>
                  <td className="risk-actions">
                    <button
                      type="button"
                      className="ws-button"
                      aria-disabled={!linkUp || inFlight !== null}
                      aria-label={`Cancel all open ${row.symbol} orders on ${s.sessionId}`}
                      onClick={() => cancelAll(s.sessionId, row.symbol)}
                    >
                      Cancel
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
        {sessions.length === 0 && (
          <tbody>
            <tr>
              <td colSpan={5} className="pc-empty">
                {loaded ? 'No open orders.' : 'Reading orders from the workstation core…'}
              </td>
            </tr>
          </tbody>
        )}
      </table>
      {feedback?.command === 'cancel-all' && (
        <p className={feedback.ok ? 'risk-feedback' : 'risk-feedback pc-error'} role="status">
          {feedback.text}
        </p>
      )}
    </section>
  );
}
