import { describe, it, expect } from 'vitest';
import { maskSecrets, maskSecretsBuffer } from '../../../electron/fix/log/mask-secrets.js';

/** Writes FIX with `|` for readability and turns it into SOH. */
const fix = (s: string): string => s.replaceAll('|', '\x01');
const show = (s: string): string => s.replaceAll('\x01', '|');

describe('maskSecrets', () => {
  it('masks the Kraken logon signature and nonce and keeps every other field', () => {
    const logon = fix(
      '8=FIX.4.4|9=120|35=A|34=1|49=CLIENT|56=KRAKEN-TRD|553=APIKEY|554=c2lnbmF0dXJl==|5025=1724512345678|10=123|',
    );
    expect(show(maskSecrets(logon))).toBe(
      '8=FIX.4.4|9=120|35=A|34=1|49=CLIENT|56=KRAKEN-TRD|553=APIKEY|554=***|5025=***|10=123|',
    );
  });

  it('masks RawData (96) and NewPassword (925)', () => {
    expect(show(maskSecrets(fix('35=A|95=4|96=abcd|925=newpw|58=ok|')))).toBe('35=A|95=4|96=***|925=***|58=ok|');
  });

  it('does not mask a tag that merely ends in a secret tag number', () => {
    const s = fix('35=A|1554=keep|15025=keep|196=keep|9250=keep|');
    expect(maskSecrets(s)).toBe(s);
  });

  it('does not mask a secret tag number that appears inside another value', () => {
    const s = fix('35=D|58=554=not-a-field|');
    expect(maskSecrets(s)).toBe(s);
  });

  it('masks a secret field at the very start of the input', () => {
    expect(show(maskSecrets(fix('554=secret|35=A|')))).toBe('554=***|35=A|');
  });

  it('masks a secret field at the end of the input without a trailing SOH', () => {
    expect(show(maskSecrets(fix('35=A|554=secret')))).toBe('35=A|554=***');
  });

  it('masks an empty secret value too', () => {
    expect(show(maskSecrets(fix('35=A|554=|58=x|')))).toBe('35=A|554=***|58=x|');
  });

  it('masks a value that itself contains an equals sign up to the next SOH', () => {
    expect(show(maskSecrets(fix('554=ab==cd=|5025=1|')))).toBe('554=***|5025=***|');
  });

  it('treats a tag with leading zeros as the same tag, as a lenient parser would', () => {
    expect(show(maskSecrets(fix('35=A|0554=secret|')))).toBe('35=A|0554=***|');
  });

  it('masks every repetition of a secret tag', () => {
    expect(show(maskSecrets(fix('554=a|554=b|554=c|')))).toBe('554=***|554=***|554=***|');
  });

  it('masks a RawData value containing SOH over its declared length (95)', () => {
    const s = fix('35=A|95=7|96=ab|cd|e|58=x|');
    expect(show(maskSecrets(s))).toBe('35=A|95=7|96=***|58=x|');
  });

  it('falls back to the next SOH when the declared RawData length does not land on a SOH', () => {
    expect(show(maskSecrets(fix('95=3|96=abcdef|58=x|')))).toBe('95=3|96=***|58=x|');
  });

  it('ignores a length field that is not directly before RawData', () => {
    expect(show(maskSecrets(fix('95=2|58=x|96=ab|cd|')))).toBe('95=2|58=x|96=***|cd|');
  });

  it('skips garbage fields without an equals sign or with a non-numeric tag', () => {
    expect(show(maskSecrets(fix('garbage|=x|ab=1|554=s|')))).toBe('garbage|=x|ab=1|554=***|');
  });

  it('returns text without secrets unchanged, including the empty string', () => {
    expect(maskSecrets('')).toBe('');
    expect(maskSecrets('session state ACTIVE')).toBe('session state ACTIVE');
  });

  it('reads a Buffer byte for byte so the masked text maps back to the same bytes', () => {
    const raw = Buffer.concat([
      Buffer.from(fix('35=D|58='), 'latin1'),
      Buffer.from([0xc3, 0xa9, 0xff]),
      Buffer.from(fix('|554=s|')),
    ]);
    const masked = maskSecrets(raw);
    const expected = Buffer.concat([
      Buffer.from(fix('35=D|58='), 'latin1'),
      Buffer.from([0xc3, 0xa9, 0xff]),
      Buffer.from(fix('|554=***|')),
    ]);
    expect(Buffer.from(masked, 'latin1').equals(expected)).toBe(true);
  });

  it('keeps non-latin1 characters of a string input intact', () => {
    expect(show(maskSecrets(fix('58=ordre refusé → 東京|554=x|')))).toBe('58=ordre refusé → 東京|554=***|');
  });
});

describe('maskSecretsBuffer', () => {
  it('returns the very same Buffer when there is nothing to mask', () => {
    const raw = Buffer.from(fix('8=FIX.4.4|35=0|34=2|10=073|'));
    expect(maskSecretsBuffer(raw)).toBe(raw);
  });

  it('returns a masked copy and leaves the input untouched', () => {
    const raw = Buffer.from(fix('35=A|554=secret|'));
    const out = maskSecretsBuffer(raw);
    expect(show(out.toString('latin1'))).toBe('35=A|554=***|');
    expect(show(raw.toString('latin1'))).toBe('35=A|554=secret|');
  });
});
