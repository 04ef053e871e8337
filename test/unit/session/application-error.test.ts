// An application callback that throws: the session goes on (one bad message must not stop it), and the message is
// surfaced as `applicationError` with its MsgType, number and raw bytes (masked), never dropped silently.
import { describe, expect, it } from 'vitest';
import {
  SessionState,
  type ApplicationErrorRecord,
  type MessageValidator,
} from '../../../electron/fix/session/index.js';
import { loggedOnAcceptor, type Harness } from './support/harness.js';

const ER = '35=8|37=O1|11=C1|17=E1|150=F|39=2|55=XBT/USD|54=1|38=1|32=1|31=41000|151=0|14=1|6=41000';

const errors = (h: Harness): ApplicationErrorRecord[] =>
  h.events.filter((e) => e.name === 'applicationError').map((e) => e.payload as ApplicationErrorRecord);

describe('an application callback that throws', () => {
  it('raises applicationError with the MsgType, the number and the raw message, and goes on', () => {
    const seen: string[] = [];
    const h = loggedOnAcceptor({
      application: {
        onAppMessage: (m) => {
          if (m.getString(17) === 'E1') throw new Error('blotter exploded');
          seen.push(m.getString(17) ?? '');
        },
      },
    });
    h.send(ER);
    h.send(ER.replace('17=E1', '17=E2'));
    const [e] = errors(h);
    expect(e).toMatchObject({
      callback: 'onAppMessage',
      msgType: '8',
      seq: 2,
      possDup: false,
      error: 'blotter exploded',
    });
    expect(e?.cause).toBeInstanceOf(Error);
    expect(e?.raw.toString('latin1')).toContain('\x0117=E1\x01');
    expect(e?.raw.toString('latin1')).toMatch(/^8=FIX\.4\.4\x01.*\x0110=\d{3}\x01$/);
    expect(seen).toEqual(['E2']);
    expect(h.session.state).toBe(SessionState.Active);
    expect(h.session.nextTargetSeq).toBe(4);
  });

  it('hands over a copy of the message that later messages cannot overwrite', () => {
    const h = loggedOnAcceptor({
      application: {
        onAppMessage: () => {
          throw new Error('no');
        },
      },
    });
    h.send(ER);
    const first = Buffer.from(errors(h)[0]!.raw);
    for (let i = 0; i < 5; i++) h.send(ER.replace('11=C1', `11=OTHER-${i}`));
    expect(errors(h)[0]!.raw.equals(first)).toBe(true);
    expect(errors(h)).toHaveLength(6);
  });

  it('masks credentials in the raw message it raises', () => {
    const h = loggedOnAcceptor({
      application: {
        onAppMessage: () => {
          throw new Error('cannot handle a UserRequest');
        },
      },
    });
    h.send('35=BE|923=R1|924=1|553=trader|554=hunter2');
    const [e] = errors(h);
    expect(e?.msgType).toBe('BE');
    expect(e?.raw.toString('latin1')).toContain('\x01554=***\x01');
    expect(e?.raw.toString('latin1')).not.toContain('hunter2');
  });

  it('raises applicationError when the handler for a rejected message throws', () => {
    const rejectAll: MessageValidator = (m) => (m.msgType === '8' ? { reason: 5, tag: 39 } : null);
    const h = loggedOnAcceptor({
      validator: rejectAll,
      application: {
        onAppMessage: () => undefined,
        onRejectedAppMessage: () => {
          throw new Error('rejected handler failed');
        },
      },
    });
    h.send(ER);
    expect(h.take().map((m) => m.type)).toEqual(['3']);
    expect(errors(h)).toMatchObject([{ callback: 'onRejectedAppMessage', msgType: '8', seq: 2 }]);
  });

  it('raises nothing when the application handles the message', () => {
    const h = loggedOnAcceptor({ application: { onAppMessage: () => undefined } });
    h.send(ER);
    expect(errors(h)).toEqual([]);
  });
});
