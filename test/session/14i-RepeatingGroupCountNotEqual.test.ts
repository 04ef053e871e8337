// FIX session test case 14i, validating acceptor: a NumInGroup that does not match the instances that follow
// gets Reject 373=16 (incorrect NumInGroup count) naming the count tag (spec 2.9).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, probe } from './support/session-steps.js';

describe('14i RepeatingGroupCountNotEqual', () => {
  const isld = useEchoServer({ validate: true });

  it('rejects an order declaring two parties but carrying one with 373=16 and 371=453', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=D|34=2|11=ORD-2|453=2|448=BROKER|447=D|452=1|21=3|38=100|40=1|54=1|55=INTC|60=<TIME>');
    await c.expect({ 35: '3', 34: '2', 45: '2', 371: '453', 372: 'D', 373: '16' });
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });

  it('echoes the same order when the count matches its instances', async () => {
    const c = await isld.connect();
    await logon(c);
    const sent = c.send(
      '35=D|34=2|11=ORD-2|453=2|448=BROKER|447=D|452=1|448=DESK|447=D|452=3|21=3|38=100|40=1|54=1|55=INTC|60=<TIME>',
    );
    await c.expectEcho(sent, { 34: '2' });
    await logout(c, 3, 3);
  });
});
