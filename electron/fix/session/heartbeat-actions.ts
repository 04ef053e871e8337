// What the heartbeat monitor does through the session: Heartbeat and TestRequest go out on the normal send path;
// a peer that stays silent after a TestRequest is treated as gone (half-open TCP) and dropped without a Logout.
import { buildHeartbeat } from './build-heartbeat.js';
import { buildTestRequest } from './build-test-request.js';
import type { HeartbeatActions } from './heartbeat-monitor.js';
import { MsgType } from './msg-types.js';
import type { SessionCore } from './session-core.js';

export function heartbeatActions(c: SessionCore, dropDeadPeer: (reason: string) => void): HeartbeatActions {
  return {
    sendHeartbeat: () => {
      if (c.sendAdmin(MsgType.Heartbeat, (enc) => buildHeartbeat(enc)) > 0) {
        c.events.emit('heartbeat', { direction: 'out', at: c.now() });
      }
    },
    sendTestRequest: (id) => {
      c.event(`Nothing received for ${c.heartBtIntSec} s x ${c.o.testRequestFactor}: TestRequest ${id}`);
      c.sendAdmin(MsgType.TestRequest, (enc) => buildTestRequest(enc, id));
    },
    peerSilent: (ms) => dropDeadPeer(`peer silent for ${ms} ms despite a TestRequest: connection presumed dead`),
  };
}
