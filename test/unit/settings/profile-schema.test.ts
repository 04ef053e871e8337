import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../../shared/ipc/commands.js';
import {
  DEMO_PROFILE,
  describeIssues,
  profileInputSchema,
  setSecretRequestSchema,
} from '../../../electron/settings/index.js';

const kraken: ProfileInput = {
  id: 'kraken-uat',
  name: 'Kraken UAT',
  kind: 'kraken-spot',
  trading: {
    host: 'fix-uat.kraken.com',
    port: 5801,
    tls: true,
    senderCompId: 'ACME 01',
    targetCompId: 'KRAKEN-TRD',
    heartBtIntSec: 60,
  },
  marketData: {
    host: 'fix-uat.kraken.com',
    port: 5802,
    tls: true,
    serverName: 'fix-uat.kraken.com',
    caFile: '/etc/ssl/kraken-uat.pem',
    senderCompId: 'ACME 01',
    targetCompId: 'KRAKEN-MD',
    heartBtIntSec: 60,
  },
  apiKey: 'abcDEF123+/=',
  cancelOnDisconnect: true,
  autoConnect: false,
};

/** The refusal as main would report it, or 'ok'. */
function check(p: unknown): string {
  const r = profileInputSchema.safeParse(p);
  return r.success ? 'ok' : describeIssues(r.error);
}

function withTrading(patch: Record<string, unknown>): unknown {
  return { ...kraken, trading: { ...kraken.trading, ...patch } };
}

describe('profileInputSchema', () => {
  it('accepts the demo profile and a full Kraken profile', () => {
    expect(check(DEMO_PROFILE)).toBe('ok');
    expect(check(kraken)).toBe('ok');
    expect(check({ ...kraken, trading: { ...kraken.trading, host: '::1' } })).toBe('ok');
    expect(check({ ...kraken, trading: { ...kraken.trading, host: '10.0.0.7' } })).toBe('ok');
  });

  it('refuses unknown keys, including a hasSecret the renderer has no say in', () => {
    expect(check({ ...kraken, hasSecret: true })).toMatch(/hasSecret/);
    expect(check(withTrading({ password: 'x' }))).toMatch(/^trading: .*password/);
  });

  it('refuses profile ids that cannot name a session', () => {
    expect(check({ ...kraken, id: 'Kraken' })).toBe(
      'id: may hold only a-z, 0-9 and -, and must start with a letter or digit',
    );
    expect(check({ ...kraken, id: '-x' })).toMatch(/^id: /);
    expect(check({ ...kraken, id: '' })).toMatch(/^id: must not be empty/);
    expect(check({ ...kraken, id: 'a'.repeat(57) })).toBe('id: must be at most 56 characters');
    expect(check({ ...kraken, id: 'a'.repeat(56) })).toBe('ok');
  });

  it('refuses CompIDs with SOH, =, non-ASCII or surrounding spaces, and equal sender and target', () => {
    const rule = "trading.senderCompId: must be printable ASCII without '=' and without leading or trailing spaces";
    expect(check(withTrading({ senderCompId: 'A\u0001B' }))).toBe(rule);
    expect(check(withTrading({ senderCompId: 'A=B' }))).toBe(rule);
    expect(check(withTrading({ senderCompId: 'ÄCME' }))).toBe(rule);
    expect(check(withTrading({ senderCompId: 'ACME ' }))).toBe(rule);
    expect(check(withTrading({ senderCompId: 'KRAKEN-TRD' }))).toBe(
      'trading.targetCompId: must differ from senderCompId',
    );
  });

  it('refuses hosts with a scheme, a port or a bad address, and ports outside 1 to 65535', () => {
    const hostRule = 'trading.host: must be a host name or an IP address (no scheme, no port, no path)';
    expect(check(withTrading({ host: 'tcp://fix.kraken.com' }))).toBe(hostRule);
    expect(check(withTrading({ host: 'fix.kraken.com:5801' }))).toBe(hostRule);
    expect(check(withTrading({ host: '999.1.1.1' }))).toBe(hostRule);
    expect(check(withTrading({ host: '' }))).toMatch(/^trading.host: must not be empty/);
    expect(check(withTrading({ port: 0 }))).toBe('trading.port: must be from 1 to 65535');
    expect(check(withTrading({ port: 65536 }))).toBe('trading.port: must be from 1 to 65535');
    expect(check(withTrading({ port: 58.5 }))).toBe('trading.port: must be a whole number');
    expect(check(withTrading({ port: '5801' }))).toBe('trading.port: must be a number');
  });

  it('refuses a server name that is an address, a relative CA path and TLS options without TLS', () => {
    expect(check(withTrading({ serverName: '10.0.0.1' }))).toBe(
      'trading.serverName: must be a host name (certificates are checked against it)',
    );
    expect(check(withTrading({ caFile: 'certs/ca.pem' }))).toBe('trading.caFile: must be an absolute path');
    expect(check({ ...(withTrading({ tls: false, caFile: '/ca.pem' }) as object), kind: 'fix44' })).toBe(
      'trading.caFile: applies only with tls: true',
    );
  });

  it('refuses a Kraken profile without TLS but lets a generic FIX venue go without', () => {
    expect(check(withTrading({ tls: false }))).toBe('trading.tls: Kraken accepts only TLS');
    expect(check({ ...(withTrading({ tls: false }) as object), kind: 'fix44' })).toBe('ok');
  });

  it('refuses heartbeat intervals outside 1 to 300 seconds and names with control characters', () => {
    expect(check(withTrading({ heartBtIntSec: 0 }))).toBe('trading.heartBtIntSec: must be from 1 to 300 seconds');
    expect(check({ ...kraken, name: 'UAT\u0001x' })).toBe('name: must not hold control characters');
    expect(check({ ...kraken, kind: 'binance' })).toBe(
      'kind: must be one of simulator, kraken-spot, kraken-derivatives, fix44',
    );
  });

  it('refuses a secret with a control character without echoing it', () => {
    const r = setSecretRequestSchema.safeParse({ profileId: 'kraken-uat', secret: 'hunter2\n' });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(describeIssues(r.error)).toBe('secret: must not hold control characters');
      expect(JSON.stringify(r.error.issues)).not.toContain('hunter2');
    }
  });
});
