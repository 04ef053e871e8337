import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileAuditTrail, type FileAuditTrailOptions } from '../../../electron/audit/index.js';
import { tempDirs } from '../store/temp-dir.js';

const tempDir = tempDirs('audit-');
const opened: FileAuditTrail[] = [];

function open(file: string, extra: Partial<FileAuditTrailOptions> = {}): FileAuditTrail {
  let t = 1_700_000_000_000;
  const trail = new FileAuditTrail({ file, fsync: 'never', now: () => t++, defaultUser: () => 'alice', ...extra });
  opened.push(trail);
  return trail;
}

function lines(file: string): string[] {
  return fs.readFileSync(file, 'utf8').split('\n');
}

afterEach(() => {
  for (const t of opened.splice(0)) t.close();
});

describe('FileAuditTrail', () => {
  it('writes each entry as one JSON line and lists entries newest first', () => {
    const file = path.join(tempDir(), 'audit.jsonl');
    const trail = open(file);
    const a = trail.record('session.connect', 'demo-trading', 'accepted');
    const b = trail.record('order.new', 'demo-trading BTC/USD buy 0.1 @ 60000', 'rejected', 'max-notional', 'bob');
    expect([a.seq, b.seq]).toEqual([1, 2]);
    expect(b).toMatchObject({ user: 'bob', action: 'order.new', outcome: 'rejected', reason: 'max-notional' });
    expect(a.user).toBe('alice');
    expect(trail.list(10)).toEqual([b, a]);
    expect(trail.list(1)).toEqual([b]);
    const written = lines(file);
    expect(written).toHaveLength(3);
    expect(written[2]).toBe('');
    expect(JSON.parse(written[0]!)).toEqual(a);
    expect(JSON.parse(written[1]!)).toEqual(b);
  });

  it('continues the seq after a restart and lists the entries recorded before it', () => {
    const file = path.join(tempDir(), 'audit.jsonl');
    const first = open(file);
    first.record('login', 'alice', 'accepted');
    first.record('kill-switch.engage', 'all sessions', 'accepted');
    first.close();
    const second = open(file);
    expect(second.recovery).toEqual({ entriesRead: 2, lastSeq: 2, skippedLines: 0, tornTail: false });
    const next = second.record('kill-switch.rearm', '', 'accepted');
    expect(next.seq).toBe(3);
    expect(second.list(5).map((e) => e.seq)).toEqual([3, 2, 1]);
  });

  it('keeps only the newest entries in memory after a restart, while csv still holds the whole file', () => {
    const file = path.join(tempDir(), 'audit.jsonl');
    const first = open(file);
    for (let i = 0; i < 10; i++) first.record('order.cancel', `order ${i}`, 'accepted');
    first.close();
    const second = open(file, { memoryLimit: 3 });
    expect(second.list(100).map((e) => e.seq)).toEqual([10, 9, 8]);
    expect(second.record('order.cancel', 'order 10', 'accepted').seq).toBe(11);
    const csv = second.csv().split('\r\n');
    expect(csv[0]).toBe('seq,time,user,action,details,outcome,reason');
    expect(csv.slice(1, -1).map((row) => Number(row.split(',')[0]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('skips and reports a torn last line after a crash, keeps it in the file and never reuses its seq', () => {
    const file = path.join(tempDir(), 'audit.jsonl');
    const first = open(file);
    first.record('order.new', 'one', 'accepted');
    first.record('order.new', 'two', 'accepted');
    first.close();
    const torn = '{"seq":3,"time":1700000000002,"user":"ali';
    fs.appendFileSync(file, torn);
    const issues: string[] = [];
    const second = open(file, { onIssue: (m) => issues.push(m) });
    expect(second.recovery).toEqual({ entriesRead: 2, lastSeq: 3, skippedLines: 1, tornTail: true });
    expect(issues.join('\n')).toMatch(/torn line/);
    const next = second.record('order.new', 'four', 'accepted');
    expect(next.seq).toBe(4);
    expect(lines(file)).toEqual([
      expect.stringContaining('"details":"one"'),
      expect.stringContaining('"details":"two"'),
      torn,
      expect.stringContaining('"details":"four"'),
      '',
    ]);
    expect(second.list(10).map((e) => e.details)).toEqual(['four', 'two', 'one']);
    second.close();
    const third = open(file);
    expect(third.recovery).toMatchObject({ entriesRead: 3, lastSeq: 4, skippedLines: 1, tornTail: false });
    expect(
      third
        .csv()
        .split('\r\n')
        .slice(1, -1)
        .map((row) => row.split(',')[4]),
    ).toEqual(['one', 'two', 'four']);
  });

  it('survives a torn line that lost even its seq by continuing after the last valid entry', () => {
    const file = path.join(tempDir(), 'audit.jsonl');
    const first = open(file);
    first.record('login', 'alice', 'accepted');
    first.close();
    fs.appendFileSync(file, '{"se');
    const second = open(file);
    expect(second.recovery.tornTail).toBe(true);
    expect(second.record('login', 'alice', 'accepted').seq).toBe(2);
  });

  it('only ever appends: the bytes written before a restart are unchanged afterwards', () => {
    const file = path.join(tempDir(), 'audit.jsonl');
    const first = open(file);
    first.record('session.connect', 'demo-trading', 'accepted');
    first.record('session.disconnect', 'demo-trading', 'timed-out', 'no Logout from the peer');
    first.close();
    const before = fs.readFileSync(file);
    const second = open(file);
    second.record('session.reset', 'demo-trading', 'accepted');
    const after = fs.readFileSync(file);
    expect(after.length).toBeGreaterThan(before.length);
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
  });

  it('never writes a FIX password, a nonce or a long base64 secret to the file', () => {
    const file = path.join(tempDir(), 'audit.jsonl');
    const secret = 'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==';
    const trail = open(file);
    const entry = trail.record(
      'session.connect',
      `logon 553=KEY\u0001554=${secret}\u00015025=1700000000000\u0001`,
      'rejected',
      `venue said: bad signature for password=${secret}`,
    );
    trail.record('settings.change', `profile kraken-uat secret ${secret}`, 'accepted');
    const text = fs.readFileSync(file, 'utf8') + trail.csv();
    expect(text).not.toContain(secret);
    expect(text).not.toContain('1700000000000\\u0001');
    expect(text).not.toContain('\u0001');
    expect(entry.details).toBe('logon 553=KEY 554=*** 5025=*** ');
    expect(entry.reason).toBe('venue said: bad signature for password=***');
  });

  it('refuses to open a file already open in this process and opens it again after close', () => {
    const file = path.join(tempDir(), 'audit.jsonl');
    const first = open(file);
    expect(() => new FileAuditTrail({ file })).toThrow(/already open/);
    first.close();
    const second = open(file);
    expect(second.record('login', 'alice', 'accepted').seq).toBe(1);
  });

  it('creates the file and its directory owner-only', () => {
    const file = path.join(tempDir(), 'nested', 'dir', 'audit.jsonl');
    open(file).record('login', 'alice', 'accepted');
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('writes and syncs an entry before record returns under the default fsync policy', () => {
    const file = path.join(tempDir(), 'audit.jsonl');
    const trail = new FileAuditTrail({ file });
    opened.push(trail);
    trail.record('login', 'alice', 'accepted');
    expect(lines(file)).toHaveLength(2);
  });

  it('tells listeners about each entry, stops after unsubscribe and reports a listener that throws', () => {
    const issues: string[] = [];
    const trail = open(path.join(tempDir(), 'audit.jsonl'), { onIssue: (m) => issues.push(m) });
    const heard: number[] = [];
    const off = trail.onEntry((e) => heard.push(e.seq));
    trail.onEntry(() => {
      throw new Error('renderer went away');
    });
    trail.record('login', 'alice', 'accepted');
    off();
    const second = trail.record('login', 'alice', 'accepted');
    expect(heard).toEqual([1]);
    expect(second.seq).toBe(2);
    expect(issues).toEqual([
      'audit: an entry listener threw: renderer went away',
      'audit: an entry listener threw: renderer went away',
    ]);
  });

  it('rejects an fsync interval without the interval policy', () => {
    const file = path.join(tempDir(), 'audit.jsonl');
    expect(() => new FileAuditTrail({ file, fsyncIntervalMs: 50 })).toThrow(/only applies to fsync 'interval'/);
  });
});
