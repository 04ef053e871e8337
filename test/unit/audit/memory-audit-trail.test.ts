import { describe, expect, it } from 'vitest';
import type { AuditAction } from '../../../shared/domain/audit.js';
import { MemoryAuditTrail } from '../../../electron/audit/index.js';

describe('MemoryAuditTrail', () => {
  it('records entries with increasing seq, the clock time and the current default user', () => {
    let user = 'alice';
    let t = 1000;
    const trail = new MemoryAuditTrail({ now: () => t, defaultUser: () => user });
    const a = trail.record('login', 'alice', 'accepted');
    user = 'bob';
    t = 2000;
    const b = trail.record('limits.change', 'BTC/USD max qty 5', 'accepted');
    expect(a).toEqual({
      seq: 1,
      time: 1000,
      user: 'alice',
      action: 'login',
      details: 'alice',
      outcome: 'accepted',
      reason: null,
    });
    expect(b).toMatchObject({ seq: 2, time: 2000, user: 'bob' });
    expect(trail.list(10)).toEqual([b, a]);
    expect(trail.list(0)).toEqual([]);
  });

  it('keeps only memoryLimit entries for list but all of them for csv', () => {
    const trail = new MemoryAuditTrail({ memoryLimit: 2, now: () => 0 });
    for (let i = 0; i < 5; i++) trail.record('order.new', `order ${i}`, 'accepted');
    expect(trail.list(10).map((e) => e.seq)).toEqual([5, 4]);
    expect(trail.csv().trimEnd().split('\r\n')).toHaveLength(6);
  });

  it('refuses an action or outcome outside the contract and a bad list limit', () => {
    const trail = new MemoryAuditTrail();
    expect(() => trail.record('order.delete' as AuditAction, '', 'accepted')).toThrow(/unknown action/);
    expect(() => trail.record('login', '', 'maybe' as 'accepted')).toThrow(/unknown outcome/);
    expect(() => trail.list(-1)).toThrow(RangeError);
    expect(() => trail.list(1.5)).toThrow(RangeError);
    expect(trail.list(10)).toEqual([]);
  });

  it('reports a masked secret through onIssue', () => {
    const issues: string[] = [];
    const trail = new MemoryAuditTrail({ onIssue: (m) => issues.push(m) });
    const e = trail.record('session.connect', '554=hunter2', 'accepted');
    expect(e.details).toBe('554=***');
    expect(issues).toEqual(['audit: masked 1 secret-looking value(s) in a session.connect entry']);
  });

  it('refuses a memory limit that is not a positive integer', () => {
    expect(() => new MemoryAuditTrail({ memoryLimit: 0 })).toThrow(RangeError);
  });
});
