// Message validation against a dictionary, for the session's inbound path (and the simulator's acceptor).
// Order of checks, as FIX engines apply them: MsgType (373=11, or BusinessMessageReject for a valid but
// unsupported type), field order of header/body/trailer (14), then each field in wire order — undefined tag (3),
// not defined for this message (2), empty (4), data format (6), enum value (5), repeated (13), and repeating
// groups as they are met (15, 16, required members 1) — and finally the required top-level fields (1).
// Works off the FixMessage's offset arrays; allocates only to describe a failure.
import { FixMessage } from '../fix-message.js';
import { formatName, isEnumValue, isWellFormed, firstBadElement } from './field-format.js';
import { SessionRejectReason as R, BusinessRejectReason } from './reject-reasons.js';
import { MAX_GROUP_DEPTH, SeenTags } from './seen-tags.js';
import { SECRET_VALUE_TAGS } from './tag-names.js';
import type { Dictionary, FieldInfo, GroupLayout, LevelLayout, MessageLayout } from './types.js';

export interface ValidationFailure {
  /** SessionRejectReason (373). */
  reason: number;
  /** RefTagID (371): the tag at fault, when there is one. */
  refTagId?: number;
  /** Text (58): names the tag and the problem. Never contains the value of a secret field. */
  text: string;
  /**
   * Set when MsgType is a valid FIX type that this dictionary does not define: the session should answer with
   * BusinessMessageReject (35=j) carrying this BusinessRejectReason (380=3) instead of a session Reject.
   */
  businessRejectReason?: number;
}

export interface ValidateOptions {
  /** Let tags the dictionary does not define pass unchecked (QuickFIX AllowUnknownMsgFields). */
  allowUnknownTags?: boolean;
  /** Let user-defined tags 5000–9999 pass unchecked when undefined or not defined for the message. */
  allowUserDefinedTags?: boolean;
  /**
   * Require the members of each group instance in dictionary order (FIX 4.4 says so). Off by default, as in
   * QuickFIX: only the delimiter's position is enforced, so a venue's harmless reordering is not rejected.
   */
  strictGroupOrder?: boolean;
  /** Check enum values (default true). */
  checkEnums?: boolean;
}

const USER_MIN = 5000;
const USER_MAX = 9999;

let failure: ValidationFailure | null = null;
const seenByDictionary = new WeakMap<Dictionary, SeenTags>();

function label(dict: Dictionary, tag: number): string {
  const name = dict.tagName(tag);
  return name === String(tag) ? `tag ${tag}` : `${name} (${tag})`;
}

function fail(reason: number, refTagId: number | undefined, text: string): false {
  failure = refTagId === undefined ? { reason, text } : { reason, refTagId, text };
  return false;
}

function shown(msg: FixMessage, i: number, info: FieldInfo): string {
  if (SECRET_VALUE_TAGS.has(info.def.tag) || info.def.type === 'DATA' || info.def.type === 'XMLDATA')
    return '(withheld)';
  const text = msg.stringAt(i);
  return `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;
}

/** Checks 4, 6, 5 on field i. */
function checkValue(msg: FixMessage, dict: Dictionary, i: number, info: FieldInfo, enums: boolean): boolean {
  const s = msg.valueStarts[i]!;
  const e = msg.valueEnds[i]!;
  const tag = info.def.tag;
  if (e === s) return fail(R.TagWithoutValue, tag, `${label(dict, tag)} has no value`);
  if (!isWellFormed(info.format, msg.buf, s, e)) {
    const want = `${info.def.type}, ${formatName(info.format)}`;
    return fail(
      R.IncorrectDataFormat,
      tag,
      `${label(dict, tag)} has bad format ${shown(msg, i, info)}: expected ${want}`,
    );
  }
  if (enums && info.enumValues !== null && !isEnumValue(info.enumValues, info.enumBytes!, info.format, msg.buf, s, e)) {
    const bad = SECRET_VALUE_TAGS.has(tag) ? '(withheld)' : `'${firstBadElement(info.enumValues, msg.stringAt(i))}'`;
    return fail(R.ValueOutOfRange, tag, `${label(dict, tag)} value ${bad} is not one of its allowed values`);
  }
  return true;
}

function isUserDefined(tag: number, opts: ValidateOptions): boolean {
  return opts.allowUserDefinedTags === true && tag >= USER_MIN && tag <= USER_MAX;
}

/** 14: 8, 9, 35 first; header fields before any body field; trailer fields after every body field. */
function checkSections(msg: FixMessage, dict: Dictionary): boolean {
  const tags = msg.tags;
  if (tags[0] !== 8 || tags[1] !== 9 || tags[2] !== 35) {
    return fail(
      R.TagOutOfOrder,
      tags[0] !== 8 ? 8 : tags[1] !== 9 ? 9 : 35,
      'BeginString, BodyLength, MsgType must be the first three fields',
    );
  }
  let phase = 0;
  for (let i = 3; i < msg.fieldCount; i++) {
    const info = dict.info(tags[i]!);
    if (info === undefined) continue;
    if (info.section === 1) {
      if (phase !== 0)
        return fail(R.TagOutOfOrder, info.def.tag, `Header field ${label(dict, info.def.tag)} after body fields`);
    } else if (info.section === 2) phase = 2;
    else if (phase === 2)
      return fail(R.TagOutOfOrder, info.def.tag, `Body field ${label(dict, info.def.tag)} after trailer fields`);
    else phase = 1;
  }
  return true;
}

interface Walk {
  msg: FixMessage;
  dict: Dictionary;
  seen: SeenTags;
  opts: ValidateOptions;
  enums: boolean;
}

/** Reused for every call (validation is synchronous and single-threaded): no allocation per message. */
const walk = {} as Walk;
/** Put in place of the message after a call, so the last message's bytes are not kept alive. */
const RELEASED = new FixMessage(1);

/** One instance list of a group, from field j (just after the count field). Returns the index after it, or -1. */
function walkGroup(w: Walk, g: GroupLayout, j: number, declared: number, depth: number): number {
  const { msg, dict, seen } = w;
  const tags = msg.tags;
  const n = msg.fieldCount;
  const countTag = g.def.countTag;
  const delimiter = g.def.delimiter;
  if (depth >= MAX_GROUP_DEPTH) {
    fail(R.Other, countTag, `${label(dict, countTag)} nests groups more than ${MAX_GROUP_DEPTH} deep`);
    return -1;
  }
  let count = 0;
  let prev = -1;
  while (j < n) {
    const tag = tags[j]!;
    const info = dict.info(tag);
    // The first tag that is not a member of this level ends the group (the codec's rule).
    const pos = info === undefined ? -1 : g.slots[info.index]!;
    if (pos < 0) break;
    if (tag === delimiter) {
      if (count > 0 && !instanceComplete(w, g, depth, count)) return -1;
      count++;
      seen.enter(depth);
      seen.mark(depth, tag);
    } else {
      if (count === 0) {
        fail(
          R.RepeatingGroupFieldsOutOfOrder,
          tag,
          `${label(dict, countTag)} instance starts with ${label(dict, tag)}, expected ${label(dict, delimiter)}`,
        );
        return -1;
      }
      if (seen.mark(depth, tag)) {
        fail(
          R.TagAppearsMoreThanOnce,
          tag,
          `${label(dict, tag)} appears more than once in instance ${count} of ${label(dict, countTag)}`,
        );
        return -1;
      }
      if (w.opts.strictGroupOrder === true && pos < prev) {
        fail(
          R.RepeatingGroupFieldsOutOfOrder,
          tag,
          `${label(dict, tag)} out of order in instance ${count} of ${label(dict, countTag)}`,
        );
        return -1;
      }
    }
    if (!checkValue(msg, dict, j, info!, w.enums)) return -1;
    prev = pos;
    const nested = g.groupAt[pos];
    if (nested !== undefined) {
      j = walkGroup(w, nested, j + 1, msg.uintAt(j), depth + 1);
      if (j < 0) return -1;
    } else j++;
  }
  if (count > 0 && !instanceComplete(w, g, depth, count)) return -1;
  if (count !== declared) {
    fail(
      R.IncorrectNumInGroupCount,
      countTag,
      `${label(dict, countTag)} is ${declared} but ${count} instance${count === 1 ? '' : 's'} follow`,
    );
    return -1;
  }
  return j;
}

function instanceComplete(w: Walk, g: GroupLayout, depth: number, k: number): boolean {
  const req = g.required;
  for (let r = 0; r < req.length; r++) {
    const t = req[r]!;
    if (!w.seen.has(depth, t)) {
      return fail(
        R.RequiredTagMissing,
        t,
        `Required ${label(w.dict, t)} missing in instance ${k} of ${label(w.dict, g.def.countTag)}`,
      );
    }
  }
  return true;
}

function notInMessage(w: Walk, layout: MessageLayout, tag: number): false {
  const owner = layout.groupOf.get(tag);
  const where = `${layout.def.name} (${layout.def.msgType})`;
  if (owner !== undefined) {
    return fail(
      R.RepeatingGroupFieldsOutOfOrder,
      tag,
      `${label(w.dict, tag)} belongs to group ${label(w.dict, owner)} but appears outside it`,
    );
  }
  return fail(R.TagNotDefinedForMsgType, tag, `${label(w.dict, tag)} is not defined for ${where}`);
}

function walkTop(w: Walk, layout: MessageLayout): boolean {
  const { msg, dict, seen, opts } = w;
  const tags = msg.tags;
  const n = msg.fieldCount;
  let i = 0;
  while (i < n) {
    const tag = tags[i]!;
    const info = dict.info(tag);
    if (info === undefined) {
      if (opts.allowUnknownTags === true || isUserDefined(tag, opts)) {
        i++;
        continue;
      }
      if (tag <= 0) return fail(R.InvalidTagNumber, tag, `Invalid tag number ${tag}`);
      return fail(R.UndefinedTag, tag, `Undefined tag ${tag}`);
    }
    const level: LevelLayout =
      info.section === 1 ? dict.headerLayout : info.section === 2 ? dict.trailerLayout : layout.body;
    const pos = level.slots[info.index]!;
    if (pos < 0) {
      if (isUserDefined(tag, opts)) {
        i++;
        continue;
      }
      return notInMessage(w, layout, tag);
    }
    if (!checkValue(msg, dict, i, info, w.enums)) return false;
    if (seen.mark(0, tag)) return fail(R.TagAppearsMoreThanOnce, tag, `${label(dict, tag)} appears more than once`);
    const g = level.groupAt[pos];
    if (g !== undefined) {
      i = walkGroup(w, g, i + 1, msg.uintAt(i), 1);
      if (i < 0) return false;
    } else i++;
  }
  const req = layout.requiredList;
  for (let r = 0; r < req.length; r++) {
    const t = req[r]!;
    if (!seen.has(0, t)) return fail(R.RequiredTagMissing, t, `Required ${label(dict, t)} missing`);
  }
  return true;
}

function unknownMsgType(dict: Dictionary, msgType: string): ValidationFailure {
  const known = dict.enumLabel(35, msgType);
  if (known !== undefined || (msgType.startsWith('U') && msgType.length > 1)) {
    return {
      reason: R.InvalidMsgType,
      refTagId: 35,
      text: `Unsupported MsgType '${msgType}'${known === undefined ? '' : ` (${known})`}`,
      businessRejectReason: BusinessRejectReason.UnsupportedMessageType,
    };
  }
  return { reason: R.InvalidMsgType, refTagId: 35, text: `Invalid MsgType '${msgType.slice(0, 8)}'` };
}

const DEFAULTS: ValidateOptions = {};

function seenTags(dict: Dictionary): SeenTags {
  let seen = seenByDictionary.get(dict);
  if (seen === undefined) {
    seen = new SeenTags(Math.min(dict.maxTag, 65_535) + 1);
    seenByDictionary.set(dict, seen);
  }
  return seen;
}

/** Validate a parsed message; null when valid, else the first failure (see the order at the top of this file). */
export function validate(
  msg: FixMessage,
  dict: Dictionary,
  options: ValidateOptions = DEFAULTS,
): ValidationFailure | null {
  failure = null;
  const typeAt = msg.fieldCount > 2 && msg.tags[2] === 35 ? 2 : msg.indexOf(35);
  if (typeAt < 0) return { reason: R.RequiredTagMissing, refTagId: 35, text: 'Required MsgType (35) missing' };
  const msgType = msg.internAt(typeAt);
  const layout = dict.layouts.get(msgType);
  if (layout === undefined) return unknownMsgType(dict, msgType);
  if (!checkSections(msg, dict)) return failure;
  const seen = seenTags(dict);
  seen.startMessage();
  walk.msg = msg;
  walk.dict = dict;
  walk.seen = seen;
  walk.opts = options;
  walk.enums = options.checkEnums !== false;
  walkTop(walk, layout);
  walk.msg = RELEASED;
  return failure;
}
