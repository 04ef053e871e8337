// What the inspector's toolbar filters on. Applied in the renderer over the records it holds, so a filter change
// is instant and the live stream keeps flowing into the same list.
import type { FixMessageRecord, MessageDirection } from '../../../../shared/domain/fix-messages.js';
import type { FixDictionary } from './fix-dictionary.js';

/** Session-level messages (FIX 4.4 admin): what "application only" leaves out. */
export const ADMIN_TYPES: ReadonlySet<string> = new Set(['0', '1', '2', '3', '4', '5', 'A']);

/** Picker values besides a single MsgType. */
export const TYPE_ALL = '';
export const TYPE_APPLICATION = '@app';
export const TYPE_NO_HEARTBEATS = '@no-heartbeats';

export interface MessageFilter {
  readonly sessionId: string;
  readonly direction: MessageDirection | '';
  /** '', '@app', '@no-heartbeats' or a MsgType. */
  readonly msgType: string;
  readonly text: string;
}

export const NO_FILTER: MessageFilter = { sessionId: '', direction: '', msgType: TYPE_ALL, text: '' };

export function isFiltering(f: MessageFilter): boolean {
  return f.sessionId !== '' || f.direction !== '' || f.msgType !== TYPE_ALL || f.text.trim() !== '';
}

function typeMatches(wanted: string, msgType: string): boolean {
  switch (wanted) {
    case TYPE_ALL:
      return true;
    case TYPE_APPLICATION:
      return !ADMIN_TYPES.has(msgType);
    case TYPE_NO_HEARTBEATS:
      return msgType !== '0' && msgType !== '1';
    default:
      return msgType === wanted;
  }
}

/** A predicate for the current filter; the text matches the masked message, its summary or its type's name. */
export function messagePredicate(
  f: MessageFilter,
  dict: FixDictionary,
  summary: (r: FixMessageRecord) => string,
): (r: FixMessageRecord) => boolean {
  const needle = f.text.trim().toLowerCase();
  return (r) =>
    (f.sessionId === '' || r.sessionId === f.sessionId) &&
    (f.direction === '' || r.direction === f.direction) &&
    typeMatches(f.msgType, r.msgType) &&
    (needle === '' ||
      r.text.toLowerCase().includes(needle) ||
      summary(r).toLowerCase().includes(needle) ||
      (dict.messageName(r.msgType)?.toLowerCase().includes(needle) ?? false));
}
