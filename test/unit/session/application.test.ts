import { describe, expect, it } from 'vitest';
import { SessionNotActiveError, SessionState, type SessionApplication } from '../../../electron/fix/session/index.js';
import { loggedOnAcceptor, makeSession } from './support/harness.js';

describe('the application interface', () => {
  it('delivers an application message with its number and flags, the view valid during the call', () => {
    const seen: Array<[string, number, boolean, boolean, string | undefined]> = [];
    const app: SessionApplication = {
      onAppMessage: (m, ctx) => void seen.push([m.msgType, ctx.seq, ctx.possDup, ctx.possResend, m.getString(11)]),
    };
    const h = loggedOnAcceptor({ application: app });
    h.send('35=D|97=Y|11=ORD-1');
    expect(seen).toEqual([['D', 2, false, true, 'ORD-1']]);
  });

  it('never delivers admin messages to the application', () => {
    const seen: string[] = [];
    const h = loggedOnAcceptor({ application: { onAppMessage: (m) => void seen.push(m.msgType) } });
    h.send('35=0');
    h.send('35=1|112=X');
    h.send('35=4|34=4|123=Y|36=5');
    expect(seen).toEqual([]);
  });

  it("answers 'unsupported' with BusinessMessageReject 380=3", () => {
    const h = loggedOnAcceptor({ application: { onAppMessage: () => 'unsupported' } });
    h.send('35=8|37=id|17=id|150=0|39=0|55=X|54=1|151=1|14=0|6=0');
    const [bmr] = h.take();
    expect([bmr?.type, bmr?.get(45), bmr?.get(372), bmr?.get(380), bmr?.get(58)]).toEqual([
      'j',
      '2',
      '8',
      '3',
      'Unsupported Message Type',
    ]);
    expect(h.session.nextTargetSeq).toBe(3);
  });

  it('never answers a BusinessMessageReject with a BusinessMessageReject', () => {
    const h = loggedOnAcceptor({ application: { onAppMessage: () => 'unsupported' } });
    h.send('35=j|45=3|372=D|380=3');
    expect(h.take()).toEqual([]);
    expect(h.events.find((e) => e.name === 'reject')?.payload).toMatchObject({
      direction: 'in',
      kind: 'business',
      refSeq: 3,
    });
  });

  it('keeps the session going when the application throws, consuming the message', () => {
    const h = loggedOnAcceptor({
      application: {
        onAppMessage: () => {
          throw new Error('boom');
        },
      },
    });
    h.send('35=D|11=X');
    expect(h.session.state).toBe(SessionState.Active);
    expect(h.session.nextTargetSeq).toBe(3);
    expect(h.eventTexts().join('\n')).toMatch(/Application failed on inbound D MsgSeqNum 2: boom/);
  });

  it('lets the application reply from inside its callback', () => {
    const h = loggedOnAcceptor({
      application: {
        onAppMessage: (m, ctx) => void ctx.session.send('8', (enc) => enc.str(11, m.getString(11) ?? '').str(150, '0')),
      },
    });
    h.send('35=D|11=ORD-7');
    const [er] = h.take();
    expect([er?.type, er?.seq, er?.get(11)]).toEqual(['8', 2, 'ORD-7']);
  });

  it('send assigns the next MsgSeqNum, stores the message before writing it, and returns the number', () => {
    const h = loggedOnAcceptor();
    const order: string[] = [];
    const append = h.store.append.bind(h.store);
    h.store.append = (seq, raw) => {
      order.push(`store ${seq}`);
      append(seq, raw);
    };
    const write = h.transport.write.bind(h.transport);
    h.transport.write = (buf) => {
      order.push('write');
      return write(buf);
    };
    const seq = h.session.send('D', (enc) => enc.str(11, 'A').str(55, 'BTC/USD'));
    expect(seq).toBe(2);
    expect(order).toEqual(['store 2', 'write']);
    const [m] = h.take();
    expect([m?.type, m?.seq, m?.get(49), m?.get(56), m?.get(52)]).toEqual([
      'D',
      2,
      'ISLD',
      'TW',
      '20260302-12:00:00.000',
    ]);
  });

  it('send throws a clear error when the session is not Active', () => {
    const h = makeSession();
    expect(() => h.session.send('D', () => undefined)).toThrow(SessionNotActiveError);
    expect(() => h.session.send('D', () => undefined)).toThrow('cannot send D: session is AwaitingLogon, not Active');
  });

  it('send refuses session-level message types', () => {
    const h = loggedOnAcceptor();
    expect(() => h.session.send('4', () => undefined)).toThrow(/session-level/);
  });

  it('a body writer that throws consumes no number and writes nothing', () => {
    const h = loggedOnAcceptor();
    expect(() =>
      h.session.send('D', (enc) => {
        enc.str(58, 'bad\x01value');
      }),
    ).toThrow(/SOH/);
    expect(h.take()).toEqual([]);
    expect(h.session.nextSenderSeq).toBe(2);
  });

  it('a store that cannot persist stops the message before it reaches the socket', () => {
    const h = loggedOnAcceptor();
    h.store.append = () => {
      throw new Error('disk full');
    };
    expect(() => h.session.send('D', (enc) => enc.str(11, 'A'))).toThrow('disk full');
    expect(h.take()).toEqual([]);
  });

  it('reports messages in and out, state changes and sequence numbers as events', () => {
    const h = loggedOnAcceptor();
    h.send('35=1|112=X');
    const messages = h.events
      .filter((e) => e.name === 'message')
      .map((e) => e.payload as { direction: string; msgType: string });
    expect(messages.map((m) => `${m.direction} ${m.msgType}`)).toEqual(['in A', 'out A', 'in 1', 'out 0']);
    const states = h.events.filter((e) => e.name === 'state').map((e) => (e.payload as { to: string }).to);
    expect(states).toEqual(['AwaitingLogon', 'Active']);
    expect(h.events.filter((e) => e.name === 'seqNums').at(-1)?.payload).toEqual({
      nextSenderSeq: 3,
      nextTargetSeq: 3,
    });
  });

  it('a throwing event listener never reaches the session', () => {
    const h = loggedOnAcceptor();
    h.session.on('message', () => {
      throw new Error('ui bug');
    });
    h.send('35=1|112=X');
    expect(h.take().map((m) => m.type)).toEqual(['0']);
    expect(h.eventTexts().join('\n')).toMatch(/listener for 'message' failed: ui bug/);
  });
});
