// SessionRejectReason (373) and BusinessRejectReason (380) codes with the texts QuickFIX puts in 58, so logs and
// counterparties read the same words whichever engine they are used to.

import type { FixMessage } from '../codec/fix-message.js';

export const RejectReason = {
  InvalidTagNumber: 0,
  RequiredTagMissing: 1,
  TagNotDefinedForMsgType: 2,
  UndefinedTag: 3,
  TagWithoutValue: 4,
  ValueOutOfRange: 5,
  IncorrectDataFormat: 6,
  DecryptionProblem: 7,
  SignatureProblem: 8,
  CompIdProblem: 9,
  SendingTimeAccuracy: 10,
  InvalidMsgType: 11,
  XmlValidation: 12,
  TagRepeated: 13,
  TagOutOfOrder: 14,
  GroupFieldsOutOfOrder: 15,
  IncorrectNumInGroup: 16,
  SohInValue: 17,
  Other: 99,
} as const;

export type RejectReasonCode = (typeof RejectReason)[keyof typeof RejectReason];

const TEXTS: Readonly<Record<number, string>> = {
  0: 'Invalid tag number',
  1: 'Required tag missing',
  2: 'Tag not defined for this message type',
  3: 'Undefined Tag',
  4: 'Tag specified without a value',
  5: 'Value is incorrect (out of range) for this tag',
  6: 'Incorrect data format for value',
  7: 'Decryption problem',
  8: 'Signature problem',
  9: 'CompID problem',
  10: 'SendingTime accuracy problem',
  11: 'Invalid MsgType',
  12: 'XML Validation error',
  13: 'Tag appears more than once',
  14: 'Tag specified out of required order',
  15: 'Repeating group fields out of order',
  16: 'Incorrect NumInGroup count for repeating group',
  17: 'Non Data value includes field delimiter (SOH character)',
  99: 'Other',
};

export function rejectReasonText(reason: number): string {
  return TEXTS[reason] ?? `Reject reason ${reason}`;
}

export const BusinessRejectReason = {
  Other: 0,
  UnknownId: 1,
  UnknownSecurity: 2,
  UnsupportedMessageType: 3,
  ApplicationNotAvailable: 4,
  ConditionallyRequiredFieldMissing: 5,
  NotAuthorized: 6,
  DeliverToFirmNotAvailable: 7,
} as const;

/** A session-level problem with one inbound message: what the Reject (35=3) will say. */
export interface SessionRejection {
  reason: number;
  /** RefTagID (371): the field at fault, when there is one. */
  tag?: number;
  /** Text (58); defaults to the standard text for the reason. */
  text?: string;
  /** Set by a validator for a valid FIX MsgType the dictionary does not carry: answer with BusinessMessageReject
   * (35=j) and this 380 instead of a session Reject. */
  businessRejectReason?: number;
}

/** Checks a parsed message against a data dictionary (the codec's validator, wired in behind an option). */
export type MessageValidator = (msg: FixMessage) => SessionRejection | null;
