// How the scripted counterparty answers the acceptor's ResendRequest, by the same rule the acceptor is held to
// (spec 2.6): application messages are replayed with their original 34, 43=Y and 122 = original 52; every run of
// admin messages, and of numbers we never sent at all, collapses into one SequenceReset-GapFill.
import { ADMIN_MSG_TYPES, HEADER_TAGS } from './fix-tags.js';
import type { ScriptField } from './script.js';

/** A message the scenario sent (or pretended to send and lost in transit), kept so it can be resent. */
export interface SentMessage {
  readonly seq: number | undefined;
  readonly msgType: string;
  readonly fields: readonly ScriptField[];
  /** The 52 it went out with: the 122 of any replay. */
  readonly sendingTime: string | undefined;
  readonly visible: string;
}

const REWRITTEN_ON_REPLAY = new Set(['35', '34', '52', '43', '97', '122']);

function gapFill(from: number, newSeqNo: number): string {
  return `35=4|34=${from}|43=Y|122=<TIME>|36=${newSeqNo}|123=Y`;
}

function replay(m: SentMessage): string {
  const header = m.fields.filter((f) => HEADER_TAGS.has(Number(f.tag)) && !REWRITTEN_ON_REPLAY.has(f.tag));
  const body = m.fields.filter((f) => !HEADER_TAGS.has(Number(f.tag)));
  const rest = [...header, ...body].map((f) => `${f.tag}=${f.value}`);
  return [`35=${m.msgType}`, `34=${m.seq}`, '43=Y', `122=${m.sendingTime ?? '<TIME>'}`, ...rest].join('|');
}

/**
 * The scripts that answer ResendRequest 7=begin 16=end (0 = everything), given what we sent. A range reaching past
 * our last number stops there: the peer cannot be owed messages we never numbered.
 */
export function planResend(history: ReadonlyMap<number, SentMessage>, begin: number, end: number): string[] {
  const lastSent = Math.max(0, ...history.keys());
  const last = end === 0 ? lastSent : Math.min(end, lastSent);
  const scripts: string[] = [];
  let gapStart: number | null = null;
  for (let seq = begin; seq <= last; seq++) {
    const m = history.get(seq);
    if (m !== undefined && !ADMIN_MSG_TYPES.has(m.msgType)) {
      if (gapStart !== null) scripts.push(gapFill(gapStart, seq));
      gapStart = null;
      scripts.push(replay(m));
    } else if (gapStart === null) {
      gapStart = seq;
    }
  }
  if (gapStart !== null) scripts.push(gapFill(gapStart, last + 1));
  return scripts;
}
