// Keeps the ticket's form in step with the rest of the workstation: another instrument clears quantity and prices (they mean
// nothing on another pair), and a prefill from the ladder or a book click (ui.ticketPrefill) is applied once, even
// if it arrived while the ticket's tab was hidden.
import { useEffect } from 'react';
import { useWorkstationStore } from '../../state/store.js';
import { useTicketStore } from './ticket.state.js';

let formSymbol: string | null = null;
let appliedPrefill = 0;

export function usePrefillAndReset(symbol: string | null): void {
  const prefill = useWorkstationStore((s) => s.ticketPrefill);
  useEffect(() => {
    if (symbol === formSymbol) return;
    // The first symbol of the run is not a change: nothing typed yet belongs to another pair.
    if (formSymbol !== null) useTicketStore.getState().resetForSymbol();
    formSymbol = symbol;
  }, [symbol]);
  useEffect(() => {
    if (prefill === null || prefill.nonce === appliedPrefill) return;
    appliedPrefill = prefill.nonce;
    useTicketStore.getState().applyPrefill(prefill);
  }, [prefill]);
}
