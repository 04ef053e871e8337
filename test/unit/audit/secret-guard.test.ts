import { describe, expect, it } from 'vitest';
import { guardAuditText } from '../../../electron/audit/index.js';

const SECRET = 'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==';

describe('guardAuditText', () => {
  it('masks FIX password, nonce and signature fields in wire text and in piped text', () => {
    expect(guardAuditText('35=A\u0001554=abc\u00015025=123\u000196=sig\u0001', 500)).toEqual({
      text: '35=A 554=*** 5025=*** 96=*** ',
      masked: 3,
    });
    expect(guardAuditText('35=A|554=abc|58=ok', 500).text).toBe('35=A|554=***|58=ok');
    expect(guardAuditText('554=abc, 925=new', 500).text).toBe('554=***, 925=***');
  });

  it('leaves tags that merely end in a secret tag number alone', () => {
    expect(guardAuditText('1554=x 25025=y', 500)).toEqual({ text: '1554=x 25025=y', masked: 0 });
  });

  it('masks a long base64 secret and named secrets', () => {
    expect(guardAuditText(`secret ${SECRET} stored`, 500)).toEqual({ text: 'secret *** stored', masked: 1 });
    expect(guardAuditText('password: hunter2; apiSecret=abc', 500).text).toBe('password: ***; apiSecret=***');
  });

  it('keeps ClOrdIDs, UUIDs, order keys, symbols and prices readable', () => {
    const text =
      'demo-trading:1732000000000 ClOrdID 123456789012345678 uuid 550e8400-e29b-41d4-a716-446655440000 ' +
      'BTC/USD buy 0.00012345 @ 64012.5 hasSecret=true';
    expect(guardAuditText(text, 500)).toEqual({ text, masked: 0 });
  });

  it('turns control characters into spaces and caps the length', () => {
    expect(guardAuditText('a\nb\rc\u0000d', 500).text).toBe('a b c d');
    const long = guardAuditText('x'.repeat(50), 10).text;
    expect(long).toBe(`${'x'.repeat(9)}…`);
  });
});
