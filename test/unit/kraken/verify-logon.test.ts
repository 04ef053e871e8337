import { describe, expect, it } from 'vitest';
import { krakenLogonHook } from '../../../electron/venue/kraken/logon-fields.js';
import { NonceSource } from '../../../electron/venue/kraken/nonce.js';
import { KrakenLogonVerifier } from '../../../electron/venue/kraken/verify-logon.js';
import { buildLogon, CTX, SECRET } from './logon.js';

const NOW = 1724512345678;
const KEYS = new Map([['APIKEY', SECRET]]);

function verifier(now = NOW): KrakenLogonVerifier {
  return new KrakenLogonVerifier({ secretFor: (k) => KEYS.get(k), clock: () => now });
}

function logon(nonceAt: number, secret = SECRET, apiKey = 'APIKEY') {
  const hook = krakenLogonHook({ session: 'trading', apiKey, apiSecret: () => secret }, new NonceSource(() => nonceAt));
  return buildLogon(hook);
}

describe('KrakenLogonVerifier', () => {
  it('accepts a correctly signed logon with a current nonce', () => {
    expect(verifier().verify(logon(NOW))).toEqual({ ok: true, apiKey: 'APIKEY' });
  });

  it('accepts nonces up to 5 s either side of the clock', () => {
    expect(verifier().verify(logon(NOW - 5000)).ok).toBe(true);
    expect(verifier().verify(logon(NOW + 5000)).ok).toBe(true);
  });

  it('rejects an unknown API key', () => {
    expect(verifier().verify(logon(NOW, SECRET, 'OTHERKEY'))).toEqual({ ok: false, reason: 'Unknown API key' });
  });

  it('rejects a logon signed with another secret', () => {
    expect(verifier().verify(logon(NOW, 'b3RoZXI='))).toEqual({ ok: false, reason: 'Invalid signature' });
  });

  it('rejects a logon whose signed fields were changed after signing', () => {
    const hook = krakenLogonHook(
      { session: 'trading', apiKey: 'APIKEY', apiSecret: () => SECRET },
      new NonceSource(() => NOW),
    );
    const signedForSeq7 = buildLogon((enc) => hook(enc, CTX), { ...CTX, msgSeqNum: 8 });
    expect(verifier().verify(signedForSeq7)).toEqual({ ok: false, reason: 'Invalid signature' });
  });

  it('rejects a nonce behind the clock by more than 5 s, saying by how much', () => {
    expect(verifier().verify(logon(NOW - 7200))).toEqual({
      ok: false,
      reason: 'Stale nonce: 7.2 s behind server time, outside the 5 s window',
    });
  });

  it('rejects a nonce ahead of the clock by more than 5 s', () => {
    expect(verifier().verify(logon(NOW + 5001))).toEqual({
      ok: false,
      reason: 'Stale nonce: 5.0 s ahead of server time, outside the 5 s window',
    });
  });

  it('rejects a replayed logon and any nonce not above the last accepted one for the key', () => {
    const v = verifier();
    const first = logon(NOW);
    expect(v.verify(first).ok).toBe(true);
    expect(v.verify(first)).toEqual({ ok: false, reason: 'Nonce not increasing for this API key' });
    expect(v.verify(logon(NOW - 1))).toEqual({ ok: false, reason: 'Nonce not increasing for this API key' });
    expect(v.verify(logon(NOW + 1)).ok).toBe(true);
  });

  it('does not advance the nonce state on a logon that fails verification', () => {
    const v = verifier();
    expect(v.verify(logon(NOW + 10, 'b3RoZXI=')).ok).toBe(false);
    expect(v.verify(logon(NOW + 5)).ok).toBe(true);
  });

  it('names the missing credential field', () => {
    const v = verifier();
    expect(v.verify(buildLogon(null))).toEqual({ ok: false, reason: 'Missing Username (553)' });
    expect(v.verify(buildLogon(null, CTX, [[553, 'APIKEY']]))).toEqual({ ok: false, reason: 'Missing Password (554)' });
    expect(
      v.verify(
        buildLogon(null, CTX, [
          [553, 'APIKEY'],
          [554, 'x'],
        ]),
      ),
    ).toEqual({ ok: false, reason: 'Missing Nonce (5025)' });
  });

  it('rejects a nonce that is not epoch milliseconds', () => {
    const msg = buildLogon(null, CTX, [
      [553, 'APIKEY'],
      [554, 'x'],
      [5025, '17245-12'],
    ]);
    expect(verifier().verify(msg)).toEqual({ ok: false, reason: 'Nonce (5025) is not epoch milliseconds' });
  });

  it('never puts the secret, the signature or the nonce in a reason', () => {
    const v = verifier();
    const msgs = [logon(NOW, 'b3RoZXI='), logon(NOW - 9000), logon(NOW, SECRET, 'NOKEY')];
    for (const msg of msgs) {
      const verdict = v.verify(msg);
      expect(verdict.ok).toBe(false);
      const reason = verdict.ok ? '' : verdict.reason;
      for (const secret of [SECRET, 'b3RoZXI=', msg.getString(554)!, msg.getString(5025)!]) {
        expect(reason).not.toContain(secret);
      }
    }
  });
});
