import { describe, expect, it } from 'vitest';
import { fix44 } from '../../../electron/fix/codec/dictionary/fix44.js';
import { validate } from '../../../electron/fix/codec/dictionary/validate.js';
import { krakenLogonHook, KrakenLogonConfigError } from '../../../electron/venue/kraken/logon-fields.js';
import { krakenLogonPassword } from '../../../electron/venue/kraken/logon-signature.js';
import { NonceSource } from '../../../electron/venue/kraken/nonce.js';
import { buildLogon, CTX, SECRET } from './logon.js';

const NOW = 1724512345678;
const trading = { session: 'trading', apiKey: 'APIKEY', apiSecret: () => SECRET } as const;

function bodyTags(hook: ReturnType<typeof krakenLogonHook>): number[] {
  return buildLogon(hook)
    .fields()
    .map(([t]) => t)
    .filter((t) => ![8, 9, 35, 49, 56, 34, 52, 98, 108, 10].includes(t));
}

describe('krakenLogonHook', () => {
  it('signs a trading logon with the spec formula over the logon’s own seq, CompIDs, key and nonce', () => {
    const msg = buildLogon(krakenLogonHook(trading, new NonceSource(() => NOW)));
    expect(msg.getString(553)).toBe('APIKEY');
    expect(msg.getString(5025)).toBe(String(NOW));
    expect(msg.getString(554)).toBe(
      'MwX+M7nvuHXxD5aGI/TFpghXxg2iblxXYyz7lRzLCPMA4UJYI3osNrUKWCiI3fDnOLkEQ5WKSK58Mp3nvu1Klw==',
    );
  });

  it('sends cancel-on-disconnect 8674=0 by default and 8674=1 when orders should survive a disconnect', () => {
    expect(buildLogon(krakenLogonHook(trading)).getString(8674)).toBe('0');
    expect(buildLogon(krakenLogonHook({ ...trading, cancelOnDisconnect: false })).getString(8674)).toBe('1');
  });

  it('sends ForceResetClOrdID 5030=Y only when explicitly requested', () => {
    expect(buildLogon(krakenLogonHook(trading)).has(5030)).toBe(false);
    expect(buildLogon(krakenLogonHook({ ...trading, forceResetClOrdId: false })).has(5030)).toBe(false);
    expect(buildLogon(krakenLogonHook({ ...trading, forceResetClOrdId: true })).getString(5030)).toBe('Y');
  });

  it('writes the trading fields in a fixed order, with ClientID and Rebased when configured', () => {
    const hook = krakenLogonHook({ ...trading, clientId: 'desk-1', rebased: true, forceResetClOrdId: true });
    expect(bodyTags(hook)).toEqual([553, 554, 5025, 109, 8674, 5030, 5051]);
  });

  it('sends no credentials and no 8674 on a market-data session, only ClientID when configured', () => {
    const md = krakenLogonHook({
      session: 'market-data',
      apiKey: 'APIKEY',
      apiSecret: () => SECRET,
      clientId: 'desk-1',
    });
    expect(bodyTags(md)).toEqual([109]);
    expect(bodyTags(krakenLogonHook({ session: 'market-data' }))).toEqual([]);
  });

  it('signs each attempt afresh with a new nonce and the attempt’s MsgSeqNum', () => {
    const hook = krakenLogonHook(trading, new NonceSource(() => NOW));
    const first = buildLogon(hook);
    const second = buildLogon(hook, { ...CTX, msgSeqNum: 1 });
    expect(second.getString(5025)).toBe(String(NOW + 1));
    expect(second.getString(554)).toBe(
      krakenLogonPassword({ ...CTX, msgSeqNum: 1, apiSecretBase64: SECRET, apiKey: 'APIKEY', nonce: String(NOW + 1) }),
    );
    expect(second.getString(554)).not.toBe(first.getString(554));
  });

  it('produces a Logon the FIX 4.4 dictionary accepts', () => {
    const hook = krakenLogonHook({ ...trading, clientId: 'desk-1', rebased: false, forceResetClOrdId: true });
    expect(validate(buildLogon(hook), fix44())).toBeNull();
  });

  it('refuses a trading configuration without an API key or secret', () => {
    expect(() => krakenLogonHook({ session: 'trading', apiSecret: () => SECRET })).toThrow(KrakenLogonConfigError);
    expect(() => krakenLogonHook({ session: 'trading', apiKey: 'APIKEY' })).toThrow(/needs the API secret/);
  });

  it('fails the logon build with a clear error when the secret is malformed, without echoing it', () => {
    const hook = krakenLogonHook({ ...trading, apiSecret: () => 'plain-text-secret!' });
    expect(() => buildLogon(hook)).toThrow(/API secret is not valid base64/);
    expect(() => buildLogon(hook)).not.toThrow(/plain-text-secret/);
  });
});
