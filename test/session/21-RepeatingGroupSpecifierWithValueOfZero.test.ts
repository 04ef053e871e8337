// FIX session test case 21: a NumInGroup of 0 means the group is empty; the message is valid and processed.
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout } from './support/session-steps.js';

describe.each([false, true])('21 RepeatingGroupSpecifierWithValueOfZero (validate: %s)', (validate) => {
  const isld = useEchoServer({ validate });

  it('echoes a SecurityDefinition with NoUnderlyings 454=0', async () => {
    const c = await isld.connect();
    await logon(c);
    const sent = c.send(
      '35=d|34=2|320=JCD1091-20021011|322=1034356488676|323=6|55=TBS|22=8|167=CS|336=ONE_MAIN|' +
        '58=No Products found for this Class Symbol|454=0',
    );
    await c.expectEcho(sent, { 34: '2' });
    await logout(c, 3, 3);
  });

  it('echoes a NewOrderSingle with NoPartyIDs 453=0', async () => {
    const c = await isld.connect();
    await logon(c);
    const sent = c.send('35=D|34=2|11=ORD-2|453=0|21=3|38=100|40=1|54=1|55=INTC|60=<TIME>');
    await c.expectEcho(sent, { 34: '2' });
    await logout(c, 3, 3);
  });
});
