// Session commands with the audit trail: connect (refused with the reason when a trading profile lacks
// credentials), disconnect, sequence reset.
import type { SessionStatus } from '../../../shared/session-status.js';
import { rejected, type CommandOutcome } from '../../../shared/ipc/outcome.js';
import type { SessionConnection } from '../session-connection.js';
import type { CoreParts } from './core-parts.js';

type Outcome = CommandOutcome<SessionStatus>;

export class SessionCommands {
  constructor(
    private readonly p: CoreParts,
    /** Why a session cannot connect as configured (missing credentials), or null. */
    private readonly problem: (sessionId: string) => string | null,
  ) {}

  async connect(sessionId: string): Promise<Outcome> {
    return this.run(sessionId, 'session.connect', (c) => {
      const problem = this.problem(sessionId);
      return problem !== null ? rejected(problem) : c.connect();
    });
  }

  async disconnect(sessionId: string): Promise<Outcome> {
    return this.run(sessionId, 'session.disconnect', (c) => c.disconnect());
  }

  async resetSequence(sessionId: string): Promise<Outcome> {
    return this.run(sessionId, 'session.reset', (c) => c.resetSequence());
  }

  private async run(
    sessionId: string,
    action: 'session.connect' | 'session.disconnect' | 'session.reset',
    work: (c: SessionConnection) => Outcome | Promise<Outcome>,
  ): Promise<Outcome> {
    const c = this.p.connections.get(sessionId);
    if (c === undefined) {
      const known = [...this.p.connections.keys()].join(', ');
      return rejected(`unknown session ${JSON.stringify(sessionId)} (configured: ${known})`);
    }
    const outcome = await work(c);
    this.p.audit.record(action, sessionId, outcome.ok ? 'accepted' : outcome.kind, outcome.ok ? null : outcome.reason);
    return outcome;
  }
}
