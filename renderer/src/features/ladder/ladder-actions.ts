// The ladder's commands to main: a limit order at a row's price, cancels of the orders on a row, amends of orders
// dragged to another row, and cancel-all by side. Each answer lands in the ladder's status line; a refusal also goes
// up as a toast, since a trader clicking the ladder is watching prices, not the status line.
import type { DecimalText } from '../../../../shared/domain/decimal-text.js';
import type { InstrumentInfo } from '../../../../shared/domain/instruments.js';
import type { OrderView, Side } from '../../../../shared/domain/orders.js';
import { CommandChannel } from '../../../../shared/ipc/channels.js';
import type { CommandOutcome } from '../../../../shared/ipc/outcome.js';
import type { WorkstationApi } from '../../../../shared/ipc/workstation-api.js';
import { useWorkstationStore } from '../../state/store.js';
import { describeOrder, refusalLine } from '../ticket/outcome-text.js';
import { validateTicket } from '../ticket/validate-ticket.js';
import { useLadderStore } from './ladder.state.js';

function failure(outcome: Exclude<CommandOutcome<unknown>, { ok: true }>): string {
  if (outcome.kind === 'timed-out') return `no answer in time (${outcome.reason}); check Working orders`;
  return outcome.refusal !== undefined ? `refused by risk: ${refusalLine(outcome.refusal)}` : outcome.reason;
}

function report(level: 'ok' | 'warn' | 'error', text: string, topic: string): void {
  useLadderStore.getState().setFeedback(level, text);
  if (level === 'error') useWorkstationStore.getState().pushNotice({ level: 'error', text, time: Date.now(), topic });
}

export interface PlaceArgs {
  readonly sessionId: string | null;
  readonly inst: InstrumentInfo;
  readonly side: Side;
  readonly price: DecimalText;
  readonly qty: string;
}

export async function placeAt(api: WorkstationApi, a: PlaceArgs): Promise<void> {
  const form = {
    side: a.side,
    type: 'limit',
    qty: a.qty,
    price: a.price,
    trigger: '',
    tif: 'GTC',
    expiry: '',
    // Ladder orders rest where they are placed; on a post-only pair they must say so or the venue refuses them.
    postOnly: a.inst.status === 'post_only',
    reduceOnly: false,
  } as const;
  const check = validateTicket(form, a.inst, a.sessionId, Date.now());
  if (check.request === null) {
    const why = check.errors.qty ?? check.errors.price ?? check.errors.form ?? 'order not valid';
    report('warn', `${a.side === 'buy' ? 'Buy' : 'Sell'} at ${a.price} not sent: ${why}`, 'ladder');
    return;
  }
  const summary = describeOrder(check.request, a.inst);
  const outcome = await api.call(CommandChannel.newOrder, check.request);
  if (outcome.ok) report('ok', `${summary} sent · ClOrdID ${outcome.value.clOrdId}`, 'ladder');
  else report('error', `${summary}: ${failure(outcome)}`, `order:${a.inst.symbol}`);
}

export async function cancelOrders(api: WorkstationApi, orders: readonly OrderView[], where: string): Promise<void> {
  if (orders.length === 0) return;
  const outcomes = await Promise.all(orders.map((o) => api.call(CommandChannel.cancelOrder, { orderKey: o.orderKey })));
  const failed = outcomes.flatMap((o) => (o.ok ? [] : [failure(o)]));
  const n = orders.length;
  if (failed.length === 0) report('ok', `Cancel sent for ${n} order${n === 1 ? '' : 's'} at ${where}`, 'ladder');
  else report('error', `Cancel at ${where}: ${failed.length} of ${n} refused: ${failed[0]}`, 'ladder');
}

export async function amendOrders(
  api: WorkstationApi,
  orders: readonly OrderView[],
  toPrice: DecimalText,
): Promise<void> {
  const ladder = useLadderStore.getState();
  const moving = orders.filter((o) => ladder.pending[o.orderKey] === undefined && o.price !== null);
  for (const o of moving) {
    ladder.addPending({ orderKey: o.orderKey, side: o.side, fromPrice: o.price ?? '', toPrice, answeredAt: null });
  }
  const outcomes = await Promise.all(
    moving.map(async (o) => ({
      o,
      outcome: await api.call(CommandChannel.amendOrder, { orderKey: o.orderKey, price: toPrice }),
    })),
  );
  const failed: string[] = [];
  for (const { o, outcome } of outcomes) {
    if (outcome.ok) useLadderStore.getState().answerPending(o.orderKey, outcome.value.updatedAt);
    else {
      useLadderStore.getState().dropPending(o.orderKey);
      failed.push(failure(outcome));
    }
  }
  const n = moving.length;
  if (n === 0) return;
  if (failed.length === 0) report('ok', `Amend to ${toPrice} sent for ${n} order${n === 1 ? '' : 's'}`, 'ladder');
  else report('error', `Amend to ${toPrice}: ${failed.length} of ${n} refused: ${failed[0]}`, 'ladder');
}

export async function cancelSide(api: WorkstationApi, symbol: string, side: Side | null): Promise<void> {
  const what = side === null ? 'Cancel all' : side === 'buy' ? 'Cancel bids' : 'Cancel asks';
  const outcome = await api.call(CommandChannel.cancelAll, side === null ? { symbol } : { symbol, side });
  if (outcome.ok) {
    const n = outcome.value.requested;
    report(
      n === 0 ? 'warn' : 'ok',
      `${what} ${symbol}: ${n === 0 ? 'no working orders' : `${n} cancel${n === 1 ? '' : 's'} sent`}`,
      'ladder',
    );
  } else report('error', `${what} ${symbol}: ${failure(outcome)}`, 'ladder');
}
