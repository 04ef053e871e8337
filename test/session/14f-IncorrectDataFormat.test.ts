// FIX session test case 14f, validating acceptor: a value that is not of the field's data type gets Reject 373=6
// naming the field (spec 2.9).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, probe } from './support/session-steps.js';

describe('14f IncorrectDataFormat', () => {
  const isld = useEchoServer({ validate: true });

  it('rejects an order whose OrderQty is not a number with 373=6 and 371=38', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=D|34=2|11=ORD-2|21=1|38=ABC|40=1|54=1|55=INTC|60=<TIME>');
    await c.expect({ 35: '3', 34: '2', 45: '2', 371: '38', 372: 'D', 373: '6' });
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });

  it('rejects an order whose TransactTime is not a UTCTimestamp with 373=6 and 371=60', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=D|34=2|11=ORD-2|21=1|38=100|40=1|54=1|55=INTC|60=yesterday');
    await c.expect({ 35: '3', 34: '2', 45: '2', 371: '60', 372: 'D', 373: '6' });
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });
});
