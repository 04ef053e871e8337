import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/domain/audit.js';
import { auditCsv, csvCell } from '../../../electron/audit/index.js';

const entry: AuditEntry = {
  seq: 7,
  time: Date.UTC(2025, 0, 2, 3, 4, 5, 678),
  user: 'alice',
  action: 'order.new',
  details: 'BTC/USD buy 0.5, "limit" 60000',
  outcome: 'rejected',
  reason: null,
};

describe('audit CSV', () => {
  it('writes a header and one CRLF row per entry with ISO UTC times', () => {
    expect(auditCsv([entry])).toBe(
      'seq,time,user,action,details,outcome,reason\r\n' +
        '7,2025-01-02T03:04:05.678Z,alice,order.new,"BTC/USD buy 0.5, ""limit"" 60000",rejected,\r\n',
    );
  });

  it('quotes cells holding a comma, a quote or a line break as RFC 4180 says', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('')).toBe('');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('a=1')).toBe('a=1');
  });

  it('defuses a hostile user name in a full row', () => {
    const csv = auditCsv([{ ...entry, user: '=cmd|/c calc!A1', details: 'x' }]);
    expect(csv.split('\r\n')[1]).toBe("7,2025-01-02T03:04:05.678Z,'=cmd|/c calc!A1,order.new,x,rejected,");
  });
});
