// FIX session test case 15: apart from 8, 9, 35 first and 10 last, field order within the header and within the
// body is free; a message written in another order is processed like any other (spec 2.1).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, orderEchoed, probe } from './support/session-steps.js';

describe.each([false, true])('15 HeaderAndBodyFieldsOrderedDifferently (validate: %s)', (validate) => {
  const isld = useEchoServer({ validate });

  it('echoes orders whose header and body fields come in different orders, counting each one', async () => {
    const c = await isld.connect();
    await logon(c);
    await orderEchoed(c, 2, 'ORD-2', 2);
    const reordered = c.send('35=D|49=TW|34=3|56=ISLD|52=<TIME>|40=1|55=INTC|60=<TIME>|54=1|38=100|21=3|11=ORD-3');
    await c.expectEcho(reordered, { 34: '3' });
    const again = c.send('35=D|52=<TIME>|56=ISLD|49=TW|34=4|60=<TIME>|11=ORD-4|55=INTC|21=3|54=1|40=1|38=100');
    await c.expectEcho(again, { 34: '4' });
    await probe(c, 5, 5);
    await logout(c, 6, 6);
  });
});
