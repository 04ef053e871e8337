// TestRequests sent to measure the round trip (the workstation's latency figure), on demand or periodically while
// Active. Kept apart from the heartbeat monitor's own TestRequest, which decides whether the peer is alive: a probe
// never makes the session drop a connection, and an unanswered probe is simply forgotten when newer ones pile up.
import { buildTestRequest } from './build-test-request.js';
import { MsgType } from './msg-types.js';
import type { SessionCore } from './session-core.js';
import { SessionState } from './session-state.js';

/** Probes awaiting their Heartbeat; beyond this the oldest is forgotten (a peer that never echoes 112). */
const MAX_OUTSTANDING = 16;

export class LatencyProbes {
  private readonly sentAt = new Map<string, number>();
  private counter = 0;

  constructor(private readonly c: SessionCore) {}

  /** Sends a TestRequest with a fresh TestReqID; returns the id, or null when it could not be sent. */
  send(): string | null {
    const c = this.c;
    const id = `PROBE-${++this.counter}`;
    const at = c.now();
    if (c.sendAdmin(MsgType.TestRequest, (enc) => buildTestRequest(enc, id)) < 0) return null;
    this.sentAt.set(id, at);
    if (this.sentAt.size > MAX_OUTSTANDING) {
      const oldest = this.sentAt.keys().next().value;
      if (oldest !== undefined) this.sentAt.delete(oldest);
    }
    return id;
  }

  /** A Heartbeat echoing 112 arrived: the round trip when it answers one of our probes. */
  answered(testReqId: string, at: number): number | undefined {
    const sent = this.sentAt.get(testReqId);
    if (sent === undefined) return undefined;
    this.sentAt.delete(testReqId);
    return at - sent;
  }

  /** Logged on: start the periodic probe, if configured. */
  start(): void {
    this.sentAt.clear();
    this.arm();
  }

  private arm(): void {
    const ms = this.c.o.latencyProbeIntervalMs;
    if (ms <= 0) return;
    this.c.timers.set('latencyProbe', ms, () => {
      if (this.c.state !== SessionState.Active) return;
      this.send();
      this.arm();
    });
  }
}
