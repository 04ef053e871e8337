import type { FixMessage } from '../codec/fix-message.js';
import { buildHeartbeat } from './build-heartbeat.js';
import { Tag } from './header-fields.js';
import { MsgType } from './msg-types.js';
import { RejectReason } from './reject-reasons.js';
import type { SessionCore } from './session-core.js';

/** TestRequest (35=1): answer at once with a Heartbeat echoing 112. */
export function onTestRequest(c: SessionCore, msg: FixMessage): void {
  const id = msg.getString(Tag.TestReqID);
  if (id === undefined) {
    c.reject(msg, { reason: RejectReason.RequiredTagMissing, tag: Tag.TestReqID });
    return;
  }
  if (c.sendAdmin(MsgType.Heartbeat, (enc) => buildHeartbeat(enc, id)) > 0) {
    c.events.emit('heartbeat', { direction: 'out', at: c.now() });
  }
}
