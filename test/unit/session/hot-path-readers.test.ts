// The allocation-free readers the inbound and outbound hot paths use instead of strings: each must give the same
// answer as the general code it stands in for (the codec's parseUtcTimestamp, the log layer's masking).
import { describe, expect, it } from 'vitest';
import { FixEncoder } from '../../../electron/fix/codec/encoder.js';
import type { FixMessage } from '../../../electron/fix/codec/fix-message.js';
import { FixParser } from '../../../electron/fix/codec/parser.js';
import { parseUtcTimestamp } from '../../../electron/fix/codec/timestamp.js';
import { maskSecretsBuffer } from '../../../electron/fix/log/mask-secrets.js';
import { fieldIs, valueIs } from '../../../electron/fix/session/read-fields.js';
import { bytesCarrySecrets, fieldsCarrySecrets } from '../../../electron/fix/session/secret-scan.js';
import { getTimestamp, timestampAt } from '../../../electron/fix/session/timestamp-at.js';

function messageWith(fields: Array<[number, string]>): FixMessage {
  const enc = new FixEncoder().begin('0');
  for (const [tag, value] of fields) enc.str(tag, value);
  const raw = Buffer.from(enc.finish());
  const m = new FixParser().parse(raw, 0, raw.length);
  if (m === null) throw new Error('test message does not parse');
  return m;
}

function timestampOf(text: string): number {
  const m = messageWith([[52, text]]);
  return timestampAt(m, m.indexOf(52));
}

describe('timestampAt reads a UTCTimestamp from the bytes exactly as parseUtcTimestamp reads the text', () => {
  const fixed = [
    '20260302-12:00:00.000',
    '20260302-12:00:00',
    '19700101-00:00:00.000',
    '19691231-23:59:59.999',
    '20240229-23:59:59.999',
    '20230229-12:00:00.000',
    '21000229-12:00:00.000',
    '20000229-12:00:00.000',
    '20261231-23:59:60.500',
    '20260431-10:00:00.000',
    '20260430-10:00:00.000',
    '20261301-10:00:00.000',
    '20260001-10:00:00.000',
    '20260100-10:00:00.000',
    '20260132-10:00:00.000',
    '20260101-24:00:00.000',
    '20260101-23:60:00.000',
    '20260101-23:59:61.000',
    '20260101-12:00:00.5',
    '20260101-12:00:00.123456789',
    '20260101-12:00:00.1234567890',
    '20260101-12:00:00.',
    '20260101-12:00:00,000',
    '20260101 12:00:00.000',
    '2026010-12:00:00.000',
    '2026-01-01T12:00:00Z',
    '00990101-12:00:00.000',
    '09990101-12:00:00.000',
    '10000101-00:00:00.000',
    '99991231-23:59:59.999',
    '2026O101-12:00:00.000',
    '20260101-12:00:0x.000',
    '20260101-12:00:00.0x0',
    'x',
  ];
  it.each(fixed)('agrees on %s', (text) => {
    const expected = parseUtcTimestamp(text);
    const got = timestampOf(text);
    if (Number.isNaN(expected)) expect(got).toBeNaN();
    else expect(got).toBe(expected);
  });

  it('agrees on ten thousand random instants between 1900 and 2200, with and without milliseconds', () => {
    let state = 12345;
    const rand = (): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    const from = Date.UTC(1900, 0, 1);
    const to = Date.UTC(2200, 0, 1);
    for (let k = 0; k < 10_000; k++) {
      const ms = Math.floor(from + rand() * (to - from));
      const iso = new Date(ms).toISOString();
      const text = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 19)}`;
      const withMs = `${text}.${iso.slice(20, 23)}`;
      expect(timestampOf(withMs)).toBe(ms);
      expect(timestampOf(text)).toBe(parseUtcTimestamp(text));
    }
  });

  it('answers NaN for an absent field', () => {
    expect(getTimestamp(messageWith([[58, 'no time here']]), 52)).toBeNaN();
  });
});

describe('valueIs and fieldIs compare a value with a string byte for byte', () => {
  const m = messageWith([
    [49, 'KRAKEN'],
    [56, 'CLIENT'],
  ]);
  it('matches only the exact value', () => {
    expect(fieldIs(m, 49, 'KRAKEN')).toBe(true);
    expect(fieldIs(m, 49, 'KRAKE')).toBe(false);
    expect(fieldIs(m, 49, 'KRAKEN-TRD')).toBe(false);
    expect(fieldIs(m, 49, 'kraken')).toBe(false);
    expect(valueIs(m, 0, 'FIX.4.4')).toBe(true);
  });

  it('is false for an absent tag', () => {
    expect(fieldIs(m, 50, '')).toBe(false);
  });
});

describe('the secret checks never miss a message the masking would change', () => {
  const cases: Array<[string, Array<[number, string]>, boolean]> = [
    [
      'an ExecutionReport',
      [
        [11, 'A1'],
        [150, 'F'],
        [39, '2'],
        [32, '1.5'],
        [31, '41000.5'],
      ],
      false,
    ],
    [
      'a Logon signature in 554',
      [
        [98, '0'],
        [108, '30'],
        [553, 'user'],
        [554, 'c2lnbmF0dXJl'],
      ],
      true,
    ],
    ['a nonce in 5025', [[5025, '1712345678901']], true],
    ['a new password in 925', [[925, 'pw']], true],
    [
      'secure data in 91 after its length in 90',
      [
        [90, '3'],
        [91, 'abc'],
      ],
      true,
    ],
    [
      'raw data in 96 after its length in 95',
      [
        [95, '3'],
        [96, 'abc'],
      ],
      true,
    ],
    ['a tag that only ends in 554', [[1554, 'x']], false],
    ['a value that contains 554=', [[58, '554=x']], false],
  ];
  it.each(cases)('%s', (_what, fields, secret) => {
    const m = messageWith(fields);
    const raw = Buffer.from(m.raw());
    const masked = maskSecretsBuffer(raw);
    expect(masked.equals(raw)).toBe(!secret);
    expect(fieldsCarrySecrets(m)).toBe(secret);
    expect(bytesCarrySecrets(raw)).toBe(secret);
  });

  it('treats bytes it cannot read as fields as possibly secret', () => {
    expect(bytesCarrySecrets(Buffer.from('8=FIX.4.4\x01garbage\x01', 'latin1'))).toBe(true);
    expect(bytesCarrySecrets(Buffer.from('8=FIX.4.4\x0135=0\x0110=000\x01', 'latin1'))).toBe(false);
  });

  it('reads a secret tag written with leading zeros as the masking does', () => {
    const raw = Buffer.from('8=FIX.4.4\x0135=A\x010554=secret\x0110=000\x01', 'latin1');
    expect(maskSecretsBuffer(raw).equals(raw)).toBe(false);
    expect(bytesCarrySecrets(raw)).toBe(true);
  });
});
