// Header-level checks on an inbound message whose turn has come (MsgSeqNum == expected). Structure first (missing,
// empty, repeated, misplaced fields), then identity (CompIDs), then time (SendingTime, OrigSendingTime), then the
// MsgType. Field-by-field body rules are the dictionary validator's.
import type { FixMessage } from '../codec/fix-message.js';
import { HEADER_TAG_KIND, Tag } from './header-fields.js';
import { isValidMsgType } from './msg-types.js';
import { fieldIs } from './read-fields.js';
import { RejectReason, type SessionRejection } from './reject-reasons.js';
import { getTimestamp, timestampAt } from './timestamp-at.js';

export interface HeaderProblem extends SessionRejection {
  /** FIX requires a Logout after this Reject (CompID or SendingTime problems). */
  logout: boolean;
}

export interface HeaderCheckParams {
  /** Our CompID: the peer's 56 must match. */
  senderCompId: string;
  /** The peer's CompID: its 49 must match. */
  targetCompId: string;
  /** Arrival time (epoch ms). */
  rxAt: number;
  /** 0 disables the SendingTime accuracy check. */
  maxSkewMs: number;
  extraMsgTypes: ReadonlySet<string>;
}

/** Header tags seen in the message being checked, stamped with a per-check generation: no allocation per message. */
const seenAt = new Uint32Array(HEADER_TAG_KIND.length);
let generation = 0;

function nextGeneration(): number {
  generation = (generation + 1) >>> 0;
  if (generation === 0) {
    seenAt.fill(0);
    generation = 1;
  }
  return generation;
}

const problem = (reason: number, tag?: number, logout = false): HeaderProblem =>
  tag === undefined ? { reason, logout } : { reason, tag, logout };

/** Missing, empty, invalid-number, repeated and out-of-order fields. */
export function checkStructure(msg: FixMessage): HeaderProblem | null {
  if (!msg.has(Tag.SenderCompID)) return problem(RejectReason.RequiredTagMissing, Tag.SenderCompID);
  if (!msg.has(Tag.TargetCompID)) return problem(RejectReason.RequiredTagMissing, Tag.TargetCompID);
  if (!msg.has(Tag.SendingTime)) return problem(RejectReason.RequiredTagMissing, Tag.SendingTime);
  const gen = nextGeneration();
  const tags = msg.tags;
  const starts = msg.valueStarts;
  const ends = msg.valueEnds;
  const n = msg.fieldCount;
  const kinds = HEADER_TAG_KIND;
  let inBody = false;
  for (let i = 0; i < n; i++) {
    const tag = tags[i]!;
    if (tag <= 0) return problem(RejectReason.InvalidTagNumber, tag);
    if (ends[i] === starts[i]) return problem(RejectReason.TagWithoutValue, tag);
    if (i < 3) continue;
    const kind = tag < kinds.length ? kinds[tag]! : 0;
    if (kind === 0) {
      inBody = true;
      continue;
    }
    if (inBody) return problem(RejectReason.TagOutOfOrder, tag);
    if (seenAt[tag] === gen && kind !== 2) return problem(RejectReason.TagRepeated, tag);
    seenAt[tag] = gen;
  }
  return null;
}

export function checkCompIds(msg: FixMessage, p: HeaderCheckParams): HeaderProblem | null {
  const ok = fieldIs(msg, Tag.SenderCompID, p.targetCompId) && fieldIs(msg, Tag.TargetCompID, p.senderCompId);
  return ok ? null : problem(RejectReason.CompIdProblem, undefined, true);
}

/** SendingTime format and accuracy; for PossDup messages OrigSendingTime presence and 122 <= 52. */
export function checkSendingTime(msg: FixMessage, p: HeaderCheckParams): HeaderProblem | null {
  const sendingTime = getTimestamp(msg, Tag.SendingTime);
  if (Number.isNaN(sendingTime)) return problem(RejectReason.IncorrectDataFormat, Tag.SendingTime);
  if (p.maxSkewMs > 0 && Math.abs(sendingTime - p.rxAt) > p.maxSkewMs) {
    return problem(RejectReason.SendingTimeAccuracy, undefined, true);
  }
  return msg.getBool(Tag.PossDupFlag) === true ? checkOrigSendingTime(msg, sendingTime) : null;
}

/** A PossDup message must carry 122, and 122 must not be later than 52. */
export function checkOrigSendingTime(msg: FixMessage, sendingTime?: number): HeaderProblem | null {
  const origAt = msg.indexOf(Tag.OrigSendingTime);
  if (origAt < 0) return problem(RejectReason.RequiredTagMissing, Tag.OrigSendingTime);
  const orig = timestampAt(msg, origAt);
  if (Number.isNaN(orig)) return problem(RejectReason.IncorrectDataFormat, Tag.OrigSendingTime);
  const sent = sendingTime ?? getTimestamp(msg, Tag.SendingTime);
  if (!Number.isNaN(sent) && orig > sent) return problem(RejectReason.SendingTimeAccuracy, undefined, true);
  return null;
}

export function checkMsgType(msg: FixMessage, p: HeaderCheckParams): HeaderProblem | null {
  return isValidMsgType(msg.msgType, p.extraMsgTypes) ? null : problem(RejectReason.InvalidMsgType);
}

/** All header checks in the order a counterparty expects them reported; the first problem wins. */
export function checkHeader(msg: FixMessage, p: HeaderCheckParams): HeaderProblem | null {
  return checkStructure(msg) ?? checkCompIds(msg, p) ?? checkSendingTime(msg, p) ?? checkMsgType(msg, p);
}
