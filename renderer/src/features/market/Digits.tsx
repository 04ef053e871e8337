// A fixed-precision number with its insignificant trailing zeros dimmed: columns keep every digit aligned at the
// instrument's precision, and the eye still reads 0.044 out of 0.04400000.
import { memo, type ReactNode } from 'react';

export function splitTrailingZeros(text: string): readonly [string, string] {
  const dot = text.indexOf('.');
  if (dot < 0) return [text, ''];
  let end = text.length;
  while (end > dot + 1 && text[end - 1] === '0') end--;
  // Keep at least one fraction digit bright when the fraction is all zeros ("12.000" → "12.0" + "00").
  if (end === dot + 1) end = Math.min(text.length, dot + 2);
  return [text.slice(0, end), text.slice(end)];
}

export const Digits = memo(function Digits({ text }: { text: string }): ReactNode {
  const [head, zeros] = splitTrailingZeros(text);
  return zeros === '' ? (
    text
  ) : (
    <>
      {head}
      <span className="zeros">{zeros}</span>
    </>
  );
});
