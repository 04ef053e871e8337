import type { FixEncoder } from '../codec/encoder.js';
import { Tag } from './header-fields.js';

/** Heartbeat (35=0) body: 112 only when answering a TestRequest. */
export function buildHeartbeat(enc: FixEncoder, testReqId?: string): void {
  if (testReqId !== undefined) enc.str(Tag.TestReqID, testReqId);
}
