// FIX session test case 3b (QuickFIX 14b_RequiredFieldMissing), validating acceptor: a message lacking a field
// its type requires is not processed: Reject 373=1 naming the tag; the number is consumed (spec 2.9).
import { describe, it } from 'vitest';
import { useEchoServer } from './support/echo.js';
import { logon, logout, probe } from './support/session-steps.js';

describe('3b RequiredFieldMissing', () => {
  const isld = useEchoServer({ validate: true });

  it('rejects a Heartbeat without TargetCompID with 373=1 and 371=56', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=0|34=2', { omit: [56] });
    await c.expect({ 35: '3', 34: '2', 45: '2', 371: '56', 372: '0', 373: '1' });
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });

  // Side, not Symbol: FIX 4.4 makes Symbol required only within the Instrument component's conditions.
  it('rejects a NewOrderSingle without Side with 373=1 and 371=54 instead of echoing it', async () => {
    const c = await isld.connect();
    await logon(c);
    c.send('35=D|34=2|11=ORD-2|21=3|38=100|40=1|55=INTC|60=<TIME>');
    await c.expect({ 35: '3', 34: '2', 45: '2', 371: '54', 372: 'D', 373: '1' });
    await probe(c, 3, 3);
    await logout(c, 4, 4);
  });
});
