// Progress of our 35=q requests for the kill switch's record: Kraken answers a mass cancel only with one 150=4
// per canceled order (11 = the q's ClOrdID) or with a 35=j, a plain FIX 4.4 venue also with a 35=r.
import type { MassCancelUpdate } from './order-manager-ports.js';

export class MassCancelTracker {
  private readonly runs = new Map<string, { canceled: number; rejected: string | null }>();

  constructor(private readonly notify: (u: MassCancelUpdate) => void) {}

  start(sessionId: string, clOrdId: string): void {
    this.runs.set(`${sessionId}\u0001${clOrdId}`, { canceled: 0, rejected: null });
  }

  forget(sessionId: string, clOrdId: string): void {
    this.runs.delete(`${sessionId}\u0001${clOrdId}`);
  }

  canceled(sessionId: string, clOrdId: string): void {
    this.update(sessionId, clOrdId, (run) => run.canceled++);
  }

  rejected(sessionId: string, clOrdId: string, text: string): void {
    this.update(sessionId, clOrdId, (run) => (run.rejected = text));
  }

  private update(
    sessionId: string,
    clOrdId: string,
    change: (run: { canceled: number; rejected: string | null }) => void,
  ): void {
    const run = this.runs.get(`${sessionId}\u0001${clOrdId}`);
    if (run === undefined) return;
    change(run);
    this.notify({ sessionId, clOrdId, canceled: run.canceled, rejected: run.rejected });
  }
}
