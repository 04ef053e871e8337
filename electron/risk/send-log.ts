// Memory of what actually went on the wire, for the two timing rules: the order-rate throttle counts every 35=D
// and 35=G of the last second; the duplicate guard remembers recent new orders. Only sends are recorded (the
// workstation core calls recordSent after the session accepted the message), so a refused order never counts
// against the rate and a refused duplicate does not extend its own window. Owned by the RiskEngine in main.
import { cmp, dec } from '../../shared/domain/decimal.js';
import type { CandidateOrder, SentKind } from './candidate.js';

/** The throttle's window: sends at or after `now - RATE_WINDOW_MS + 1` count, i.e. the window is (now-1 s, now]. */
export const RATE_WINDOW_MS = 1000;

/** Upper bound on remembered sends of either kind, so a runaway sender cannot grow the log without limit. */
const MAX_REMEMBERED = 10_000;

interface RememberedOrder {
  readonly order: CandidateOrder;
  readonly at: number;
}

export class SendLog {
  private sends: number[] = [];
  private recent: RememberedOrder[] = [];

  record(kind: SentKind, order: CandidateOrder, now: number, duplicateWindowMs: number): void {
    this.sends = this.sends.filter((at) => at > now - RATE_WINDOW_MS);
    this.sends.push(now);
    if (this.sends.length > MAX_REMEMBERED) this.sends.splice(0, this.sends.length - MAX_REMEMBERED);
    this.recent = this.recent.filter((r) => r.at > now - duplicateWindowMs);
    if (kind === 'new' && duplicateWindowMs > 0) {
      this.recent.push({ order, at: now });
      if (this.recent.length > MAX_REMEMBERED) this.recent.splice(0, this.recent.length - MAX_REMEMBERED);
    }
  }

  /** Sends in the window (now - 1 s, now]; a send stamped later than `now` (clock stepped back) still counts. */
  countInWindow(now: number): number {
    let n = 0;
    for (const at of this.sends) if (at > now - RATE_WINDOW_MS) n++;
    return n;
  }

  /** The newest remembered new order identical to `order` sent within (now - windowMs, now], if any. */
  findDuplicate(order: CandidateOrder, now: number, windowMs: number): RememberedOrder | undefined {
    if (windowMs <= 0) return undefined;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const r = this.recent[i];
      if (r !== undefined && r.at > now - windowMs && sameOrder(r.order, order)) return r;
    }
    return undefined;
  }

  clear(): void {
    this.sends = [];
    this.recent = [];
  }
}

/** Same session, symbol, side, type, quantity, limit price and trigger price, decimals compared by value ("1.0" is
 * "1"). The trigger price is part of "price" for stop orders: two stops at different triggers are not a double
 * click. */
function sameOrder(a: CandidateOrder, b: CandidateOrder): boolean {
  return (
    a.sessionId === b.sessionId &&
    a.symbol === b.symbol &&
    a.side === b.side &&
    a.type === b.type &&
    cmp(dec(a.qty), dec(b.qty)) === 0 &&
    samePrice(a.price, b.price) &&
    samePrice(a.stopPrice, b.stopPrice)
  );
}

function samePrice(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return cmp(dec(a), dec(b)) === 0;
}
