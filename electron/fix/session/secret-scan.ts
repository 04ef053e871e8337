// Whether a message can carry a credential (554, 5025, 96, 91, 925): the session masks a raw copy for its
// `message` event only when it can, so the other messages (ExecutionReports, orders, heartbeats: nearly all of
// them) cost a copy and no masking scan. Both checks answer true whenever the log layer's masking would change
// something, never false for such a message: a wrong "true" only costs the full mask.
import type { FixMessage } from '../codec/fix-message.js';
import { SECRET_TAGS } from '../codec/secret-tags.js';

/** 95 RawDataLength and 90 SecureDataLength announce data fields (96, 91) whose bytes may hold SOH. */
const LENGTH_OF_SECRET_DATA = [90, 95];

const SECRET = new Uint8Array(Math.max(...SECRET_TAGS, ...LENGTH_OF_SECRET_DATA) + 1);
for (const tag of [...SECRET_TAGS, ...LENGTH_OF_SECRET_DATA]) SECRET[tag] = 1;

/** A parsed message: any secret tag among its fields. */
export function fieldsCarrySecrets(msg: FixMessage): boolean {
  const tags = msg.tags;
  const n = msg.fieldCount;
  const table = SECRET;
  for (let i = 0; i < n; i++) {
    const tag = tags[i]!;
    if (tag < table.length && table[tag] === 1) return true;
  }
  return false;
}

/**
 * Raw bytes (what we send): walks field starts as the masker does (the byte after each SOH), reading the tag
 * digits up to '='. Any secret tag or secret-data length, or a field it cannot read as a tag, answers true.
 */
export function bytesCarrySecrets(raw: Buffer): boolean {
  const len = raw.length;
  const table = SECRET;
  let p = 0;
  while (p < len) {
    let tag = 0;
    let q = p;
    for (; q < len; q++) {
      const c = raw[q]!;
      if (c === 0x3d) break;
      const d = c - 0x30;
      if (d < 0 || d > 9 || tag > 99_999) return true;
      tag = tag * 10 + d;
    }
    if (q === p || q === len) return true;
    if (tag < table.length && table[tag] === 1) return true;
    const soh = raw.indexOf(1, q + 1);
    if (soh < 0) return false;
    p = soh + 1;
  }
  return false;
}
