// The end-of-run checks shared by the interop tests, phrased as "what each side says happened" so a failure names
// the ClOrdID or MsgSeqNum and both sides' view of it.
import type { QfEvent } from '../../support/quickfix-peer.js';
import { auditInbound, effectiveOutbound, executionReportsCreated, lastOutboundSeq } from './qf-audit.js';

export interface QfHistory {
  /** One event list per QuickFIX process run on the same store. */
  runs: ReadonlyArray<readonly QfEvent[]>;
}

/** Problems found comparing QuickFIX's history with our side's numbers; empty = they line up. */
export function seqLineUp(
  h: QfHistory,
  ours: { nextSenderSeq: number; nextTargetSeq: number },
): { problems: string[]; qfInboundMax: number; qfOutboundMax: number } {
  const problems: string[] = [];
  const inbound = auditInbound(h.runs);
  problems.push(...inbound.problems);
  if (inbound.missing.length > 0) {
    problems.push(`QuickFIX never accounted for our MsgSeqNums ${inbound.missing.join(',')} (unrecovered gap)`);
  }
  const out = effectiveOutbound(h.runs);
  const qfOutboundMax = lastOutboundSeq(out);
  for (let s = 1; s <= qfOutboundMax; s++) if (!out.has(s)) problems.push(`QuickFIX sent no message numbered ${s}`);
  if (inbound.maxSeq !== ours.nextSenderSeq - 1) {
    problems.push(`our next sender seq is ${ours.nextSenderSeq} but QuickFIX handled up to ${inbound.maxSeq}`);
  }
  if (qfOutboundMax !== ours.nextTargetSeq - 1) {
    problems.push(`our next target seq is ${ours.nextTargetSeq} but QuickFIX sent up to ${qfOutboundMax}`);
  }
  return { problems, qfInboundMax: inbound.maxSeq, qfOutboundMax };
}

/** ClOrdIDs for which QuickFIX created other than exactly one ExecutionReport. */
export function erCountProblems(h: QfHistory, clOrdIds: readonly string[]): string[] {
  const created = executionReportsCreated(effectiveOutbound(h.runs));
  const problems: string[] = [];
  for (const id of clOrdIds) {
    const seqs = created.get(id) ?? [];
    if (seqs.length !== 1)
      problems.push(`${id}: ${seqs.length} ExecutionReports created (MsgSeqNums ${seqs.join(',')})`);
  }
  const expected = new Set(clOrdIds);
  for (const id of created.keys()) if (!expected.has(id)) problems.push(`${id}: ExecutionReport for an unknown order`);
  return problems;
}

/** All events of all runs, flattened, each tagged with its run. */
export function allEvents(h: QfHistory): Array<{ run: number; e: QfEvent }> {
  return h.runs.flatMap((events, run) => events.map((e) => ({ run, e })));
}
