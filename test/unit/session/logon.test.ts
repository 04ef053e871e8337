import { describe, expect, it } from 'vitest';
import { SessionState, type LogonHook } from '../../../electron/fix/session/index.js';
import { loggedOnAcceptor, makeSession } from './support/harness.js';

describe('acceptor logon', () => {
  it('answers a valid Logon with its own Logon echoing HeartBtInt and becomes Active', () => {
    const h = makeSession();
    expect(h.session.state).toBe(SessionState.AwaitingLogon);
    h.send('35=A|98=0|108=45');
    const [logon] = h.take();
    expect(logon?.type).toBe('A');
    expect(logon?.seq).toBe(1);
    expect(logon?.get(49)).toBe('ISLD');
    expect(logon?.get(56)).toBe('TW');
    expect(logon?.get(108)).toBe('45');
    expect(logon?.get(98)).toBe('0');
    expect(logon?.get(141)).toBeUndefined();
    expect(h.session.state).toBe(SessionState.Active);
    expect(h.session.nextTargetSeq).toBe(2);
    expect(h.session.nextSenderSeq).toBe(2);
  });

  it('disconnects when the first message is not a Logon', () => {
    const h = makeSession();
    h.send('35=0');
    expect(h.take()).toEqual([]);
    expect(h.transport.isOpen).toBe(false);
    expect(h.session.state).toBe(SessionState.Disconnected);
  });

  it('disconnects silently on a Logon with the wrong BeginString', () => {
    const h = makeSession();
    h.send('35=A|98=0|108=30', { beginString: 'FIX.4.2' });
    expect(h.take()).toEqual([]);
    expect(h.session.state).toBe(SessionState.Disconnected);
  });

  it('refuses a Logon addressed to another TargetCompID with a Logout naming the CompID problem, and disconnects', () => {
    const h = makeSession();
    h.send('35=A|56=DLSI|98=0|108=30');
    const out = h.take();
    expect(out.map((m) => [m.type, m.get(58)])).toEqual([['5', 'CompID problem']]);
    expect(h.session.state).toBe(SessionState.Disconnected);
  });

  it('refuses a Logon whose SendingTime is outside the tolerance with a Logout, and disconnects', () => {
    const h = makeSession();
    h.send('35=A|98=0|108=30', { sendingTime: Date.parse('2001-01-01T00:00:00Z') });
    const out = h.take();
    expect(out.map((m) => [m.type, m.get(58)])).toEqual([['5', 'SendingTime accuracy problem']]);
    expect(h.session.state).toBe(SessionState.Disconnected);
  });

  it('refuses a Logon without HeartBtInt with a Logout that says why', () => {
    const h = makeSession();
    h.send('35=A|98=0');
    const out = h.take();
    expect(out.map((m) => m.type)).toEqual(['5']);
    expect(out[0]?.get(58)).toMatch(/HeartBtInt/);
    expect(h.session.state).toBe(SessionState.Disconnected);
  });

  it('refuses a Logon the venue hook rejects with a Logout carrying the hook reason', () => {
    const hook: LogonHook = { verifyLogon: (m) => (m.getString(553) === 'KEY' ? null : 'Invalid API key') };
    const h = makeSession({ logonHook: hook });
    h.send('35=A|98=0|108=30|553=WRONG');
    const out = h.take();
    expect(out.map((m) => m.type)).toEqual(['5']);
    expect(out[0]?.get(58)).toBe('Invalid API key');
    expect(h.session.state).toBe(SessionState.Disconnected);
  });

  it('resets both sequence numbers on 141=Y and answers with 141=Y and MsgSeqNum 1', () => {
    const h = makeSession();
    h.store.setNextSenderSeq(50);
    h.store.setNextTargetSeq(40);
    h.send('35=A|34=1|98=0|108=30|141=Y');
    const [logon] = h.take();
    expect(logon?.seq).toBe(1);
    expect(logon?.get(141)).toBe('Y');
    expect(h.session.nextTargetSeq).toBe(2);
  });

  it('refuses 141=Y on a Logon whose MsgSeqNum is not 1', () => {
    const h = makeSession();
    h.send('35=A|34=3|98=0|108=30|141=Y');
    expect(h.take().map((m) => m.type)).toEqual(['5']);
    expect(h.session.state).toBe(SessionState.Disconnected);
  });

  it('with resetOnLogon, restarts both numbers at 1 on every Logon without echoing 141', () => {
    const h = makeSession({ resetOnLogon: true });
    h.store.setNextSenderSeq(9);
    h.store.setNextTargetSeq(9);
    h.send('35=A|34=1|98=0|108=30');
    const [logon] = h.take();
    expect(logon?.seq).toBe(1);
    expect(logon?.get(141)).toBeUndefined();
    expect(h.session.state).toBe(SessionState.Active);
  });

  it('answers a Logon with a MsgSeqNum too high with its Logon, then a ResendRequest from the expected number', () => {
    const h = makeSession();
    h.send('35=A|34=5|98=0|108=30');
    const out = h.take();
    expect(out.map((m) => m.type)).toEqual(['A', '2']);
    expect(out[1]?.get(7)).toBe('1');
    expect(out[1]?.get(16)).toBe('0');
    expect(h.session.state).toBe(SessionState.Active);
    expect(h.session.nextTargetSeq).toBe(1);
  });

  it('consumes the high Logon number once the gap below it is filled', () => {
    const h = makeSession();
    h.send('35=A|34=3|98=0|108=30');
    h.take();
    h.send('35=4|34=1|43=Y|122=20260302-12:00:00.000|36=3|123=Y');
    expect(h.session.nextTargetSeq).toBe(4);
    h.send('35=1|34=4|112=PING');
    expect(h.take().map((m) => [m.type, m.get(112)])).toEqual([['0', 'PING']]);
  });

  it('logs out a Logon whose MsgSeqNum is lower than expected, without answering it', () => {
    const h = makeSession();
    h.store.setNextTargetSeq(10);
    h.send('35=A|34=4|98=0|108=30');
    const out = h.take();
    expect(out.map((m) => m.type)).toEqual(['5']);
    expect(out[0]?.get(58)).toBe('MsgSeqNum too low, expecting 10 but received 4');
    expect(h.session.state).toBe(SessionState.Disconnected);
  });

  it('disconnects when no Logon arrives within the logon timeout', () => {
    const h = makeSession({ logonTimeoutMs: 5000 });
    h.clock.advance(4999);
    expect(h.session.state).toBe(SessionState.AwaitingLogon);
    h.clock.advance(1);
    expect(h.session.state).toBe(SessionState.Disconnected);
  });

  it('treats a Logon with 141=Y on an established session as a mid-session reset', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|34=2');
    h.send('35=A|34=1|98=0|108=30|141=Y');
    const [logon] = h.take();
    expect(logon?.type).toBe('A');
    expect(logon?.seq).toBe(1);
    expect(logon?.get(141)).toBe('Y');
    h.send('35=1|34=2|112=AFTER');
    expect(h.take().map((m) => [m.type, m.seq])).toEqual([['0', 2]]);
  });
});

describe('initiator logon', () => {
  it('sends Logon on connect with HeartBtInt, venue fields from the hook, and waits in LogonSent', () => {
    const hook: LogonHook = {
      decorateLogon: (enc, ctx) => {
        enc.str(553, 'KEY').str(554, `sig-${ctx.seq}-${ctx.targetCompId}`).int(8674, 1);
      },
    };
    const h = makeSession({ role: 'initiator', heartBtIntSec: 60, logonHook: hook });
    const [logon] = h.take();
    expect(logon?.type).toBe('A');
    expect(logon?.get(108)).toBe('60');
    expect(logon?.get(554)).toBe('sig-1-TW');
    expect(logon?.get(8674)).toBe('1');
    expect(h.session.state).toBe(SessionState.LogonSent);
    h.send('35=A|98=0|108=60');
    expect(h.session.state).toBe(SessionState.Active);
  });

  it('never puts the logon signature in clear in the log or in message events', () => {
    const hook: LogonHook = { decorateLogon: (enc) => void enc.str(553, 'KEY').str(554, 'SECRETSIG').str(5025, '123') };
    const h = makeSession({ role: 'initiator', logonHook: hook });
    const logText = h.log.entries.map((e) => e.text).join('\n');
    expect(logText).not.toContain('SECRETSIG');
    expect(logText).toContain('554=***');
    const messageEvents = h.events
      .filter((e) => e.name === 'message')
      .map((e) => String((e.payload as { raw: Buffer }).raw.toString('latin1')));
    expect(messageEvents.join('')).not.toContain('SECRETSIG');
    expect(h.store.getRange(1, 1, 1)[0]?.raw.toString('latin1')).not.toContain('SECRETSIG');
  });

  it('sends 141=Y with MsgSeqNum 1 when resetOnLogon is set', () => {
    const h = makeSession({ role: 'initiator', resetOnLogon: true });
    const [logon] = h.take();
    expect(logon?.seq).toBe(1);
    expect(logon?.get(141)).toBe('Y');
  });

  it('disconnects when the acceptor does not answer the Logon in time', () => {
    const h = makeSession({ role: 'initiator', logonTimeoutMs: 10_000 });
    h.clock.advance(10_000);
    expect(h.session.state).toBe(SessionState.Disconnected);
    expect(h.eventTexts().join('\n')).toMatch(/no Logon answer in time/);
  });

  it('treats a Logout in answer to its Logon as a refused logon and disconnects', () => {
    const h = makeSession({ role: 'initiator' });
    h.send('35=5|58=Invalid signature');
    expect(h.session.state).toBe(SessionState.Disconnected);
    expect(h.eventTexts().join('\n')).toMatch(/Logon refused by peer: Invalid signature/);
  });

  it('sends a ResendRequest after logging on when the acceptor Logon number is too high', () => {
    const h = makeSession({ role: 'initiator' });
    h.take();
    h.send('35=A|34=7|98=0|108=30');
    const out = h.take();
    expect(out.map((m) => [m.type, m.get(7), m.get(16)])).toEqual([['2', '1', '0']]);
  });
});
