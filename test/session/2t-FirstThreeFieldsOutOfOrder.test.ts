// FIX session test case 2t: BeginString, BodyLength and MsgType must be the first three fields. A message that
// breaks this is garbled even when its BodyLength and CheckSum are right: ignored, number not consumed (spec 2.1).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { frameRaw } from './support/script.js';
import { logon, logout, probe } from './support/session-steps.js';

describe('2t FirstThreeFieldsOutOfOrder', () => {
  const isld = useEchoServer();

  it('ignores a message that starts with MsgType before BeginString', async () => {
    const c = await isld.connect();
    await logon(c);
    c.sendRaw(
      Buffer.concat([Buffer.from('35=0\x01'), frameRaw('8=FIX.4.4|9=#|34=2|49=TW|52=<TIME>|56=ISLD|', Date.now())]),
    );
    await probe(c, 2, 2);
    await logout(c, 3, 3);
  });

  it('ignores a message with MsgSeqNum where MsgType should be', async () => {
    const c = await isld.connect();
    await logon(c);
    c.sendRaw(frameRaw('8=FIX.4.4|9=#|34=2|35=1|49=TW|52=<TIME>|56=ISLD|112=OUT-OF-ORDER|', Date.now()));
    await probe(c, 2, 2);
    await logout(c, 3, 3);
  });
});
