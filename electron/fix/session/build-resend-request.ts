import type { FixEncoder } from '../codec/encoder.js';
import { Tag } from './header-fields.js';

/** ResendRequest (35=2) body: 7=BeginSeqNo, 16=EndSeqNo (0 = everything after begin). */
export function buildResendRequest(enc: FixEncoder, begin: number, end: number): void {
  enc.int(Tag.BeginSeqNo, begin).int(Tag.EndSeqNo, end);
}
