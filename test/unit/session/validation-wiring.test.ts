import { describe, expect, it } from 'vitest';
import { dictionaryValidator, type MessageValidator } from '../../../electron/fix/session/index.js';
import { loggedOnAcceptor, makeSession } from './support/harness.js';

describe('dictionary validation in the session', () => {
  it('rejects an order without Side with 373=1 naming tag 54 when the FIX 4.4 dictionary is wired in', () => {
    const seen: string[] = [];
    const h = loggedOnAcceptor({
      validator: dictionaryValidator(),
      application: { onAppMessage: (m) => void seen.push(m.msgType) },
    });
    h.send('35=D|11=ORD-1|21=3|38=100|40=1|55=INTC|60=20260302-12:00:00.000');
    const [r] = h.take();
    expect([r?.type, r?.get(45), r?.get(371), r?.get(372), r?.get(373)]).toEqual(['3', '2', '54', 'D', '1']);
    expect(seen).toEqual([]);
    expect(h.session.nextTargetSeq).toBe(3);
  });

  it('delivers a valid order when the dictionary is wired in', () => {
    const seen: string[] = [];
    const h = loggedOnAcceptor({
      validator: dictionaryValidator(),
      application: { onAppMessage: (m) => void seen.push(m.getString(11) ?? '') },
    });
    h.send('35=D|11=ORD-1|21=3|38=100|40=1|54=1|55=INTC|60=20260302-12:00:00.000');
    expect(h.take()).toEqual([]);
    expect(seen).toEqual(['ORD-1']);
  });

  it('checks nothing beyond the header when no validator is configured', () => {
    const seen: string[] = [];
    const h = loggedOnAcceptor({ application: { onAppMessage: (m) => void seen.push(m.msgType) } });
    h.send('35=D|11=ORD-1');
    expect(seen).toEqual(['D']);
  });

  it('answers a valid FIX MsgType the dictionary does not carry with BusinessMessageReject, as the validator advises', () => {
    const validator: MessageValidator = (m) =>
      m.msgType === '6' ? { reason: 11, text: 'IOI not supported', businessRejectReason: 3 } : null;
    const h = loggedOnAcceptor({ validator });
    h.send('35=6|23=X');
    const [bmr] = h.take();
    expect([bmr?.type, bmr?.get(372), bmr?.get(380), bmr?.get(58)]).toEqual(['j', '6', '3', 'IOI not supported']);
    expect(h.session.nextTargetSeq).toBe(3);
  });

  it('refuses a Logon that fails validation with a Logout saying why', () => {
    const validator: MessageValidator = (m) =>
      m.msgType === 'A' ? { reason: 5, tag: 98, text: 'EncryptMethod must be 0' } : null;
    const h = makeSession({ validator });
    h.send('35=A|98=7|108=30');
    expect(h.take().map((m) => [m.type, m.get(58)])).toEqual([['5', 'EncryptMethod must be 0']]);
  });
});

describe('timing of queued messages', () => {
  it('judges SendingTime accuracy at arrival, not when a long gap is finally filled', () => {
    // No heartbeats and no ResendRequest timeout: only the gap's long wait matters here.
    const h = makeSession({ resendRequestTimeoutMs: 0 });
    h.send('35=A|98=0|108=0');
    h.send('35=1|34=3|112=QUEUED');
    h.take();
    h.clock.advance(300_000);
    h.send('35=4|34=2|43=Y|122=20260302-12:00:00.000|123=Y|36=3');
    expect(h.take().map((m) => [m.type, m.get(112)])).toEqual([['0', 'QUEUED']]);
  });
});

describe('initiator and the acceptor reset', () => {
  it('expects the acceptor to count from 1 when its Logon carries 141=Y we did not ask for', () => {
    const h = makeSession({ role: 'initiator' });
    h.store.setNextTargetSeq(20);
    h.take();
    h.send('35=A|34=1|98=0|108=30|141=Y');
    expect(h.session.nextTargetSeq).toBe(2);
    expect(h.eventTexts().join('\n')).toMatch(/141=Y that we did not send/);
  });
});
