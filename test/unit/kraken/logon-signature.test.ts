import { describe, expect, it } from 'vitest';
import {
  KrakenSignatureError,
  krakenLogonPassword,
  type KrakenSignatureInput,
} from '../../../electron/venue/kraken/logon-signature.js';

// Test vectors from spec/kraken-fix44.md §1.3 (also in struktured-labs/fluxum's Kraken FIX tests).
const VECTOR: KrakenSignatureInput = {
  apiSecretBase64: 'c2VjcmV0',
  msgSeqNum: 7,
  senderCompId: 'CLIENT',
  targetCompId: 'KRAKEN-TRD',
  apiKey: 'APIKEY',
  nonce: '1724512345678',
};

function errorOf(input: KrakenSignatureInput): KrakenSignatureError {
  try {
    krakenLogonPassword(input);
  } catch (e) {
    if (e instanceof KrakenSignatureError) return e;
    throw e;
  }
  throw new Error('expected a KrakenSignatureError');
}

describe('krakenLogonPassword', () => {
  it('matches the spec test vector for MsgSeqNum 7', () => {
    expect(krakenLogonPassword(VECTOR)).toBe(
      'MwX+M7nvuHXxD5aGI/TFpghXxg2iblxXYyz7lRzLCPMA4UJYI3osNrUKWCiI3fDnOLkEQ5WKSK58Mp3nvu1Klw==',
    );
  });

  it('matches the spec test vector for MsgSeqNum 1', () => {
    expect(krakenLogonPassword({ ...VECTOR, msgSeqNum: 1 })).toBe(
      'f/UmMyNaxrrf3E6ZyERhkH3s0me58hp3PiE1v+Zg6OVkokeluwCEQhRzCx7IWgkZ7sJoOspukL7bFbvOh52GGQ==',
    );
  });

  it('changes with every signed input', () => {
    const base = krakenLogonPassword(VECTOR);
    const variants: Array<Partial<KrakenSignatureInput>> = [
      { nonce: '1724512345679' },
      { senderCompId: 'CLIENT2' },
      { targetCompId: 'KRAKEN-DRV-TRD' },
      { apiKey: 'APIKEY2' },
      { apiSecretBase64: 'c2VjcmV1' },
    ];
    for (const v of variants) expect(krakenLogonPassword({ ...VECTOR, ...v })).not.toBe(base);
  });

  it('rejects a secret that is not base64 without echoing it', () => {
    const e = errorOf({ ...VECTOR, apiSecretBase64: 'not base64 !!secret-value' });
    expect(e.message).toMatch(/API secret is not valid base64/);
    expect(e.message).not.toContain('secret-value');
  });

  it('rejects an empty secret, key or CompID', () => {
    expect(errorOf({ ...VECTOR, apiSecretBase64: '' }).message).toBe('API secret is empty');
    expect(errorOf({ ...VECTOR, apiKey: '' }).message).toBe('API key is empty');
    expect(errorOf({ ...VECTOR, senderCompId: '' }).message).toBe('SenderCompID is empty');
    expect(errorOf({ ...VECTOR, targetCompId: '' }).message).toBe('TargetCompID is empty');
  });

  it('rejects a CompID or key that would inject a field delimiter', () => {
    expect(errorOf({ ...VECTOR, senderCompId: 'A\x0156=X' }).message).toMatch(/SenderCompID must be printable ASCII/);
    expect(errorOf({ ...VECTOR, apiKey: 'KEY WITH SPACE' }).message).toMatch(/API key must be printable ASCII/);
  });

  it('rejects a MsgSeqNum that is not a positive integer', () => {
    for (const seq of [0, -1, 1.5, Number.NaN]) {
      expect(errorOf({ ...VECTOR, msgSeqNum: seq }).message).toMatch(/MsgSeqNum must be a positive integer/);
    }
  });

  it('rejects a nonce that is not decimal digits', () => {
    for (const nonce of ['', '17245x', '-1', '1.5']) {
      expect(errorOf({ ...VECTOR, nonce }).message).toBe('Nonce must be decimal digits (epoch milliseconds)');
    }
  });
});
