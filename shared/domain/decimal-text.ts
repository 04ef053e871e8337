// Prices, quantities and money cross the process boundary as decimal text ("64012.5", "0.0001"), never as JS
// numbers: the engine and the OMS compute with exact scaled integers, and a float would put noise on the wire.
// The renderer formats and compares them with shared/domain/decimal-compare.ts or parses them for display only.

/** A finite decimal number as text: optional '-', digits, optional '.' and digits. No exponent, no '+'. */
export type DecimalText = string;

export const DECIMAL_TEXT_PATTERN = /^-?\d{1,20}(\.\d{1,18})?$/;

export function isDecimalText(v: unknown): v is DecimalText {
  return typeof v === 'string' && DECIMAL_TEXT_PATTERN.test(v);
}
