// Settles the amends the ladder sent: an order shows at its new row (pending) until its view from main has the new
// price with nothing in flight, is gone, or came back from the venue at the old price (amend refused: said so).
import { useEffect } from 'react';
import { cmp, tryDec } from '../../../../shared/domain/decimal.js';
import { isTerminalStatus, type OrderView } from '../../../../shared/domain/orders.js';
import { useWorkstationStore } from '../../state/store.js';
import { useLadderStore, type PendingAmend } from './ladder.state.js';

export type AmendVerdict = 'keep' | 'done' | 'failed';

export function judgeAmend(p: PendingAmend, o: OrderView | undefined): AmendVerdict {
  if (o === undefined || isTerminalStatus(o.status)) return 'done';
  const now = o.price === null ? null : tryDec(o.price);
  const target = tryDec(p.toPrice);
  const atTarget = now !== null && target !== null && cmp(now, target) === 0;
  if (atTarget && o.pendingClOrdId === null) return 'done';
  // Main answered, and a view of the order from then on has nothing in flight: the venue settled it one way or the
  // other. Same millisecond counts (a loopback venue answers at once); the view main answered with still had the
  // amend in flight, so it cannot be mistaken for the settled one.
  if (p.answeredAt !== null && o.updatedAt >= p.answeredAt && o.pendingClOrdId === null)
    return atTarget ? 'done' : 'failed';
  return 'keep';
}

export function usePendingAmends(): void {
  const orders = useWorkstationStore((s) => s.orders);
  const pending = useLadderStore((s) => s.pending);
  useEffect(() => {
    const ladder = useLadderStore.getState();
    for (const p of Object.values(pending)) {
      const o = orders[p.orderKey];
      const verdict = judgeAmend(p, o);
      if (verdict === 'keep') continue;
      ladder.dropPending(p.orderKey);
      if (verdict === 'failed') {
        const why = o?.text ?? `the order stayed at ${o?.price ?? p.fromPrice}`;
        ladder.setFeedback('error', `Amend to ${p.toPrice} not done: ${why}`);
      }
    }
  }, [orders, pending]);
}
