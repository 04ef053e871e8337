// Fault injection of the embedded exchange (main process), for reliability tests and for demonstrating recovery:
// every fault acts on the live sessions of the trading acceptor, the market-data acceptor or both, and logs one
// line. Wire faults (drop, delay, garble) go through the FaultyTransport each connection is wrapped in; sequence
// faults use the session's own store and send path; the book checksum fault is the market-data hub's.
import { SessionState, type Session } from '../../fix/session/index.js';
import type { AcceptorSessionIdentity } from '../../fix/acceptor/index.js';
import type { Transport } from '../../fix/transport/transport.js';
import type { GarbleKind } from './garble.js';
import { FaultyTransport, systemFaultTimers, type DelayWindow, type FaultTimers } from './faulty-transport.js';

/** Which acceptor a fault acts on. */
export type FaultSide = 'trading' | 'md';
export type FaultTarget = FaultSide | 'all';

/** What a fault did: the line it logged, and the sessions it reached (`trading ALICE`, `md ALICE-MD`). */
export interface FaultReport {
  readonly text: string;
  readonly sessions: readonly string[];
}

export interface FaultInjectorDeps {
  /** The acceptor's sessions by client CompID (connected or not). */
  sessions(side: FaultSide): ReadonlyMap<string, Session>;
  /** Arms a wrong 5041 on the next book incremental of every subscription to `symbol`; returns how many. */
  corruptNextChecksum(symbol: string): number;
  isKnownSymbol(symbol: string): boolean;
  /** Told before the daily reset logs everyone out (the trading gateway applies cancel on disconnect). */
  beforeDailyReset?(): void;
  log(line: string): void;
  timers?: FaultTimers;
}

const SIDES: readonly FaultSide[] = ['trading', 'md'];
const DAILY_RESET_TEXT = 'Daily session reset';

export class FaultInjector {
  private readonly live = new Map<string, FaultyTransport>();
  private readonly timers: FaultTimers;

  constructor(private readonly d: FaultInjectorDeps) {
    this.timers = d.timers ?? systemFaultTimers;
  }

  /** The acceptor's `wrapTransport` for one side: every identified connection gets a FaultyTransport. */
  wrapper(side: FaultSide): (t: Transport, identity: AcceptorSessionIdentity) => Transport {
    return (t, identity) => {
      const key = keyOf(side, identity.targetCompId);
      const faulty = new FaultyTransport(t, this.timers);
      this.live.set(key, faulty);
      t.on('disconnected', () => {
        if (this.live.get(key) === faulty) this.live.delete(key);
      });
      return faulty;
    };
  }

  /** The next `count` outbound messages of each session are numbered and stored but never written: the client
   * sees a gap, sends a ResendRequest, and gets them replayed from the store. */
  dropNext(target: FaultTarget, count = 1): FaultReport {
    positive('dropNext count', count);
    const hit = this.eachTransport(target, (t) => t.dropNext(count));
    return this.report(hit, `dropping the next ${plural(count, 'outbound message')}`, target);
  }

  /** Holds each outbound write `ms` before it reaches the socket, for the next `window.messages` writes and/or
   * every write within `window.forMs` (default: the next message). Order is kept. */
  delay(target: FaultTarget, ms: number, window: DelayWindow = { messages: 1 }): FaultReport {
    positive('delay ms', ms);
    if (window.messages === undefined && window.forMs === undefined)
      throw new RangeError('delay needs a number of messages or a period');
    if (window.messages !== undefined) positive('delay messages', window.messages);
    if (window.forMs !== undefined) positive('delay period', window.forMs);
    const hit = this.eachTransport(target, (t) => t.delay(ms, window));
    const span = [
      ...(window.messages !== undefined ? [`the next ${plural(window.messages, 'message')}`] : []),
      ...(window.forMs !== undefined ? [`${window.forMs} ms`] : []),
    ].join(' or ');
    return this.report(hit, `delaying outbound writes by ${ms} ms for ${span}`, target);
  }

  /** Our outbound number jumps `count` ahead and a Heartbeat shows the client the gap at once; the ResendRequest
   * it sends is answered with a SequenceReset-GapFill (nothing is stored under the skipped numbers). */
  skipSeq(target: FaultTarget, count = 1): FaultReport {
    positive('skipSeq count', count);
    const hit = this.eachActive(target, (s) => {
      s.o.store.setNextSenderSeq(s.nextSenderSeq + count);
      s.sendAdmin('0', () => undefined);
    });
    return this.report(hit, `skipped ${plural(count, 'outbound sequence number')}`, target);
  }

  /** Abrupt close of the socket, no Logout (on the trading side, cancel on disconnect applies). */
  disconnect(target: FaultTarget): FaultReport {
    const hit = this.eachConnected(target, (s) => s.disconnect('fault injection: connection dropped', true));
    return this.report(hit, 'dropped the connection without a Logout', target);
  }

  /** The next outbound message goes out with a wrong CheckSum (or a BodyLength one short): the client must drop
   * it and log it, then find the gap at the following message and have it resent. */
  garble(target: FaultTarget, kind: GarbleKind = 'checksum'): FaultReport {
    if (kind !== 'checksum' && kind !== 'body-length') throw new RangeError(`garble kind ${String(kind)}`);
    const hit = this.eachTransport(target, (t) => t.garbleNext(kind));
    const what = kind === 'checksum' ? 'a wrong CheckSum' : 'a BodyLength one short';
    return this.report(hit, `the next outbound message goes out with ${what}`, target);
  }

  /** The next book incremental (X) of `symbol` on every subscription carries a wrong 5041: the client's book
   * check fails and it must resubscribe. */
  corruptNextChecksum(symbol: string): FaultReport {
    if (!this.d.isKnownSymbol(symbol)) throw new RangeError(`unknown symbol ${symbol}`);
    const feeds = this.d.corruptNextChecksum(symbol);
    const text = `fault: md: the next ${symbol} incremental carries a wrong 5041 (${plural(feeds, 'subscription')})`;
    this.d.log(text);
    return { text, sessions: feeds > 0 ? [`md ${symbol}`] : [] };
  }

  /** Kraken's 22:00 UTC rollover now: every logged-on client of both acceptors gets a Logout, and every session's
   * numbers restart at 1 for the next Logon (a session not connected is reset at once). Trading sessions that
   * asked for cancel on disconnect lose their orders, as at Kraken's rollover. */
  dailyReset(): FaultReport {
    const names: string[] = [];
    this.d.beforeDailyReset?.();
    for (const side of SIDES) {
      for (const [client, s] of this.d.sessions(side)) {
        names.push(`${side} ${client}`);
        if (!s.isConnected) {
          s.resetNumbers('daily reset');
          continue;
        }
        const off = s.on('state', (c) => {
          if (c.to !== SessionState.Disconnected) return;
          off();
          s.resetNumbers('daily reset');
        });
        s.logout(DAILY_RESET_TEXT);
      }
    }
    const text = `fault: daily reset: Logout to every client, sequence numbers back to 1 (${names.length} sessions)`;
    this.d.log(text);
    return { text, sessions: names };
  }

  private eachTransport(target: FaultTarget, act: (t: FaultyTransport) => void): string[] {
    const hit: string[] = [];
    for (const side of sidesOf(target)) {
      for (const [client, s] of this.d.sessions(side)) {
        const t = this.live.get(keyOf(side, client));
        if (t === undefined || !s.isConnected || !t.isOpen) continue;
        act(t);
        hit.push(`${side} ${client}`);
      }
    }
    return hit;
  }

  private eachConnected(target: FaultTarget, act: (s: Session) => void, activeOnly = false): string[] {
    const hit: string[] = [];
    for (const side of sidesOf(target)) {
      for (const [client, s] of this.d.sessions(side)) {
        if (!s.isConnected || (activeOnly && s.state !== SessionState.Active)) continue;
        act(s);
        hit.push(`${side} ${client}`);
      }
    }
    return hit;
  }

  private eachActive(target: FaultTarget, act: (s: Session) => void): string[] {
    return this.eachConnected(target, act, true);
  }

  private report(sessions: string[], what: string, target: FaultTarget): FaultReport {
    const text =
      sessions.length > 0
        ? `fault: ${sessions.join(', ')}: ${what}`
        : `fault: no live ${target === 'all' ? '' : `${target} `}session: nothing done (${what})`;
    this.d.log(text);
    return { text, sessions };
  }
}

function keyOf(side: FaultSide, client: string): string {
  return `${side}\u0000${client}`;
}

function sidesOf(target: FaultTarget): readonly FaultSide[] {
  if (target === 'all') return SIDES;
  if (target === 'trading' || target === 'md') return [target];
  throw new RangeError(`fault target must be trading, md or all; got ${String(target)}`);
}

function positive(what: string, n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${what} must be a whole number >= 1, got ${String(n)}`);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
