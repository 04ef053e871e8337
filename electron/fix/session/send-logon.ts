// Our Logon: the standard fields, then whatever the venue hook adds (Kraken: 553/554/5025/8674/109). The hook sees
// this Logon's MsgSeqNum and SendingTime because Kraken's signature covers them.
import { buildLogon } from './build-logon.js';
import { MsgType } from './msg-types.js';
import type { SessionCore } from './session-core.js';

export function sendLogon(c: SessionCore, isResponse: boolean, resetSeqNum: boolean): number {
  return c.sendAdmin(MsgType.Logon, (enc, stamp) => {
    buildLogon(enc, c.heartBtIntSec, resetSeqNum);
    c.o.logonHook?.decorateLogon?.(enc, {
      seq: stamp.seq,
      senderCompId: c.o.senderCompId,
      targetCompId: c.o.targetCompId,
      sendingTime: stamp.sendingTime,
      resetSeqNum,
      isResponse,
    });
  });
}
