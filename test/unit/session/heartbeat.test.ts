import { describe, expect, it } from 'vitest';
import { SessionState } from '../../../electron/fix/session/index.js';
import { loggedOnAcceptor, makeSession } from './support/harness.js';

describe('heartbeats and test requests', () => {
  it('sends a Heartbeat after HeartBtInt of send silence, and not before', () => {
    const h = loggedOnAcceptor();
    h.clock.advance(29_999);
    expect(h.take()).toEqual([]);
    h.clock.advance(1);
    expect(h.take().map((m) => [m.type, m.get(112)])).toEqual([['0', undefined]]);
  });

  it('restarts the heartbeat interval with every message sent', () => {
    const h = loggedOnAcceptor();
    h.clock.advance(20_000);
    h.send('35=1|112=X'); // our Heartbeat answer is a send
    h.take();
    h.clock.advance(20_000);
    expect(h.take()).toEqual([]);
    h.clock.advance(10_000);
    expect(h.take().map((m) => m.type)).toEqual(['0']);
  });

  it('answers a TestRequest with a Heartbeat echoing its TestReqID', () => {
    const h = loggedOnAcceptor();
    h.send('35=1|112=ping-42');
    expect(h.take().map((m) => [m.type, m.get(112)])).toEqual([['0', 'ping-42']]);
  });

  it('rejects a TestRequest without TestReqID with 373=1 on tag 112', () => {
    const h = loggedOnAcceptor();
    h.send('35=1');
    const [r] = h.take();
    expect([r?.type, r?.get(371), r?.get(373)]).toEqual(['3', '112', '1']);
  });

  it('sends a TestRequest after HeartBtInt x 1.2 of receive silence', () => {
    const h = loggedOnAcceptor({ heartBtIntSec: 10 });
    h.send('35=0|34=2');
    h.take();
    h.clock.advance(35_999);
    expect(h.take().filter((m) => m.type === '1')).toEqual([]);
    h.clock.advance(1);
    const tr = h.take().filter((m) => m.type === '1');
    expect(tr).toHaveLength(1);
    expect(tr[0]?.get(112)).toBeTruthy();
  });

  it('measures the round trip when the Heartbeat echoing our TestReqID arrives', () => {
    const h = loggedOnAcceptor();
    h.clock.advance(36_000);
    const id = h
      .take()
      .find((m) => m.type === '1')
      ?.get(112);
    h.clock.advance(250);
    h.send(`35=0|112=${id}`);
    const latency = h.events.find((e) => e.name === 'testRequestLatency')?.payload;
    expect(latency).toEqual({ testReqId: id, rttMs: 250 });
  });

  it('disconnects a peer that stays silent for another interval after the TestRequest (half-open link)', () => {
    const h = loggedOnAcceptor();
    h.clock.advance(36_000);
    expect(h.take().some((m) => m.type === '1')).toBe(true);
    h.clock.advance(35_999);
    expect(h.session.state).toBe(SessionState.Active);
    h.clock.advance(1);
    expect(h.session.state).toBe(SessionState.Disconnected);
    expect(h.transport.closedBy).toBe('destroy');
  });

  it('keeps the session when anything arrives after the TestRequest', () => {
    const h = loggedOnAcceptor();
    h.clock.advance(36_000);
    h.clock.advance(10_000);
    h.send('35=0|34=2');
    h.clock.advance(30_000);
    expect(h.session.state).toBe(SessionState.Active);
  });

  it('sends no heartbeats and no test requests with HeartBtInt 0', () => {
    const h = makeSession();
    h.send('35=A|98=0|108=0');
    h.take();
    h.clock.advance(600_000);
    expect(h.take()).toEqual([]);
    expect(h.session.state).toBe(SessionState.Active);
  });

  it('uses the HeartBtInt the initiator asked for on the acceptor side', () => {
    const h = makeSession({ heartBtIntSec: 30 });
    h.send('35=A|98=0|108=5');
    h.take();
    h.clock.advance(5000);
    expect(h.take().map((m) => m.type)).toEqual(['0']);
  });
});
