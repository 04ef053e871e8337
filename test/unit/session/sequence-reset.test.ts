import { describe, expect, it } from 'vitest';
import { SessionState } from '../../../electron/fix/session/index.js';
import { loggedOnAcceptor } from './support/harness.js';

const T = '20260302-12:00:00.000';

describe('receiving SequenceReset', () => {
  it('GapFill with the expected MsgSeqNum moves the expected number to NewSeqNo', () => {
    const h = loggedOnAcceptor();
    h.send('35=4|34=2|123=Y|36=10');
    expect(h.session.nextTargetSeq).toBe(10);
    expect(h.take()).toEqual([]);
  });

  it('GapFill beyond a gap is a gap: ResendRequest, and the fill waits its turn', () => {
    const h = loggedOnAcceptor();
    h.send('35=4|34=4|123=Y|36=10');
    expect(h.take().map((m) => [m.type, m.get(7)])).toEqual([['2', '2']]);
    expect(h.session.nextTargetSeq).toBe(2);
    h.send(`35=0|34=2|43=Y|122=${T}`);
    h.send(`35=0|34=3|43=Y|122=${T}`);
    expect(h.session.nextTargetSeq).toBe(10);
  });

  it('GapFill with a MsgSeqNum too low and no PossDup logs out', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|34=2');
    h.send('35=4|34=1|123=Y|36=20');
    const out = h.take();
    expect(out.map((m) => [m.type, m.get(58)])).toEqual([['5', 'MsgSeqNum too low, expecting 3 but received 1']]);
    expect(h.session.state).toBe(SessionState.Disconnected);
  });

  it('GapFill with a MsgSeqNum too low but PossDup is ignored', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|34=2');
    h.send(`35=4|34=1|43=Y|122=${T}|123=Y|36=20`);
    expect(h.take()).toEqual([]);
    expect(h.session.nextTargetSeq).toBe(3);
  });

  it('GapFill whose NewSeqNo is below its own number is rejected with 373=5 on tag 36', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|34=2');
    h.send('35=0|34=3');
    h.send('35=4|34=4|123=Y|36=2');
    const [r] = h.take();
    expect([r?.type, r?.get(45), r?.get(371), r?.get(373)]).toEqual(['3', '4', '36', '5']);
  });

  it('Reset sets the expected number to NewSeqNo whatever its own MsgSeqNum', () => {
    const h = loggedOnAcceptor();
    h.send('35=4|34=0|36=25');
    expect(h.session.nextTargetSeq).toBe(25);
    h.send('35=1|34=25|112=HELLO');
    expect(h.take().map((m) => [m.type, m.get(112)])).toEqual([['0', 'HELLO']]);
    h.send('35=4|34=0|123=N|36=50');
    expect(h.session.nextTargetSeq).toBe(50);
  });

  it('Reset to the expected number is a no-op', () => {
    const h = loggedOnAcceptor();
    h.send('35=4|34=0|36=2');
    expect(h.take()).toEqual([]);
    expect(h.session.nextTargetSeq).toBe(2);
  });

  it('Reset to a lower number is rejected with 373=5 and changes nothing', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|34=2');
    h.send('35=0|34=3');
    h.send('35=4|34=0|36=2');
    const [r] = h.take();
    expect([r?.type, r?.get(371), r?.get(373)]).toEqual(['3', '36', '5']);
    expect(h.session.nextTargetSeq).toBe(4);
  });

  it('Reset during a gap drops queued messages below the new number and ends the resend', () => {
    const h = loggedOnAcceptor();
    h.send('35=1|34=5|112=OLD');
    h.take();
    h.send('35=4|34=0|36=7');
    expect(h.session.nextTargetSeq).toBe(7);
    h.send('35=1|34=7|112=NEW');
    expect(h.take().map((m) => [m.type, m.get(112)])).toEqual([['0', 'NEW']]);
  });

  it('SequenceReset without NewSeqNo is rejected with 373=1 on tag 36', () => {
    const h = loggedOnAcceptor();
    h.send('35=4|34=2|123=Y');
    const [r] = h.take();
    expect([r?.type, r?.get(371), r?.get(373)]).toEqual(['3', '36', '1']);
    expect(h.session.nextTargetSeq).toBe(3);
  });
});
