// FIX session test case 14h, validating acceptor: a tag that appears twice outside a repeating group gets
// Reject 373=13 naming it, and the message is not processed (spec 2.9).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, probe } from './support/session-steps.js';

describe('14h RepeatedTag', () => {
  const isld = useEchoServer({ validate: true });

  it('rejects a TestRequest carrying TestReqID twice with 373=13 and 371=112 instead of answering it', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=1|34=2|112=FIRST|112=SECOND');
    await c.expect({ 35: '3', 34: '2', 45: '2', 371: '112', 372: '1', 373: '13' });
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });

  it('rejects an order carrying Symbol twice with 373=13 and 371=55 instead of echoing it', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=D|34=2|11=ORD-2|21=3|38=100|40=1|54=1|55=INTC|55=MSFT|60=<TIME>');
    await c.expect({ 35: '3', 34: '2', 45: '2', 371: '55', 372: 'D', 373: '13' });
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });
});
