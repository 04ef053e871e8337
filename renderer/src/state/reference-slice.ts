// What changes rarely and everyone reads: instruments and their rules, risk limits and the kill switch, settings.
import type { StateCreator } from 'zustand';
import type { InstrumentInfo } from '../../../shared/domain/instruments.js';
import type { RiskState } from '../../../shared/domain/risk.js';
import type { SettingsView } from '../../../shared/domain/settings.js';

export interface ReferenceSlice {
  readonly instruments: Readonly<Record<string, InstrumentInfo>>;
  readonly instrumentOrder: readonly string[];
  readonly risk: RiskState | null;
  readonly settings: SettingsView | null;
  replaceInstruments(list: readonly InstrumentInfo[]): void;
  setRisk(risk: RiskState): void;
  setSettings(settings: SettingsView): void;
}

export const createReferenceSlice: StateCreator<ReferenceSlice> = (set) => ({
  instruments: {},
  instrumentOrder: [],
  risk: null,
  settings: null,
  replaceInstruments: (list) =>
    set({
      instruments: Object.fromEntries(list.map((i) => [i.symbol, i])),
      instrumentOrder: list.map((i) => i.symbol),
    }),
  setRisk: (risk) => set({ risk }),
  setSettings: (settings) => set({ settings }),
});
