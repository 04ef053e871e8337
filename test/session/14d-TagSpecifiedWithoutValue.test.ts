// FIX session test case 14d, validating acceptor: a field with an empty value gets Reject 373=4 naming it, and
// the message is not processed (spec 2.9).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, probe } from './support/session-steps.js';

describe('14d TagSpecifiedWithoutValue', () => {
  const isld = useEchoServer({ validate: true });

  it('rejects a TestRequest with an empty TestReqID with 373=4 and 371=112 instead of answering it', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=1|34=2|112=');
    await c.expect({ 35: '3', 34: '2', 45: '2', 371: '112', 372: '1', 373: '4' });
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });

  it('rejects an order with an empty Symbol with 373=4 and 371=55 instead of echoing it', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=D|34=2|11=ORD-2|21=3|38=100|40=1|54=1|55=|60=<TIME>');
    await c.expect({ 35: '3', 34: '2', 45: '2', 371: '55', 372: 'D', 373: '4' });
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });
});
