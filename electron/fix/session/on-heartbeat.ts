import type { FixMessage } from '../codec/fix-message.js';
import { Tag } from './header-fields.js';
import type { SessionCore } from './session-core.js';

/** Heartbeat (35=0): liveness is already recorded on arrival; an echoed 112 closes the round trip of our
 * TestRequest (the liveness one or a latency probe). */
export function onHeartbeat(c: SessionCore, msg: FixMessage, rxAt: number): void {
  const id = msg.getString(Tag.TestReqID);
  c.events.emit('heartbeat', { direction: 'in', at: rxAt });
  if (id === undefined) return;
  const rtt = c.heartbeat.heartbeatReceived(id, rxAt) ?? c.probes.answered(id, rxAt);
  if (rtt !== undefined) c.events.emit('testRequestLatency', { testReqId: id, rttMs: rtt });
}
