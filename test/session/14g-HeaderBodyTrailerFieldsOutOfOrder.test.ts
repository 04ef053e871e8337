// FIX session test case 14g, validating acceptor: header, then body, then trailer. A header field after a body
// field gets Reject 373=14 (tag specified out of required order) and the message is not processed (spec 2.9).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, probe } from './support/session-steps.js';

describe('14g HeaderBodyTrailerFieldsOutOfOrder', () => {
  const isld = useEchoServer({ validate: true });

  it('rejects an order whose header fields follow its body with 373=14 instead of echoing it', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=D|11=ORD-2|21=3|38=100|40=1|54=1|55=INTC|60=<TIME>|34=2|49=TW|52=<TIME>|56=ISLD');
    await c.expect({ 35: '3', 34: '2', 45: '2', 372: 'D', 373: '14' });
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });

  it('rejects an order with one body field among its header fields with 373=14', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=D|55=INTC|34=2|49=TW|52=<TIME>|56=ISLD|11=ORD-2|21=3|38=100|40=1|54=1|60=<TIME>');
    await c.expect({ 35: '3', 34: '2', 45: '2', 372: 'D', 373: '14' });
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });
});
