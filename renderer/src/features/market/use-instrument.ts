// The active symbol and its trading rules, as every market panel reads them.
import type { InstrumentInfo } from '../../../../shared/domain/instruments.js';
import { useWorkstationStore } from '../../state/store.js';

export function useActiveSymbol(): string | null {
  return useWorkstationStore((s) => s.activeSymbol);
}

export function useInstrument(symbol: string | null): InstrumentInfo | undefined {
  return useWorkstationStore((s) => (symbol === null ? undefined : s.instruments[symbol]));
}
