// The answer to the last send. Accepted: the ClOrdID and the order's status as it moves on (from the orders
// stream), including a venue reject that arrives after main put the order on the wire. Refused by risk: the rule,
// its limit and what this order would have done. Any other refusal or a timeout: the reason, prominently.
import { useEffect, useRef, type ReactNode, type Ref } from 'react';
import { useWorkstationStore } from '../../state/store.js';
import { RISK_RULE_LABEL } from './outcome-text.js';
import type { SendResult } from './ticket.state.js';

const STATUS_LABEL: Readonly<Record<string, string>> = {
  'pending-new': 'Pending new',
  new: 'Working',
  'partially-filled': 'Partially filled',
  filled: 'Filled',
  'pending-cancel': 'Pending cancel',
  'pending-replace': 'Pending amend',
  canceled: 'Cancelled',
  replaced: 'Amended',
  rejected: 'Rejected by venue',
  expired: 'Expired',
  suspended: 'Suspended',
  'done-for-day': 'Done for day',
  stopped: 'Stopped',
};

function timeOf(at: number): string {
  return new Date(at).toLocaleTimeString('en-GB', { hour12: false });
}

function Accepted({
  ref,
  result,
}: {
  ref: Ref<HTMLDivElement>;
  result: Extract<SendResult, { kind: 'accepted' }>;
}): ReactNode {
  const order = useWorkstationStore((s) => s.orders[result.orderKey]);
  const status = order?.status ?? 'pending-new';
  const venueReject = status === 'rejected';
  return (
    <div
      ref={ref}
      className={`tk-result ${venueReject ? 'rejected' : 'accepted'}`}
      role="status"
      data-result={venueReject ? 'venue-rejected' : 'accepted'}
    >
      <p className="tk-result-title">
        {venueReject ? 'Rejected by venue' : 'Sent'} <span className="tk-result-time">{timeOf(result.at)}</span>
      </p>
      <p className="tk-result-summary">{result.summary}</p>
      <dl className="tk-result-facts">
        <dt>ClOrdID</dt>
        <dd className="mono" data-testid="ticket-clordid">
          {order?.clOrdId ?? result.clOrdId}
        </dd>
        <dt>Status</dt>
        <dd data-testid="ticket-order-status" data-status={status}>
          {STATUS_LABEL[status] ?? status}
        </dd>
        {order?.text !== null && order?.text !== undefined && (
          <>
            <dt>Venue</dt>
            <dd>{order.text}</dd>
          </>
        )}
      </dl>
    </div>
  );
}

export function TicketResult({ result }: { result: SendResult | null }): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  // A new answer is brought into view: on a short panel it sits under the send button, below the fold. Braces
  // matter: Chromium's scrollIntoView now returns a promise, which React would take for a cleanup function.
  useEffect(() => {
    void ref.current?.scrollIntoView({ block: 'nearest' });
  }, [result]);
  if (result === null) return null;
  if (result.kind === 'accepted') return <Accepted ref={ref} result={result} />;
  if (result.kind === 'rejected' && result.refusal !== undefined) {
    const r = result.refusal;
    return (
      <div ref={ref} className="tk-result rejected" role="alert" data-result="risk-refused" data-rule={r.rule}>
        <p className="tk-result-title">
          <span>Refused by risk · {RISK_RULE_LABEL[r.rule]}</span>
          <span className="tk-result-time">{timeOf(result.at)}</span>
        </p>
        <dl className="tk-result-facts tk-result-inline">
          <dt>Limit</dt>
          <dd data-testid="refusal-limit">{r.limit}</dd>
          <dt>This order</dt>
          <dd data-testid="refusal-actual">{r.actual}</dd>
        </dl>
        <p className="tk-result-reason">{r.message}</p>
      </div>
    );
  }
  const timedOut = result.kind === 'timed-out';
  return (
    <div ref={ref} className={`tk-result ${timedOut ? 'timed-out' : 'rejected'}`} role="alert" data-result={result.kind}>
      <p className="tk-result-title">
        {timedOut ? 'No answer in time' : 'Rejected'} <span className="tk-result-time">{timeOf(result.at)}</span>
      </p>
      <p className="tk-result-reason">{result.reason}</p>
      {timedOut && <p className="tk-result-hint">The order may still be live: check Working orders before resending.</p>}
      <p className="tk-result-summary">{result.summary}</p>
    </div>
  );
}
