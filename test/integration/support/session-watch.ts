// Waiting on one of our sessions from a test: for a state, for a predicate over its events, with a failure guard
// (not an assertion on speed) that reports the session's recent event lines.
import { SessionState, type Session } from '../../../electron/fix/session/index.js';

/** The last event lines of a session, for failure messages. */
export class SessionTrail {
  readonly lines: string[] = [];

  constructor(
    readonly name: string,
    session: Session | null,
  ) {
    if (session === null) return;
    session.on('event', (e) => this.push(e.text));
    session.on('reject', (r) =>
      this.push(
        `reject ${r.direction} ${r.kind} ref ${r.refMsgType ?? '?'}/${r.refSeq} ${r.reason ?? ''} ${r.text ?? ''}`,
      ),
    );
  }

  push(text: string): void {
    this.lines.push(text);
    if (this.lines.length > 400) this.lines.splice(0, 200);
  }

  describe(last = 30): string {
    return `${this.name}: last ${Math.min(last, this.lines.length)} session events:\n  ${this.lines.slice(-last).join('\n  ')}`;
  }
}

/** Resolves when `session` is in `state` (at once if it is). */
export function waitForState(
  session: Session,
  state: SessionState,
  trail: SessionTrail,
  timeoutMs = 20_000,
): Promise<void> {
  if (session.state === state) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(
        new Error(`${trail.name}: not ${state} within ${timeoutMs} ms (now ${session.state})\n${trail.describe()}`),
      );
    }, timeoutMs);
    const off = session.on('state', (c) => {
      if (c.to !== state) return;
      clearTimeout(timer);
      off();
      resolve();
    });
  });
}

/** Polls `check` on every macrotask turn until it is true. */
export function until(check: () => boolean, what: string, describe: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const tick = (): void => {
      if (check()) return resolve();
      if (Date.now() > deadline)
        return reject(new Error(`waiting for ${what}: not within ${timeoutMs} ms\n${describe()}`));
      setTimeout(tick, 5);
    };
    tick();
  });
}

export { SessionState };
