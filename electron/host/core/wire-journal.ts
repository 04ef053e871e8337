// Connects one FIX connection to the inspector's journal and to the OMS for what only the session layer sees: a
// session-level Reject of one of our requests (35=3 names it only by MsgSeqNum), and an application message our
// own code failed on (already in the journal; announced, never dropped silently).
import type { Notice } from '../../../shared/ipc/streams.js';
import type { MessageJournal } from '../../inspector/index.js';
import type { OrderManager } from '../../oms/index.js';
import type { SessionConnection } from '../session-connection.js';

export function wireJournal(
  c: SessionConnection,
  journal: MessageJournal,
  oms: () => OrderManager,
  notice: (n: Notice) => void,
  log: (line: string) => void,
): void {
  c.onMessage((m) => {
    journal.record({
      sessionId: c.id,
      direction: m.direction,
      msgType: m.msgType,
      seqNum: m.seq,
      raw: m.raw,
      time: m.at,
    });
  });
  c.onGarbled((g) => {
    const raw = Buffer.from(`garbled (${g.reason}): ${g.detail}`, 'latin1');
    journal.record({ sessionId: c.id, direction: 'in', msgType: '?', seqNum: 0, raw, time: g.at, garbled: true });
  });
  c.onReject((r) => {
    if (r.direction !== 'in' || r.kind !== 'session') return;
    oms().onSessionReject(c.id, r.refSeq, r.text);
  });
  c.onApplicationError((e) => {
    const text = `${c.id}: message ${e.msgType} seq ${e.seq} could not be processed (${e.error}); it is kept in the inspector`;
    // The message itself is already in the journal (every inbound message is, before it is processed).
    log(text);
    notice({ level: 'error', text, time: e.at, topic: `session:${c.id}` });
  });
}
