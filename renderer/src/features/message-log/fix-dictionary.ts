// The dictionary main sent once (DictionaryView) as lookups the inspector uses per row: tag → name and enum labels,
// MsgType → name. Built once per dictionary; every row, summary and detail reads through it.
import type { DictionaryView } from '../../../../shared/domain/fix-messages.js';

export interface FixDictionary {
  /** Field name, or undefined for a tag the dictionary does not define (a venue's custom tag). */
  tagName(tag: number): string | undefined;
  /** Enum label of a value (space-separated multiple values get every label), or undefined. */
  enumLabel(tag: number, value: string): string | undefined;
  /** "D" → "NewOrderSingle"; undefined for an unknown MsgType. */
  messageName(msgType: string): string | undefined;
  /** Every MsgType the dictionary names, for the type picker. */
  readonly messageTypes: readonly { readonly msgType: string; readonly name: string }[];
}

export function fixDictionary(view: DictionaryView): FixDictionary {
  const names = new Map<number, string>();
  const values = new Map<number, Readonly<Record<string, string>>>();
  for (const f of view.fields) {
    names.set(f.tag, f.name);
    if (f.values !== undefined) values.set(f.tag, f.values);
  }
  const messages = new Map(Object.entries(view.messages));
  const label = (tag: number, value: string): string | undefined => {
    const table = values.get(tag);
    if (table === undefined) return undefined;
    if (Object.hasOwn(table, value)) return table[value];
    if (!value.includes(' ')) return undefined;
    // MultipleCharValue fields (18 ExecInst "6 E"): label each token when every token is known.
    const parts = value.split(' ').map((v) => (Object.hasOwn(table, v) ? table[v] : undefined));
    return parts.every((p) => p !== undefined) ? parts.join(' ') : undefined;
  };
  return {
    tagName: (tag) => names.get(tag),
    enumLabel: label,
    messageName: (msgType) => messages.get(msgType),
    messageTypes: [...messages]
      .map(([msgType, name]) => ({ msgType, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** Before the dictionary arrives (or when it could not be read): tags and types show as numbers and codes. */
export const EMPTY_DICTIONARY: FixDictionary = fixDictionary({ fields: [], messages: {} });

/** "ExecutionReport (8)", or "8" without a name. */
export function msgTypeLabel(dict: FixDictionary, msgType: string): string {
  const name = dict.messageName(msgType);
  return name === undefined ? msgType : `${name} (${msgType})`;
}
