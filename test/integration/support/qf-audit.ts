// Reading a QuickFIX peer's stdout history (one event list per process run, all runs on the same store) back into
// what happened to the sequence numbers: which inbound numbers it handled (and how), which outbound messages it
// really sent, and whether anything was handled twice. Pure functions over events, so the rules are testable.
import type { QfEvent, QfEventOf } from '../../support/quickfix-peer.js';

export interface InboundAudit {
  /** Every inbound MsgSeqNum QuickFIX accounted for: handled (a *_IN line) or skipped by a GapFill's NewSeqNo. */
  covered: Set<number>;
  maxSeq: number;
  /** Numbers in 1..maxSeq that nothing accounts for: an unrecovered gap. */
  missing: number[];
  /** Application messages delivered twice: allowed only as a PossDup repeat in a later run (the previous process
   * was killed after printing, before recording the number). */
  repeats: Array<{ seq: number; first: QfEventOf<'APP_IN'>; again: QfEventOf<'APP_IN'> }>;
  problems: string[];
}

type InLine = QfEventOf<'ADMIN_IN'> | QfEventOf<'APP_IN'>;

function isIn(e: QfEvent): e is InLine {
  return e.kind === 'ADMIN_IN' || e.kind === 'APP_IN';
}

/** `runs[i]` = the events of the i-th process on the store, in order. */
export function auditInbound(runs: ReadonlyArray<readonly QfEvent[]>): InboundAudit {
  const covered = new Set<number>();
  const appBySeq = new Map<number, { run: number; e: QfEventOf<'APP_IN'> }>();
  const repeats: InboundAudit['repeats'] = [];
  const problems: string[] = [];
  let maxSeq = 0;
  runs.forEach((events, run) => {
    let last = 0;
    for (const e of events) {
      if (!isIn(e)) continue;
      maxSeq = Math.max(maxSeq, e.seq);
      covered.add(e.seq);
      if (e.kind === 'ADMIN_IN' && e.msgType === '4' && e.details[123] === 'Y') {
        const next = Number(e.details[36]);
        for (let s = e.seq; s < next; s++) covered.add(s);
        maxSeq = Math.max(maxSeq, next - 1);
      }
      // A Logon or ResendRequest beyond a gap is acted on at once; everything else is handled in number order.
      const aheadOfGap = e.kind === 'ADMIN_IN' && (e.msgType === 'A' || e.msgType === '2');
      if (!aheadOfGap) {
        if (e.seq <= last && !(e.kind === 'ADMIN_IN' && e.msgType === 'A'))
          problems.push(`run ${run}: ${e.line} handled after MsgSeqNum ${last} (out of order or twice)`);
        last = Math.max(last, e.seq);
      }
      if (e.kind !== 'APP_IN') continue;
      const prev = appBySeq.get(e.seq);
      if (prev === undefined) {
        appBySeq.set(e.seq, { run, e });
        continue;
      }
      repeats.push({ seq: e.seq, first: prev.e, again: e });
      if (!e.possDup || prev.run >= run || prev.e.clOrdId !== e.clOrdId) {
        problems.push(`MsgSeqNum ${e.seq} delivered twice: [run ${prev.run}] ${prev.e.line} / [run ${run}] ${e.line}`);
      }
    }
  });
  const missing: number[] = [];
  for (let s = 1; s <= maxSeq; s++) if (!covered.has(s)) missing.push(s);
  return { covered, maxSeq, missing, repeats, problems };
}

/** A new outbound message (not a replay or gap fill) QuickFIX numbered. */
export type NewOutLine = QfEventOf<'ADMIN_OUT'> | QfEventOf<'APP_OUT'>;

/**
 * The outbound messages QuickFIX really sent, by MsgSeqNum. A killed process may have printed a line for a message
 * it never stored; the next process then reuses that number (its first Logon shows where it resumed), so a later
 * run's line for a number replaces an earlier run's.
 */
export function effectiveOutbound(runs: ReadonlyArray<readonly QfEvent[]>): Map<number, NewOutLine> {
  const bySeq = new Map<number, NewOutLine>();
  for (const events of runs) {
    const firstLogon = events.find((e): e is QfEventOf<'ADMIN_OUT'> => e.kind === 'ADMIN_OUT' && e.msgType === 'A');
    if (firstLogon !== undefined) for (const s of [...bySeq.keys()]) if (s >= firstLogon.seq) bySeq.delete(s);
    for (const e of events) {
      if (e.kind === 'APP_OUT' || (e.kind === 'ADMIN_OUT' && !e.possDup)) bySeq.set(e.seq, e);
    }
  }
  return bySeq;
}

/** ExecutionReports created (new, not replays) per ClOrdID. */
export function executionReportsCreated(out: ReadonlyMap<number, NewOutLine>): Map<string, number[]> {
  const byId = new Map<string, number[]>();
  for (const e of out.values()) {
    if (e.kind !== 'APP_OUT' || e.msgType !== '8' || e.clOrdId === null) continue;
    byId.set(e.clOrdId, [...(byId.get(e.clOrdId) ?? []), e.seq]);
  }
  return byId;
}

/** Highest outbound number actually used (the peer's next sender number is this + 1). */
export function lastOutboundSeq(out: ReadonlyMap<number, NewOutLine>): number {
  let max = 0;
  for (const s of out.keys()) max = Math.max(max, s);
  return max;
}

/** Groups `e` by `key` and returns the groups with more than one member. */
export function duplicatesBy<T>(items: readonly T[], key: (t: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    if (k !== null) groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  return new Map([...groups].filter(([, v]) => v.length > 1));
}
