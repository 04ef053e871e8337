// What the risk panel adds to the risk slice: which command is in flight and how the last one came back. Limits
// and the kill switch themselves are main's (RiskState in the store, kept current by the risk stream).
import { create } from 'zustand';
import type { CommandOutcome } from '../../../../shared/ipc/outcome.js';

export type RiskCommand = 'save-limits' | 'engage' | 'rearm' | 'cancel-all';

export interface RiskFeedback {
  readonly command: RiskCommand;
  readonly ok: boolean;
  readonly text: string;
  readonly at: number;
}

interface RiskPanelState {
  readonly inFlight: RiskCommand | null;
  readonly feedback: RiskFeedback | null;
  /** Runs one command at a time; answers the outcome so the caller can react (close a dialog, keep a draft). */
  run<T>(
    command: RiskCommand,
    work: () => Promise<CommandOutcome<T>>,
    describe: (value: T) => string,
  ): Promise<boolean>;
}

export function outcomeText(outcome: CommandOutcome<unknown>): string {
  if (outcome.ok) return 'done';
  return outcome.kind === 'timed-out' ? `no answer in time (${outcome.reason})` : outcome.reason;
}

export const useRiskPanelStore = create<RiskPanelState>()((set, get) => ({
  inFlight: null,
  feedback: null,
  run: async (command, work, describe) => {
    if (get().inFlight !== null) return false;
    set({ inFlight: command });
    const outcome = await work();
    set({
      inFlight: null,
      feedback: {
        command,
        ok: outcome.ok,
        text: outcome.ok ? describe(outcome.value) : outcomeText(outcome),
        at: Date.now(),
      },
    });
    return outcome.ok;
  },
}));
