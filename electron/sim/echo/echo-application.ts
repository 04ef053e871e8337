// The application side of the echo server, after QuickFIX's acceptance-test server: orders, security definitions
// and emails come back unchanged (same MsgType and body under our header); a PossResend order whose ClOrdID was
// already seen since logon is a repeat and is dropped; anything else is an unsupported message type (35=j 380=3).
import type { FixMessage } from '../../fix/codec/fix-message.js';
import { bodyBytes, type AppMessageContext, type SessionApplication } from '../../fix/session/index.js';

const ECHOED: ReadonlySet<string> = new Set(['D', 'd', 'C']);

export function echoApplication(): SessionApplication {
  const seenClOrdIds = new Set<string>();
  return {
    onLogon: () => seenClOrdIds.clear(),
    onAppMessage(msg: FixMessage, ctx: AppMessageContext) {
      const type = msg.msgType;
      if (!ECHOED.has(type)) return 'unsupported';
      if (type === 'D') {
        const clOrdId = msg.getString(11);
        if (clOrdId !== undefined) {
          if (ctx.possResend && seenClOrdIds.has(clOrdId)) return;
          seenClOrdIds.add(clOrdId);
        }
      }
      const { start, end } = bodyBytes(msg);
      ctx.session.send(type, (enc) => enc.bytes(msg.buf, start, end));
    },
  };
}
