// Round-trip measurement on demand (sendTestRequest) and periodically (latencyProbeIntervalMs), and the read-only
// isResending flag the workstation shows instead of reading the session's internals.
import { describe, expect, it } from 'vitest';
import { SessionNotActiveError, SessionState } from '../../../electron/fix/session/index.js';
import { loggedOnAcceptor, makeSession, settle, type Harness } from './support/harness.js';

const T = '20260302-12:00:00.000';

const latencies = (h: Harness): unknown[] =>
  h.events.filter((e) => e.name === 'testRequestLatency').map((e) => e.payload);

/** The peer keeps talking (a Heartbeat every 5 s) without answering anything. */
function chatty(h: Harness, ms: number): void {
  for (let t = 0; t < ms; t += 5_000) {
    h.clock.advance(5_000);
    if (h.session.isConnected) h.send('35=0');
  }
}

describe('sendTestRequest', () => {
  it('sends a TestRequest at once and returns its TestReqID', () => {
    const h = loggedOnAcceptor();
    const id = h.session.sendTestRequest();
    const out = h.take();
    expect(out.map((m) => [m.type, m.get(112)])).toEqual([['1', id]]);
    expect(id).toMatch(/\S/);
    expect(h.session.sendTestRequest()).not.toBe(id);
  });

  it('reports the round trip when the Heartbeat echoing that id arrives', () => {
    const h = loggedOnAcceptor();
    const id = h.session.sendTestRequest();
    h.clock.advance(42);
    h.send(`35=0|112=${id}`);
    expect(latencies(h)).toEqual([{ testReqId: id, rttMs: 42 }]);
    h.send(`35=0|112=${id}`);
    expect(latencies(h)).toHaveLength(1);
  });

  it('measures several outstanding probes independently', () => {
    const h = loggedOnAcceptor();
    const a = h.session.sendTestRequest();
    h.clock.advance(10);
    const b = h.session.sendTestRequest();
    h.clock.advance(5);
    h.send(`35=0|112=${b}`);
    h.send(`35=0|112=${a}`);
    expect(latencies(h)).toEqual([
      { testReqId: b, rttMs: 5 },
      { testReqId: a, rttMs: 15 },
    ]);
  });

  it('throws when the session is not Active', () => {
    const h = makeSession();
    expect(() => h.session.sendTestRequest()).toThrow(SessionNotActiveError);
    expect(h.take()).toEqual([]);
  });

  it('never drops a live connection because a probe went unanswered', () => {
    const h = loggedOnAcceptor();
    h.session.sendTestRequest();
    chatty(h, 300_000);
    expect(h.session.state).toBe(SessionState.Active);
  });
});

describe('periodic latency probes', () => {
  it('sends one every latencyProbeIntervalMs while Active', () => {
    const h = loggedOnAcceptor({ latencyProbeIntervalMs: 10_000 });
    chatty(h, 30_000);
    const probes = h.take().filter((m) => m.type === '1');
    expect(probes).toHaveLength(3);
    expect(new Set(probes.map((m) => m.get(112))).size).toBe(3);
  });

  it('sends none by default', () => {
    const h = loggedOnAcceptor();
    chatty(h, 120_000);
    expect(h.take().filter((m) => m.type === '1')).toEqual([]);
  });

  it('stops once the session is logging out', () => {
    const h = loggedOnAcceptor({ latencyProbeIntervalMs: 1_000, logoutTimeoutMs: 60_000 });
    h.session.logout('done');
    h.take();
    h.clock.advance(10_000);
    expect(h.take().filter((m) => m.type === '1')).toEqual([]);
  });
});

describe('isResending', () => {
  it('is true while our ResendRequest is outstanding and false once the gap is filled', () => {
    const h = loggedOnAcceptor();
    expect(h.session.isResending).toBe(false);
    h.send('35=0|34=4');
    expect(h.session.isResending).toBe(true);
    h.send(`35=4|34=2|43=Y|122=${T}|123=Y|36=4`);
    expect(h.session.isResending).toBe(false);
  });

  it('is true while we replay for the peer', async () => {
    const h = loggedOnAcceptor({ resendChunkSize: 1 });
    h.session.send('D', (enc) => enc.str(11, 'A').str(55, 'BTC/USD'));
    h.session.send('D', (enc) => enc.str(11, 'B').str(55, 'BTC/USD'));
    h.transport.writable = false;
    h.send('35=2|7=2|16=0');
    expect(h.session.isResending).toBe(true);
    h.transport.drain();
    await settle();
    expect(h.session.isResending).toBe(false);
  });
});
