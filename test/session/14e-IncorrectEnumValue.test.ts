// FIX session test case 14e, validating acceptor: a value outside the field's enumeration gets Reject 373=5
// naming the field; the same order with valid values is echoed (spec 2.9). QuickFIX's own script also uses
// SecurityType 167=BOO; this project leaves 167 open on purpose (venues extend it, e.g. Kraken's 167=TS), so Side,
// an enumeration FIX 4.4 closes, stands in for it.
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout } from './support/session-steps.js';

describe('14e IncorrectEnumValue', () => {
  const isld = useEchoServer({ validate: true });

  it('rejects HandlInst 4 and Side Z with 373=5, and echoes the order with valid values', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=D|34=2|11=ORD-2|21=4|38=100|40=1|54=1|55=INTC|60=<TIME>');
    await c.expect({ 35: '3', 34: '2', 45: '2', 371: '21', 372: 'D', 373: '5' });
    c.send('35=D|34=3|11=ORD-3|21=1|38=100|40=1|54=Z|55=INTC|60=<TIME>|167=CS');
    await c.expect({ 35: '3', 34: '3', 45: '3', 371: '54', 372: 'D', 373: '5' });
    const valid = c.send('35=D|34=4|11=ORD-4|21=1|38=100|40=1|54=1|55=INTC|60=<TIME>|167=CS');
    await c.expectEcho(valid, { 34: '4' });
    await logout(c, 5, 5);
  });
});
