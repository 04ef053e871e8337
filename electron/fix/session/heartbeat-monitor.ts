// Liveness in both directions while logged on. Sends and receives only record a timestamp (no timer churn per
// message); one timer is armed for the earliest deadline and re-evaluates when it fires:
//   - nothing sent for HeartBtInt                     -> Heartbeat
//   - nothing received for HeartBtInt x factor        -> TestRequest
//   - still nothing received for as long again        -> the peer is gone (half-open TCP): disconnect
import type { SessionClock } from './clock.js';

export interface HeartbeatActions {
  sendHeartbeat(): void;
  sendTestRequest(testReqId: string): void;
  peerSilent(silentForMs: number): void;
}

export class HeartbeatMonitor {
  private intervalMs = 0;
  private lastSentAt = 0;
  private lastReceivedAt = 0;
  private testReqId: string | null = null;
  private testReqSentAt = 0;
  private counter = 0;
  private timer: unknown = undefined;
  private running = false;

  constructor(
    private readonly clock: SessionClock,
    private readonly factor: number,
    private readonly actions: HeartbeatActions,
  ) {}

  /** Starts monitoring with HeartBtInt in seconds (0 = no heartbeats, no test requests). */
  start(heartBtIntSec: number): void {
    this.stop();
    this.intervalMs = heartBtIntSec * 1000;
    const now = this.clock.now();
    this.lastSentAt = now;
    this.lastReceivedAt = now;
    this.testReqId = null;
    if (this.intervalMs <= 0) return;
    this.running = true;
    this.arm(now);
  }

  stop(): void {
    this.running = false;
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  noteSent(at: number): void {
    this.lastSentAt = at;
  }

  noteReceived(at: number): void {
    this.lastReceivedAt = at;
  }

  /** A Heartbeat arrived with this 112: the round trip of our TestRequest, or undefined if it was not ours. */
  heartbeatReceived(testReqId: string | undefined, at: number): number | undefined {
    if (testReqId === undefined || testReqId !== this.testReqId) return undefined;
    this.testReqId = null;
    return at - this.testReqSentAt;
  }

  private get silenceLimitMs(): number {
    return this.intervalMs * this.factor;
  }

  private nextDeadline(): number {
    const heartbeatDue = this.lastSentAt + this.intervalMs;
    const awaitingAnswer = this.testReqId !== null && this.lastReceivedAt <= this.testReqSentAt;
    const rxDue = awaitingAnswer ? this.testReqSentAt + this.silenceLimitMs : this.lastReceivedAt + this.silenceLimitMs;
    return Math.min(heartbeatDue, rxDue);
  }

  private arm(now: number): void {
    const delay = Math.max(0, Math.ceil(this.nextDeadline() - now));
    this.timer = this.clock.setTimeout(() => this.tick(), delay);
  }

  private tick(): void {
    this.timer = undefined;
    if (!this.running) return;
    const now = this.clock.now();
    const awaitingAnswer = this.testReqId !== null && this.lastReceivedAt <= this.testReqSentAt;
    if (awaitingAnswer && now >= this.testReqSentAt + this.silenceLimitMs) {
      this.running = false;
      this.actions.peerSilent(now - this.lastReceivedAt);
      return;
    }
    if (!awaitingAnswer && now >= this.lastReceivedAt + this.silenceLimitMs) {
      this.testReqId = `TEST-${++this.counter}`;
      this.testReqSentAt = now;
      this.actions.sendTestRequest(this.testReqId);
    }
    if (this.running && now >= this.lastSentAt + this.intervalMs) this.actions.sendHeartbeat();
    if (this.running) this.arm(this.clock.now());
  }
}
