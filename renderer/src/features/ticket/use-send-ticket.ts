// Sending what the ticket holds: check it (exact, against the instrument's rules), send order:new, and keep the
// answer for the result box. A check that fails sends nothing and moves focus to the first field at fault.
import { useCallback } from 'react';
import { CommandChannel } from '../../../../shared/ipc/channels.js';
import { useBridge } from '../../bridge/index.js';
import { useWorkstationStore } from '../../state/store.js';
import { describeOrder } from './outcome-text.js';
import { useTicketStore, type TicketField } from './ticket.state.js';
import { validateTicket } from './validate-ticket.js';

const FIELD_ORDER: readonly TicketField[] = ['qty', 'price', 'trigger', 'expiry'];

export function useSendTicket(sessionId: string | null): () => Promise<void> {
  const { api } = useBridge();
  return useCallback(async () => {
    const ticket = useTicketStore.getState();
    if (ticket.sending) return;
    const { activeSymbol, instruments } = useWorkstationStore.getState();
    const inst = activeSymbol === null ? undefined : instruments[activeSymbol];
    const check = validateTicket(ticket, inst, sessionId, Date.now());
    ticket.setAttempted();
    if (check.request === null) {
      const first = FIELD_ORDER.find((f) => check.errors[f] !== undefined);
      if (first !== undefined) ticket.requestFocus(first);
      return;
    }
    const request = check.request;
    const summary = describeOrder(request, inst);
    ticket.setSending(true);
    ticket.setResult(null);
    try {
      const outcome = await api.call(CommandChannel.newOrder, request);
      const at = Date.now();
      if (outcome.ok) {
        ticket.setResult({
          kind: 'accepted',
          summary,
          orderKey: outcome.value.orderKey,
          clOrdId: outcome.value.clOrdId,
          at,
        });
      } else if (outcome.kind === 'rejected') {
        ticket.setResult({
          kind: 'rejected',
          summary,
          reason: outcome.reason,
          ...(outcome.refusal !== undefined ? { refusal: outcome.refusal } : {}),
          at,
        });
      } else {
        ticket.setResult({ kind: 'timed-out', summary, reason: outcome.reason, at });
      }
    } catch (err) {
      // The bridge answers every call with an outcome; this is a bug or a torn-down link, shown rather than lost.
      const reason = err instanceof Error ? err.message : String(err);
      ticket.setResult({ kind: 'rejected', summary, reason, at: Date.now() });
    } finally {
      useTicketStore.getState().setSending(false);
    }
  }, [api, sessionId]);
}
