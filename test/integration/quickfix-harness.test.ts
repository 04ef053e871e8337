// The judges of the interop tests, judged: the QuickFIX stdout parser (on the README's own example lines) and the
// history audits, which must report a gap, a double delivery and a number reused after a kill when there is one.
import { describe, expect, it } from 'vitest';
import { parseQfLine, type QfEvent } from '../support/quickfix-peer.js';
import { seqLineUp } from './support/interop-checks.js';
import { auditInbound, effectiveOutbound, executionReportsCreated, lastOutboundSeq } from './support/qf-audit.js';

function run(lines: string[]): QfEvent[] {
  return lines.map((l, i) => parseQfLine(l, i, 0));
}

describe('QuickFIX peer stdout protocol', () => {
  it('parses every line type of the README examples into typed events', () => {
    const e = run([
      'READY 41919',
      'ADMIN_OUT A 1 N 98=0,108=30',
      'LOGON FIX.4.4:CLI->SRV',
      'APP_OUT D 2 QF-1',
      'APP_IN 8 2 QF-1 N',
      'APP_RESEND D 381 K-380',
      'ADMIN_IN 5 3 N 58=MsgSeqNum_too_low__expecting_3_but_received_1',
      'ADMIN_OUT 4 7 Y 36=9,123=Y',
      'APP_OUT j 3 -',
      'DONE',
      'SOMETHING_NEW 1 2',
    ]);
    expect(e.map((x) => x.kind)).toEqual([
      'READY',
      'ADMIN_OUT',
      'LOGON',
      'APP_OUT',
      'APP_IN',
      'APP_RESEND',
      'ADMIN_IN',
      'ADMIN_OUT',
      'APP_OUT',
      'DONE',
      'OTHER',
    ]);
    expect(e[0]).toMatchObject({ port: 41919 });
    expect(e[1]).toMatchObject({ msgType: 'A', seq: 1, possDup: false, details: { 98: '0', 108: '30' } });
    expect(e[2]).toMatchObject({ sessionId: 'FIX.4.4:CLI->SRV' });
    expect(e[4]).toMatchObject({ msgType: '8', seq: 2, clOrdId: 'QF-1', possDup: false });
    expect(e[7]).toMatchObject({ possDup: true, details: { 36: '9', 123: 'Y' } });
    expect(e[8]).toMatchObject({ clOrdId: null });
  });

  it('refuses a malformed line of a known type instead of guessing', () => {
    expect(() => parseQfLine('APP_IN 8 x QF-1 N', 0, 0)).toThrow(/malformed/);
    expect(() => parseQfLine('ADMIN_IN 5 3 maybe -', 0, 0)).toThrow(/malformed/);
  });
});

describe('QuickFIX history audits', () => {
  it('accepts a contiguous history, with a GapFill and a Logon acted on ahead of a gap', () => {
    const a = auditInbound([
      run(['ADMIN_IN A 1 N 98=0,108=30', 'APP_IN D 2 X-1 N', 'ADMIN_IN 4 3 Y 36=5,123=Y', 'APP_IN D 5 X-2 N']),
      run([
        'ADMIN_IN A 9 N 98=0,108=30',
        'APP_IN D 6 X-3 Y',
        'APP_IN D 7 X-4 Y',
        'ADMIN_IN 4 8 Y 36=10,123=Y',
        'APP_IN D 10 X-5 N',
      ]),
    ]);
    expect({ missing: a.missing, problems: a.problems, max: a.maxSeq }).toEqual({ missing: [], problems: [], max: 10 });
  });

  it('reports a number nothing accounts for, and a message delivered twice without PossDup', () => {
    const gap = auditInbound([run(['ADMIN_IN A 1 N -', 'APP_IN D 2 X-1 N', 'APP_IN D 4 X-2 N'])]);
    expect(gap.missing).toEqual([3]);
    const twice = auditInbound([run(['ADMIN_IN A 1 N -', 'APP_IN D 2 X-1 N']), run(['APP_IN D 2 X-1 N'])]);
    expect(twice.problems.join()).toMatch(/delivered twice/);
    const replay = auditInbound([run(['ADMIN_IN A 1 N -', 'APP_IN D 2 X-1 N']), run(['APP_IN D 2 X-1 Y'])]);
    expect({ problems: replay.problems, repeats: replay.repeats.length }).toEqual({ problems: [], repeats: 1 });
  });

  it('drops outbound lines of a killed run whose numbers the next run reused, and counts reports per ClOrdID', () => {
    const out = effectiveOutbound([
      run(['ADMIN_OUT A 1 N -', 'APP_OUT 8 2 X-1', 'APP_OUT 8 3 X-2']),
      run(['ADMIN_OUT A 3 N -', 'APP_OUT 8 4 X-2', 'APP_RESEND 8 2 X-1', 'ADMIN_OUT 4 3 Y 36=4,123=Y']),
    ]);
    expect([...out.keys()].sort((x, y) => x - y)).toEqual([1, 2, 3, 4]);
    expect(lastOutboundSeq(out)).toBe(4);
    expect(Object.fromEntries(executionReportsCreated(out))).toEqual({ 'X-1': [2], 'X-2': [4] });
  });

  it('reports numbers that do not line up with our side', () => {
    const h = { runs: [run(['ADMIN_IN A 1 N -', 'ADMIN_OUT A 1 N -', 'APP_IN D 2 X-1 N', 'APP_OUT 8 2 X-1'])] };
    expect(seqLineUp(h, { nextSenderSeq: 3, nextTargetSeq: 3 }).problems).toEqual([]);
    expect(seqLineUp(h, { nextSenderSeq: 4, nextTargetSeq: 3 }).problems.join()).toMatch(/next sender seq is 4/);
    expect(seqLineUp(h, { nextSenderSeq: 3, nextTargetSeq: 2 }).problems.join()).toMatch(/next target seq is 2/);
  });
});
