// Turns acceptor and session events into console lines for `npm run sim` (no message bodies: the inspector and
// the session logs are the place for those).
import type { AcceptorHooks } from '../../fix/acceptor/index.js';

export function consoleHooks(line: (text: string) => void): AcceptorHooks {
  return {
    connectionRefused: ({ remote, reason }) => line(`refused ${remote}: ${reason}`),
    sessionCreated: (session) => {
      const who = session.targetCompId;
      session.on('state', (c) => line(`${who}: ${c.from} -> ${c.to} (${c.reason})`));
      session.on('reject', (r) => {
        const what =
          r.kind === 'session' ? `Reject 373=${r.reason ?? '?'}` : `BusinessMessageReject 380=${r.reason ?? '?'}`;
        line(
          `${who}: ${r.direction === 'out' ? 'sent' : 'received'} ${what} for ${r.refMsgType ?? '?'} ${r.refSeq}${r.text ? `: ${r.text}` : ''}`,
        );
      });
      session.on('garbled', (g) => line(`${who}: garbled input dropped (${g.reason})`));
    },
  };
}
