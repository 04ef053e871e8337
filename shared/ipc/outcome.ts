// Every command the renderer sends to main ends in exactly one of these (VS Code's call/reply, Artio's Reply):
// the core accepted it and says what it did, refused it with a reason a trader can read, or did not answer in time.
import type { RiskRefusal } from '../domain/risk.js';

export interface Accepted<T> {
  readonly ok: true;
  readonly value: T;
}

export interface Rejected {
  readonly ok: false;
  readonly kind: 'rejected';
  readonly reason: string;
  /** Set when a pre-trade risk check refused the order: which rule, its limit and what the order would do. */
  readonly refusal?: RiskRefusal;
}

/** No answer before the deadline. The command may still take effect: the status stream is the truth. */
export interface TimedOut {
  readonly ok: false;
  readonly kind: 'timed-out';
  readonly reason: string;
}

export type CommandOutcome<T> = Accepted<T> | Rejected | TimedOut;

export function accepted<T>(value: T): Accepted<T> {
  return { ok: true, value };
}

export function rejected(reason: string, refusal?: RiskRefusal): Rejected {
  return refusal === undefined
    ? { ok: false, kind: 'rejected', reason }
    : { ok: false, kind: 'rejected', reason, refusal };
}

export function timedOut(reason: string): TimedOut {
  return { ok: false, kind: 'timed-out', reason };
}

/** Settles with `work`'s outcome, or with a timed-out outcome after `ms`; a late answer is ignored. */
export function withDeadline<T>(
  work: Promise<CommandOutcome<T>>,
  ms: number,
  what: string,
): Promise<CommandOutcome<T>> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(timedOut(`${what}: no answer within ${ms} ms`)), ms);
    work.then(
      (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      },
      (err: unknown) => {
        clearTimeout(timer);
        resolve(rejected(`${what}: ${err instanceof Error ? err.message : String(err)}`));
      },
    );
  });
}
