// Byte constants and tiny helpers shared by the framer, parser and encoder. FIX tag=value is ASCII: every value is
// read and written as latin1 so a byte is a char and offsets never drift.
export const SOH = 0x01;
export const EQ = 0x3d;
export const DIGIT_0 = 0x30;

/** One string per byte value, so single-character fields (Side, OrdStatus, MsgType…) never allocate. */
export const CHAR_STRINGS: readonly string[] = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i));

/** Render raw FIX with a visible delimiter for logs, errors and tests. */
export function visibleSoh(raw: Buffer | string, delimiter = '|'): string {
  const text = typeof raw === 'string' ? raw : raw.toString('latin1');
  return text.split('\x01').join(delimiter);
}

/** Build wire bytes from a readable form with '|' as SOH (tests, fixtures, CLI input). */
export function fromVisible(text: string, delimiter = '|'): Buffer {
  return Buffer.from(text.split(delimiter).join('\x01'), 'latin1');
}

interface Latin1Sliceable {
  latin1Slice(start: number, end: number): string;
}

/** buf[start, end) as a latin1 string: Buffer's own slicer, without toString's argument normalisation. */
export function latin1(buf: Buffer, start: number, end: number): string {
  return (buf as unknown as Latin1Sliceable).latin1Slice(start, end);
}
