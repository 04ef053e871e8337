import type { FixEncoder } from '../codec/encoder.js';
import { Tag } from './header-fields.js';

/** TestRequest (35=1) body: the TestReqID the peer must echo in its Heartbeat. */
export function buildTestRequest(enc: FixEncoder, testReqId: string): void {
  enc.str(Tag.TestReqID, testReqId);
}
