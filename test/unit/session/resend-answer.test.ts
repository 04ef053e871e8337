import { describe, expect, it } from 'vitest';
import { SessionState } from '../../../electron/fix/session/index.js';
import { loggedOnAcceptor, settle, type Harness } from './support/harness.js';

/** Logged on (our Logon = 1), then our messages 2..: admin (Heartbeat answers) and application (orders). */
function withHistory(kinds: string, o: Parameters<typeof loggedOnAcceptor>[0] = {}): Harness {
  const h = loggedOnAcceptor(o);
  let n = 0;
  for (const k of kinds) {
    if (k === 'a') h.send(`35=1|112=T${++n}`);
    else h.session.send('D', (enc) => enc.str(11, `ORD-${++n}`).str(55, 'BTC/USD'));
  }
  h.take();
  return h;
}

const summary = (h: Harness) =>
  h
    .take()
    .map((m) =>
      m.type === '4' ? `GF ${m.seq}->${m.get(36)}` : `${m.type} ${m.seq}${m.get(43) === 'Y' ? ' dup' : ''}`,
    );

describe('answering a ResendRequest', () => {
  it('replays application messages with their original MsgSeqNum, 43=Y, 122 = original 52 and a fresh 52', async () => {
    const h = withHistory('D');
    const original = h.store.getRange(2, 2, 1)[0]!.raw.toString('latin1');
    h.clock.advance(5000);
    h.send('35=2|7=2|16=2');
    await settle();
    const [replay] = h.take();
    expect(replay?.type).toBe('D');
    expect(replay?.seq).toBe(2);
    expect(replay?.get(43)).toBe('Y');
    expect(replay?.get(122)).toBe(/52=([^\x01]*)/.exec(original)![1]);
    expect(replay?.get(52)).toBe('20260302-12:00:05.000');
    expect(replay?.get(11)).toBe('ORD-1');
    expect(replay?.get(55)).toBe('BTC/USD');
  });

  it('collapses admin messages into one SequenceReset-GapFill per run', async () => {
    // 1 Logon, 2-4 Heartbeats, 5-6 orders, 7-8 Heartbeats, 9 order (QuickFIX 8_AdminAndApplicationMessages)
    const h = withHistory('aaaDDaaD');
    h.send('35=2|7=2|16=4');
    await settle();
    expect(summary(h)).toEqual(['GF 2->5']);
    h.send('35=2|7=2|16=8');
    await settle();
    expect(summary(h)).toEqual(['GF 2->5', 'D 5 dup', 'D 6 dup', 'GF 7->9']);
    h.send('35=2|7=1|16=0');
    await settle();
    expect(summary(h)).toEqual(['GF 1->5', 'D 5 dup', 'D 6 dup', 'GF 7->9', 'D 9 dup']);
  });

  it('puts 43=Y and 122 on every gap fill', async () => {
    const h = withHistory('a');
    h.send('35=2|7=1|16=0');
    await settle();
    const [gf] = h.take();
    expect([gf?.type, gf?.seq, gf?.get(123), gf?.get(43), gf?.get(36)]).toEqual(['4', 1, 'Y', 'Y', '3']);
    expect(gf?.get(122)).toBeDefined();
  });

  it('ends with a gap fill to the next new number when the range ends in admin messages', async () => {
    const h = withHistory('DDDa');
    h.send('35=2|7=2|16=0');
    await settle();
    expect(summary(h)).toEqual(['D 2 dup', 'D 3 dup', 'D 4 dup', 'GF 5->6']);
  });

  it('clips a request beyond what it has sent to its last number', async () => {
    const h = withHistory('D');
    h.send('35=2|7=2|16=99');
    await settle();
    expect(summary(h)).toEqual(['D 2 dup']);
  });

  it('sends nothing for a request that starts after its last number', async () => {
    const h = withHistory('D');
    h.send('35=2|7=50|16=0');
    await settle();
    expect(summary(h)).toEqual([]);
    expect(h.eventTexts().join('\n')).toMatch(/nothing to resend/);
  });

  it('gap-fills application messages too under the gap-fill resend policy', async () => {
    const h = withHistory('DDaD', { resendPolicy: 'gap-fill' });
    h.send('35=2|7=1|16=0');
    await settle();
    expect(summary(h)).toEqual(['GF 1->6']);
  });

  it('gap-fills numbers missing from the store', async () => {
    const h = withHistory('DDD');
    // Pretend message 3 was lost from the store (e.g. a store restored from an older copy).
    const keep = h.store.getRange(1, 0, 100).filter((m) => m.seq !== 3);
    const next = h.store.nextSenderSeq;
    h.store.reset();
    for (const m of keep) h.store.append(m.seq, m.raw);
    h.store.setNextSenderSeq(next);
    h.store.setNextTargetSeq(2);
    h.send('35=2|7=2|16=0');
    await settle();
    expect(summary(h)).toEqual(['D 2 dup', 'GF 3->4', 'D 4 dup']);
  });

  it('reads the store in bounded chunks, yielding between chunks, and produces the same answer', async () => {
    let yields = 0;
    const h = withHistory('DDaaDDaD', {
      resendChunkSize: 3,
      yieldToEventLoop: () => {
        yields++;
        return Promise.resolve();
      },
    });
    h.send('35=2|7=1|16=0');
    await settle();
    expect(summary(h)).toEqual([
      'GF 1->2',
      'D 2 dup',
      'D 3 dup',
      'GF 4->6',
      'D 6 dup',
      'D 7 dup',
      'GF 8->9',
      'D 9 dup',
    ]);
    expect(yields).toBeGreaterThanOrEqual(2);
  });

  it('holds new messages until the replay is on the wire, so numbers never interleave', async () => {
    let release: () => void = () => {};
    const h = withHistory('DDD', {
      resendChunkSize: 1,
      yieldToEventLoop: () => new Promise<void>((r) => (release = r)),
    });
    h.send('35=2|7=2|16=0');
    const seq = h.session.send('D', (enc) => enc.str(11, 'NEW'));
    expect(seq).toBe(5);
    for (let i = 0; i < 5; i++) {
      release();
      await settle();
    }
    expect(summary(h)).toEqual(['D 2 dup', 'D 3 dup', 'D 4 dup', 'D 5']);
  });

  it('answers a ResendRequest that arrives beyond a gap at once, and still asks for its own gap', async () => {
    const h = withHistory('DD');
    h.send('35=2|34=5|7=2|16=3');
    await settle();
    const out = summary(h);
    expect(out).toContain('2 4');
    expect(out).toContain('D 2 dup');
    expect(out).toContain('D 3 dup');
    expect(h.session.state).toBe(SessionState.Active);
  });

  it('stops replaying when the connection goes away', async () => {
    let release: () => void = () => {};
    const h = withHistory('DDDD', {
      resendChunkSize: 1,
      yieldToEventLoop: () => new Promise<void>((r) => (release = r)),
    });
    h.send('35=2|7=2|16=0');
    h.transport.peerClose();
    release();
    await settle();
    expect(summary(h).length).toBeLessThanOrEqual(1);
    expect(h.session.state).toBe(SessionState.Disconnected);
  });
});
