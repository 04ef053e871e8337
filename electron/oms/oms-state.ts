// The state the OrderManager's commands and its inbound handlers share: the order index, fills and positions, the
// pending delta, ClOrdID sources and the logon count per session. One instance per OrderManager, in main.
import { ClOrdIdSource, type ClOrdIdStyle } from './cl-ord-id.js';
import { DeltaBatch } from './delta-batch.js';
import { FillLedger } from './fill-ledger.js';
import { MassCancelTracker } from './mass-cancel-tracker.js';
import type { OrderManagerPorts } from './order-manager-ports.js';
import { OrderIndex } from './order-index.js';
import type { OrderRecord } from './order-record.js';
import { KRAKEN_SPOT_RULES, type OmsVenueRules } from './venue-rules.js';

export class OmsState {
  readonly index = new OrderIndex();
  readonly ledger = new FillLedger();
  readonly batch = new DeltaBatch();
  readonly massCancels: MassCancelTracker;
  private readonly idSources = new Map<ClOrdIdStyle, ClOrdIdSource>();
  /** Logons seen per session: requests from an earlier logon may never be answered. */
  private readonly epochs = new Map<string, number>();

  constructor(readonly ports: OrderManagerPorts) {
    this.massCancels = new MassCancelTracker((u) => ports.onMassCancel?.(u));
  }

  rules(sessionId: string): OmsVenueRules {
    return this.ports.rules?.(sessionId) ?? KRAKEN_SPOT_RULES;
  }

  /** One source per ClOrdID shape, shared by the sessions: ids are unique across the whole process. */
  nextId(rules: OmsVenueRules): string {
    let src = this.idSources.get(rules.clOrdIds);
    if (src === undefined) {
      const random = this.ports.random;
      src = new ClOrdIdSource({
        style: rules.clOrdIds,
        now: () => this.ports.now(),
        ...(random !== undefined ? { random: (n: number) => random.call(this.ports, n) } : {}),
      });
      this.idSources.set(rules.clOrdIds, src);
    }
    return src.next();
  }

  epoch(sessionId: string): number {
    return this.epochs.get(sessionId) ?? 0;
  }

  nextEpoch(sessionId: string): void {
    this.epochs.set(sessionId, this.epoch(sessionId) + 1);
  }

  /** Runs `change`; the MsgSeqNums of requests it answered can no longer be named by a session Reject. */
  answered(o: OrderRecord, change: () => void): void {
    const before = [o.newRequest?.seq, o.pendingReplace?.seq, o.pendingCancel?.seq];
    change();
    const after = [o.newRequest?.seq, o.pendingReplace?.seq, o.pendingCancel?.seq];
    before.forEach((seq, i) => {
      if (seq !== undefined && after[i] !== seq) this.index.forgetSeq(o.sessionId, seq);
    });
  }

  log(line: string): void {
    this.ports.onLog?.(line);
  }

  flush(): void {
    const delta = this.batch.take();
    if (delta !== null) this.ports.onChange(delta);
  }
}
