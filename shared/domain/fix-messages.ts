// FIX messages as the inspector shows them: raw text with secrets already masked in main, plus the few header
// values it filters on. Tag names and enum labels come once from the dictionary (DictionaryView) and are applied
// in the renderer, so a frame carries each message once.

export type MessageDirection = 'in' | 'out';

export interface FixMessageRecord {
  /** Increasing id across all sessions (the inspector's row id). */
  readonly id: number;
  readonly sessionId: string;
  readonly direction: MessageDirection;
  readonly time: number;
  readonly msgType: string;
  readonly seqNum: number;
  /** The message with SOH shown as '|' and 554, 5025 and other secrets replaced by '***'. */
  readonly text: string;
  /** Dropped as garbled (bad BodyLength or CheckSum): shown, never processed. */
  readonly garbled: boolean;
}

export interface DictionaryField {
  readonly tag: number;
  readonly name: string;
  /** Enum value → label, e.g. 39: { "0": "NEW", "2": "FILLED" }. */
  readonly values?: Readonly<Record<string, string>>;
}

export interface DictionaryView {
  readonly fields: readonly DictionaryField[];
  /** MsgType → name, e.g. "D" → "NewOrderSingle". */
  readonly messages: Readonly<Record<string, string>>;
}
