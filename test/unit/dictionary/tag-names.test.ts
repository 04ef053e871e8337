import { describe, expect, it } from 'vitest';
import { fix44 } from '../../../electron/fix/codec/dictionary/fix44.js';
import { describeMessage, enumLabel, nameFields, tagName } from '../../../electron/fix/codec/dictionary/tag-names.js';
import { msgOf } from './wire.js';

const dict = fix44();

describe('tag names and enum labels', () => {
  it('names standard and Kraken tags, and falls back to the number for unknown tags', () => {
    expect(tagName(dict, 54)).toBe('Side');
    expect(tagName(dict, 5041)).toBe('ChecksumOrderBook');
    expect(tagName(dict, 99999)).toBe('99999');
  });

  it('labels enum values, including Kraken additions', () => {
    expect(enumLabel(dict, 54, '1')).toBe('BUY');
    expect(enumLabel(dict, 40, 'U')).toBe('KRAKEN_TRAILING_STOP');
    expect(enumLabel(dict, 380, '104')).toBe('ORDER_TOO_OLD');
    expect(enumLabel(dict, 54, 'Z')).toBeUndefined();
  });

  it('labels each element of a multiple-value field', () => {
    expect(enumLabel(dict, 18, 'P s')).toBe('MARKET_PEG KRAKEN_SINGLE_FEE');
  });

  it('masks secret values in inspector rows and log lines', () => {
    const logon = msgOf('A', [
      [98, 0],
      [108, 60],
      [553, 'APIKEY'],
      [554, 'c2lnbmF0dXJl'],
      [5025, '1724512345678'],
    ]);
    const rows = nameFields(logon, dict);
    expect(rows.find((r) => r.tag === 554)).toEqual({ tag: 554, name: 'Password', value: '***' });
    expect(rows.find((r) => r.tag === 5025)?.value).toBe('***');
    const line = describeMessage(logon, dict);
    expect(line).toContain('35=A(MsgType=LOGON)');
    expect(line).toContain('553=APIKEY(Username)');
    expect(line).not.toContain('c2lnbmF0dXJl');
    expect(line).not.toContain('1724512345678');
  });
});
