// Wires the codec's dictionary validator into the session (behind the `validator` option). A MsgType that FIX
// defines but the dictionary does not carry is answered with BusinessMessageReject, as the validator advises.
import { fix44 } from '../codec/dictionary/fix44.js';
import type { Dictionary } from '../codec/dictionary/types.js';
import { validate, type ValidateOptions } from '../codec/dictionary/validate.js';
import type { MessageValidator } from './reject-reasons.js';

export function dictionaryValidator(dict: Dictionary = fix44(), options?: ValidateOptions): MessageValidator {
  return (msg) => {
    const f = validate(msg, dict, options);
    if (f === null) return null;
    return {
      reason: f.reason,
      text: f.text,
      ...(f.refTagId !== undefined ? { tag: f.refTagId } : {}),
      ...(f.businessRejectReason !== undefined ? { businessRejectReason: f.businessRejectReason } : {}),
    };
  };
}
