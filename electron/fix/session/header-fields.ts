// Standard header and trailer tags of FIX 4.4. The session checks header structure itself (required fields, order,
// repeats) and rebuilds headers on resend; body-level rules belong to the dictionary validator.

export const Tag = {
  BeginString: 8,
  BodyLength: 9,
  CheckSum: 10,
  MsgSeqNum: 34,
  MsgType: 35,
  NewSeqNo: 36,
  BeginSeqNo: 7,
  EndSeqNo: 16,
  PossDupFlag: 43,
  RefSeqNum: 45,
  SenderCompID: 49,
  SendingTime: 52,
  TargetCompID: 56,
  Text: 58,
  PossResend: 97,
  EncryptMethod: 98,
  HeartBtInt: 108,
  TestReqID: 112,
  OrigSendingTime: 122,
  GapFillFlag: 123,
  ResetSeqNumFlag: 141,
  RefTagID: 371,
  RefMsgType: 372,
  SessionRejectReason: 373,
  BusinessRejectRefID: 379,
  BusinessRejectReason: 380,
} as const;

/** Header tags (FIX 4.4 StandardHeader, including the NoHops group 627/628/629/630). */
export const HEADER_TAGS: ReadonlySet<number> = new Set([
  8, 9, 35, 49, 56, 115, 128, 90, 91, 34, 50, 142, 57, 143, 116, 144, 129, 145, 43, 97, 52, 122, 212, 213, 347, 369,
  627, 628, 629, 630,
]);

/** Header tags that may legitimately repeat (members of the NoHops group). */
export const REPEATABLE_HEADER_TAGS: ReadonlySet<number> = new Set([628, 629, 630]);

/** The two sets above as a table indexed by tag, for the per-field loop of the header check: 0 = not a header
 * tag, 1 = header tag, 2 = repeatable header tag. Tags beyond its length are not header tags. */
export const HEADER_TAG_KIND: Uint8Array = (() => {
  const t = new Uint8Array(Math.max(...HEADER_TAGS) + 1);
  for (const tag of HEADER_TAGS) t[tag] = REPEATABLE_HEADER_TAGS.has(tag) ? 2 : 1;
  return t;
})();

/** Trailer tags other than CheckSum (SignatureLength, Signature). */
export const TRAILER_TAGS: ReadonlySet<number> = new Set([93, 89, 10]);

/** Header fields the session writes itself on every message, so a replay rebuilds them rather than copying. */
export const REBUILT_HEADER_TAGS: ReadonlySet<number> = new Set([8, 9, 35, 34, 43, 49, 52, 56, 122]);
