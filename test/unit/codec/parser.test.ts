import { describe, expect, it } from 'vitest';
import { FixParser, fromVisible, groupSpec } from '../../../electron/fix/codec/index.js';
import { frame } from '../../support/fix-text.js';

const order = frame('35=D|49=TW|56=ISLD|34=7|52=20261124-10:00:00.000|11=ORD-1|55=BTC/USD|54=1|38=0.25|44=43250.5|40=2|43=Y');

describe('FixParser', () => {
  it('reads header and body fields lazily from the bytes', () => {
    const m = new FixParser().parse(order, 0, order.length);
    expect(m).not.toBeNull();
    expect(m!.msgType).toBe('D');
    expect(m!.seqNum).toBe(7);
    expect(m!.getString(11)).toBe('ORD-1');
    expect(m!.getNumber(38)).toBe(0.25);
    expect(m!.getNumber(44)).toBe(43250.5);
    expect(m!.getBool(43)).toBe(true);
    expect(m!.getString(9999)).toBeUndefined();
    expect(Number.isNaN(m!.getNumber(99))).toBe(true);
  });

  it('parses a message in the middle of a larger buffer', () => {
    const buf = Buffer.concat([Buffer.from('xxxx'), order, Buffer.from('yyyy')]);
    const m = new FixParser().parse(buf, 4, 4 + order.length);
    expect(m?.getString(55)).toBe('BTC/USD');
  });

  it('rejects a message whose CheckSum does not match its bytes', () => {
    const bad = Buffer.from(order);
    bad[bad.length - 2] = bad[bad.length - 2] === 0x30 ? 0x31 : 0x30;
    const p = new FixParser();
    expect(p.parse(bad, 0, bad.length)).toBeNull();
    expect(p.reason).toBe('bad-checksum');
  });

  it('rejects a message whose BodyLength does not match its body', () => {
    const text = order.toString('latin1').replace(/\x019=(\d+)\x01/, (_m, n: string) => `\x019=${Number(n) + 1}\x01`);
    const p = new FixParser();
    expect(p.parse(Buffer.from(text, 'latin1'), 0, text.length)).toBeNull();
    expect(p.reason).toBe('bad-body-length');
  });

  it('rejects messages that do not start 8=, 9=, 35=', () => {
    const p = new FixParser();
    const swapped = fromVisible('9=5|8=FIX.4.4|35=0|10=000|');
    expect(p.parse(swapped, 0, swapped.length)).toBeNull();
    expect(p.reason).toBe('bad-begin-string');
    const noType = fromVisible('8=FIX.4.4|9=5|34=1|10=000|');
    expect(p.parse(noType, 0, noType.length)).toBeNull();
    expect(p.reason).toBe('bad-msg-type');
  });

  it('rejects a non-numeric or empty tag and a message cut short', () => {
    const p = new FixParser();
    const letters = fromVisible('8=FIX.4.4|9=5|35=0|A=1|10=000|');
    expect(p.parse(letters, 0, letters.length)).toBeNull();
    expect(p.reason).toBe('bad-tag');
    const empty = fromVisible('8=FIX.4.4|9=5|35=0|=1|10=000|');
    expect(p.parse(empty, 0, empty.length)).toBeNull();
    expect(p.reason).toBe('bad-tag');
    expect(p.parse(order, 0, order.length - 1)).toBeNull();
    expect(p.reason).toBe('truncated');
  });

  it('keeps fields with empty values so validation can reject them (373=4) instead of dropping the message', () => {
    const m = new FixParser().parse(frame('35=D|49=TW|56=ISLD|34=2|58='), 0, frame('35=D|49=TW|56=ISLD|34=2|58=').length);
    expect(m?.getString(58)).toBe('');
  });

  it('walks repeating group instances and stops at the first non-member tag', () => {
    const x = frame('35=X|49=K|56=TW|34=3|262=r1|268=3|279=0|269=0|55=BTC/USD|270=100.5|271=2|279=1|269=1|55=BTC/USD|270=101|271=0.5|279=2|269=0|55=ETH/USD|270=99|5041=12345');
    const m = new FixParser().parse(x, 0, x.length)!;
    const spec = groupSpec(268, 279, [279, 269, 55, 270, 271]);
    const n = m.group(spec);
    expect(n).toBe(3);
    const prices: number[] = [];
    for (let k = 0; k < n; k++) {
      const i = m.indexFrom(270, m.groupStart(k), m.groupLimit(k, n));
      prices.push(m.numberAt(i));
    }
    expect(prices).toEqual([100.5, 101, 99]);
    expect(m.tagAt(m.groupLimit(2, n))).toBe(5041);
  });

  it('finds no instances for a group whose count is zero', () => {
    const w = frame('35=W|49=K|56=TW|34=3|262=r1|55=BTC/USD|268=0');
    const m = new FixParser().parse(w, 0, w.length)!;
    expect(m.group(groupSpec(268, 269, [269, 270, 271]))).toBe(0);
  });

  it('detaches a message so it survives the next parse', () => {
    const p = new FixParser();
    const kept = p.parse(order, 0, order.length)!.detach();
    const hb = frame('35=0|49=TW|56=ISLD|34=8');
    p.parse(hb, 0, hb.length);
    expect(kept.getString(11)).toBe('ORD-1');
    expect(kept.raw().equals(order)).toBe(true);
    expect(p.message.msgType).toBe('0');
  });
});

describe('FixParser with data fields', () => {
  it('reads a data field containing SOH by the length announced in the field before it', () => {
    const raw = frameWithData('35=A|49=TW|56=ISLD|34=1|98=0|108=30', 95, 96, 'ab\x01c=de');
    const m = new FixParser().parse(raw, 0, raw.length);
    expect(m?.getString(96)).toBe('ab\x01c=de');
    expect(m?.getInt(108)).toBe(30);
  });

  it('rejects a data field whose length does not end on a SOH', () => {
    const raw = frameWithData('35=A|49=TW|56=ISLD|34=1', 95, 96, 'abcdef', 4);
    const p = new FixParser();
    expect(p.parse(raw, 0, raw.length)).toBeNull();
    expect(p.reason).toBe('bad-data-length');
  });
});

function frameWithData(fields: string, lenTag: number, dataTag: number, data: string, declared = data.length): Buffer {
  const head = frame(fields).toString('latin1');
  const body = head.slice(head.indexOf('\x0135=') + 1, head.lastIndexOf('10=')) + `${lenTag}=${declared}\x01${dataTag}=${data}\x01`;
  const text = `8=FIX.4.4\x019=${body.length}\x01${body}`;
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  return Buffer.from(`${text}10=${String(sum & 255).padStart(3, '0')}\x01`, 'latin1');
}

describe('FixParser with unusual tags', () => {
  it('parses tag 0 as an ordinary field so validation can answer Reject 373=0', () => {
    const raw = frame('35=D|49=TW|56=ISLD|34=2|0=HI|11=A');
    const m = new FixParser().parse(raw, 0, raw.length);
    expect(m?.getString(0)).toBe('HI');
    expect(m?.getString(11)).toBe('A');
  });
});
