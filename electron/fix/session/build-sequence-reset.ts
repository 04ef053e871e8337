import type { FixEncoder } from '../codec/encoder.js';
import { Tag } from './header-fields.js';

/** SequenceReset (35=4) body: 36=NewSeqNo, 123=Y for a gap fill (the header then carries 43=Y and 122). */
export function buildSequenceReset(enc: FixEncoder, newSeqNo: number, gapFill: boolean): void {
  enc.int(Tag.NewSeqNo, newSeqNo);
  if (gapFill) enc.str(Tag.GapFillFlag, 'Y');
}
