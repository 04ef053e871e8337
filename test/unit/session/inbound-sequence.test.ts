import { describe, expect, it } from 'vitest';
import { SessionState, type SessionApplication } from '../../../electron/fix/session/index.js';
import { loggedOnAcceptor } from './support/harness.js';

function recordingApp(): SessionApplication & {
  seen: Array<{ seq: number; id: string | undefined; possDup: boolean }>;
} {
  const seen: Array<{ seq: number; id: string | undefined; possDup: boolean }> = [];
  return {
    seen,
    onAppMessage: (msg, ctx) => void seen.push({ seq: ctx.seq, id: msg.getString(11), possDup: ctx.possDup }),
  };
}

const T = '20260302-12:00:00.000';

describe('inbound sequence numbers', () => {
  it('processes a message whose MsgSeqNum is the expected one and expects the next', () => {
    const h = loggedOnAcceptor();
    h.send('35=1|112=A');
    expect(h.take().map((m) => m.type)).toEqual(['0']);
    expect(h.session.nextTargetSeq).toBe(3);
  });

  it('answers a gap with one ResendRequest from the expected number to infinity', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|34=5');
    const out = h.take();
    expect(out.map((m) => [m.type, m.get(7), m.get(16)])).toEqual([['2', '2', '0']]);
    expect(h.session.nextTargetSeq).toBe(2);
  });

  it('does not send a second ResendRequest while one is outstanding', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|34=5');
    h.send('35=0|34=6');
    h.send('35=0|34=7');
    expect(h.take().filter((m) => m.type === '2')).toHaveLength(1);
    expect(h.eventTexts().join('\n')).toMatch(/Already sent ResendRequest FROM: 2/);
  });

  it('queues messages beyond a gap and delivers everything exactly once, in order, when the gap is filled', () => {
    const app = recordingApp();
    const h = loggedOnAcceptor({ application: app });
    h.send('35=D|34=4|11=C');
    h.send('35=D|34=5|11=D');
    expect(app.seen).toEqual([]);
    h.send(`35=D|34=2|43=Y|122=${T}|11=A`);
    expect(app.seen.map((s) => s.id)).toEqual(['A']);
    h.send(`35=D|34=3|43=Y|122=${T}|11=B`);
    expect(app.seen.map((s) => [s.seq, s.id])).toEqual([
      [2, 'A'],
      [3, 'B'],
      [4, 'C'],
      [5, 'D'],
    ]);
    expect(app.seen[0]?.possDup).toBe(true);
    expect(h.session.nextTargetSeq).toBe(6);
    // The same numbers arriving again as duplicates change nothing.
    h.send(`35=D|34=3|43=Y|122=${T}|11=B`);
    expect(app.seen).toHaveLength(4);
  });

  it('never acts on a queued TestRequest before the gap below it is filled', () => {
    const h = loggedOnAcceptor();
    h.send('35=1|34=3|112=LATER');
    expect(h.take().map((m) => m.type)).toEqual(['2']);
    h.send(`35=4|34=2|43=Y|122=${T}|123=Y|36=3`);
    expect(h.take().map((m) => [m.type, m.get(112)])).toEqual([['0', 'LATER']]);
  });

  it('asks again for what is still missing once an outstanding resend is satisfied', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|34=3');
    expect(h.take().map((m) => [m.type, m.get(7)])).toEqual([['2', '2']]);
    h.send('35=0|34=6');
    h.send(`35=0|34=2|43=Y|122=${T}`);
    // 2 and 3 are done; 4 and 5 are still missing below the queued 6.
    expect(h.take().map((m) => [m.type, m.get(7)])).toEqual([['2', '4']]);
  });

  it('logs out and disconnects on a MsgSeqNum lower than expected without PossDup', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|34=2');
    h.send('35=0|34=3');
    h.send('35=0|34=2');
    const out = h.take();
    expect(out.map((m) => m.type)).toEqual(['5']);
    expect(out[0]?.get(58)).toBe('MsgSeqNum too low, expecting 4 but received 2');
    expect(h.session.state).toBe(SessionState.Disconnected);
  });

  it('ignores a PossDup duplicate of a number already processed', () => {
    const app = recordingApp();
    const h = loggedOnAcceptor({ application: app });
    h.send('35=D|34=2|11=A');
    h.send(`35=D|34=2|43=Y|122=${T}|11=A`);
    expect(app.seen).toHaveLength(1);
    expect(h.take()).toEqual([]);
    expect(h.session.state).toBe(SessionState.Active);
  });

  it('rejects a PossDup duplicate without OrigSendingTime with 373=1 referencing 122 and keeps the expected number', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|34=2');
    h.send('35=0|34=2|43=Y');
    const [reject] = h.take();
    expect([reject?.type, reject?.get(45), reject?.get(371), reject?.get(373)]).toEqual(['3', '2', '122', '1']);
    expect(h.session.nextTargetSeq).toBe(3);
    expect(h.session.state).toBe(SessionState.Active);
  });

  it('rejects a PossDup whose OrigSendingTime is later than its SendingTime with 373=10, then logs out', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|34=2');
    h.send('35=0|34=2|43=Y|122=20260302-12:05:00.000');
    const out = h.take();
    expect(out.map((m) => [m.type, m.get(373)])).toEqual([
      ['3', '10'],
      ['5', undefined],
    ]);
    expect(h.session.state).toBe(SessionState.LogoutSent);
  });

  it('drops a garbled message without consuming its number and carries on', () => {
    const h = loggedOnAcceptor();
    const good = h.peer.build('35=1|34=2|112=X');
    const bad = Buffer.from(good);
    bad[bad.length - 2] = bad[bad.length - 2] === 0x30 ? 0x31 : 0x30; // corrupt the CheckSum
    h.transport.deliver(bad);
    expect(h.take()).toEqual([]);
    expect(h.session.nextTargetSeq).toBe(2);
    expect(h.events.some((e) => e.name === 'garbled')).toBe(true);
    h.transport.deliver(good);
    expect(h.take().map((m) => [m.type, m.get(112)])).toEqual([['0', 'X']]);
    expect(h.session.state).toBe(SessionState.Active);
  });

  it('drops bytes that are not FIX at all and keeps the session', () => {
    const h = loggedOnAcceptor();
    h.transport.deliver(Buffer.from('GET / HTTP/1.1\r\n\r\n'));
    h.send('35=1|112=Y');
    expect(h.take().map((m) => m.type)).toEqual(['0']);
    expect(h.events.filter((e) => e.name === 'garbled').length).toBeGreaterThan(0);
  });

  it('processes messages split across reads and several messages in one read', () => {
    const h = loggedOnAcceptor();
    const a = h.peer.build('35=1|112=A');
    const b = h.peer.build('35=1|112=B');
    const both = Buffer.concat([a, b]);
    h.transport.deliver(both.subarray(0, 10));
    h.transport.deliver(both.subarray(10, a.length + 5));
    h.transport.deliver(both.subarray(a.length + 5));
    expect(h.take().map((m) => m.get(112))).toEqual(['A', 'B']);
  });

  it('logs out and disconnects on a message with the wrong BeginString once logged on', () => {
    const h = loggedOnAcceptor();
    h.send('35=1|112=X', { beginString: 'FIX.4.1' });
    const out = h.take();
    expect(out.map((m) => [m.type, m.get(58)])).toEqual([['5', 'Incorrect BeginString']]);
    expect(h.session.state).toBe(SessionState.Disconnected);
  });

  it('logs out a message that has no MsgSeqNum', () => {
    const h = loggedOnAcceptor();
    h.send('35=0', { omit: [34] });
    expect(h.take().map((m) => m.type)).toEqual(['5']);
    expect(h.session.state).toBe(SessionState.Disconnected);
  });

  it('keeps a bounded queue and asks again for what it could not keep', () => {
    const h = loggedOnAcceptor({ maxQueuedMessages: 2 });
    h.send('35=0|34=3');
    h.send('35=0|34=4');
    h.send('35=0|34=5'); // does not fit
    h.take();
    h.send(`35=4|34=2|43=Y|122=${T}|123=Y|36=3`);
    expect(h.session.nextTargetSeq).toBe(5);
    expect(h.take().map((m) => [m.type, m.get(7)])).toEqual([]);
    expect(h.eventTexts().join('\n')).toMatch(/queue full/);
    h.send('35=0|34=6');
    expect(h.take().map((m) => [m.type, m.get(7)])).toEqual([['2', '5']]);
  });
});
