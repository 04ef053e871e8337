import type { FixEncoder } from '../codec/encoder.js';
import { Tag } from './header-fields.js';

/** Logout (35=5) body: an optional reason in 58 (never a secret). */
export function buildLogout(enc: FixEncoder, text?: string): void {
  if (text !== undefined && text.length > 0) enc.str(Tag.Text, text);
}
