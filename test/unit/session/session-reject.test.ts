import { describe, expect, it } from 'vitest';
import { SessionState, type MessageValidator } from '../../../electron/fix/session/index.js';
import { FixMessage } from '../../../electron/fix/codec/fix-message.js';
import { checkStructure } from '../../../electron/fix/session/check-header.js';
import { loggedOnAcceptor } from './support/harness.js';

const rejectOf = (h: ReturnType<typeof loggedOnAcceptor>) => {
  const out = h.take();
  const r = out[0];
  return {
    types: out.map((m) => m.type),
    45: r?.get(45),
    58: r?.get(58),
    371: r?.get(371),
    372: r?.get(372),
    373: r?.get(373),
  };
};

describe('session-level Reject for header problems', () => {
  it('rejects a missing TargetCompID with 373=1 and consumes the number', () => {
    const h = loggedOnAcceptor();
    h.send('35=0', { omit: [56] });
    expect(rejectOf(h)).toMatchObject({
      types: ['3'],
      45: '2',
      58: 'Required tag missing',
      371: '56',
      372: '0',
      373: '1',
    });
    expect(h.session.nextTargetSeq).toBe(3);
  });

  it('rejects a tag without a value with 373=4', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|56=');
    expect(rejectOf(h)).toMatchObject({ 371: '56', 373: '4', 58: 'Tag specified without a value' });
  });

  it('rejects tag number 0 with 373=0 (checked on the parsed fields; the parser decides what reaches it)', () => {
    // Built by hand: the codec's parser currently treats a field numbered 0 as garbled (reported to the lead).
    const text =
      '8=FIX.4.4\x019=5\x0135=0\x0149=TW\x0156=ISLD\x0134=2\x0152=20260302-12:00:00.000\x010=HI\x0110=000\x01';
    const buf = Buffer.from(text, 'latin1');
    const m = new FixMessage();
    m.reset(buf, 0, buf.length);
    let p = 0;
    while (p < buf.length) {
      const eq = buf.indexOf(0x3d, p);
      const soh = buf.indexOf(0x01, eq);
      m.push(Number(buf.toString('latin1', p, eq)), eq + 1, soh);
      p = soh + 1;
    }
    expect(checkStructure(m)).toEqual({ reason: 0, tag: 0, logout: false });
  });

  it('rejects a header field after body fields with 373=14', () => {
    const h = loggedOnAcceptor();
    h.send('35=D|11=id|21=3|34=2|49=TW|52=20260302-12:00:00.000|56=ISLD', { omit: [34, 49, 52, 56] });
    expect(rejectOf(h)).toMatchObject({ 371: '34', 372: 'D', 373: '14' });
  });

  it('rejects a repeated header field with 373=13', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|49=TW|49=TW', { omit: [49] });
    expect(rejectOf(h)).toMatchObject({ 371: '49', 373: '13' });
  });

  it('rejects a wrong SenderCompID with 373=9 then logs out', () => {
    const h = loggedOnAcceptor();
    h.send('35=D|49=WT|11=X');
    const out = h.take();
    expect(out.map((m) => [m.type, m.get(373), m.get(58)])).toEqual([
      ['3', '9', 'CompID problem'],
      ['5', undefined, undefined],
    ]);
    expect(h.session.state).toBe(SessionState.LogoutSent);
  });

  it('rejects a SendingTime more than two minutes off with 373=10 then logs out', () => {
    const h = loggedOnAcceptor();
    h.send('35=0', { sendingTime: h.clock.now() - 121_000 });
    expect(h.take().map((m) => [m.type, m.get(373), m.get(372)])).toEqual([
      ['3', '10', '0'],
      ['5', undefined, undefined],
    ]);
  });

  it('accepts a SendingTime within the tolerance', () => {
    const h = loggedOnAcceptor();
    h.send('35=1|112=X', { sendingTime: h.clock.now() - 119_000 });
    expect(h.take().map((m) => m.type)).toEqual(['0']);
  });

  it('rejects an unparsable SendingTime with 373=6 on tag 52', () => {
    const h = loggedOnAcceptor();
    h.send('35=0|52=yesterday', { omit: [52] });
    expect(rejectOf(h)).toMatchObject({ 371: '52', 373: '6' });
  });

  it('rejects a MsgType FIX does not define with 373=11', () => {
    const h = loggedOnAcceptor();
    h.send('35=*');
    expect(rejectOf(h)).toMatchObject({ types: ['3'], 372: '*', 373: '11', 58: 'Invalid MsgType' });
    expect(h.session.nextTargetSeq).toBe(3);
  });

  it('never answers a Reject with a Reject, even a broken one', () => {
    const h = loggedOnAcceptor();
    h.send('35=3|56=');
    expect(h.take()).toEqual([]);
    expect(h.session.nextTargetSeq).toBe(3);
  });

  it('reports a Reject received from the peer and consumes its number', () => {
    const h = loggedOnAcceptor();
    h.send('35=3|45=1|371=108|373=5|58=bad');
    expect(h.take()).toEqual([]);
    const r = h.events.find((e) => e.name === 'reject')?.payload;
    expect(r).toMatchObject({ direction: 'in', kind: 'session', refSeq: 1, refTag: 108, reason: 5, text: 'bad' });
    expect(h.session.nextTargetSeq).toBe(3);
  });

  it('reports every Reject it sends as an event', () => {
    const h = loggedOnAcceptor();
    h.send('35=*');
    const r = h.events.find((e) => e.name === 'reject')?.payload;
    expect(r).toMatchObject({ direction: 'out', kind: 'session', refSeq: 2, refMsgType: '*', reason: 11 });
  });

  it('passes dictionary rejections from the validator on as Rejects with their reason and tag', () => {
    const validator: MessageValidator = (m) => (m.has(999) ? { reason: 0, tag: 999 } : null);
    const h = loggedOnAcceptor({ validator });
    h.send('35=0|999=HI');
    expect(rejectOf(h)).toMatchObject({ 371: '999', 373: '0', 58: 'Invalid tag number' });
    expect(h.session.nextTargetSeq).toBe(3);
  });

  it('surfaces an application message that failed validation to the application instead of dropping it silently', () => {
    const surfaced: string[] = [];
    const validator: MessageValidator = (m) => (m.msgType === '8' ? { reason: 5, tag: 39 } : null);
    const h = loggedOnAcceptor({
      validator,
      application: {
        onAppMessage: () => undefined,
        onRejectedAppMessage: (m, r) => void surfaced.push(`${m.getString(17)} 373=${r.reason}`),
      },
    });
    h.send('35=8|17=FILL-1|39=Z');
    expect(h.take().map((m) => m.type)).toEqual(['3']);
    expect(surfaced).toEqual(['FILL-1 373=5']);
  });

  it('surfaces an ExecutionReport rejected for SendingTime accuracy, but not one from the wrong CompID', () => {
    const surfaced: string[] = [];
    const app = {
      onAppMessage: () => undefined,
      onRejectedAppMessage: (m: { getString(tag: number): string | undefined }, r: { reason: number }) =>
        void surfaced.push(`${m.getString(17)} 373=${r.reason}`),
    };
    const late = loggedOnAcceptor({ application: app });
    late.send('35=8|17=FILL-LATE', { sendingTime: late.clock.now() - 300_000 });
    expect(surfaced).toEqual(['FILL-LATE 373=10']);
    const stranger = loggedOnAcceptor({ application: app });
    stranger.send('35=8|49=SOMEONE|17=FILL-FAKE');
    expect(surfaced).toEqual(['FILL-LATE 373=10']);
  });
});
