// The Kraken venue's Logon hook: the session core builds the standard Logon (header, 98, 108, 141…) and calls
// this to add Kraken's fields. Trading sessions authenticate (553 key, 554 signature, 5025 nonce, 8674);
// market-data sessions send no credentials (CompID + IP only). 109 ClientID links the two when configured.
// The secret is fetched per logon through a callback so it need not sit in this object (settings keep it in
// safeStorage); it never leaves this function except as the HMAC.
import type { FixEncoder } from '../../fix/codec/encoder.js';
import { krakenLogonPassword } from './logon-signature.js';
import { NonceSource } from './nonce.js';
import { KrakenLogonTag, KrakenTag } from './tags.js';

export interface LogonHookContext {
  /** MsgSeqNum (34) of the Logon being built: the signature covers it. */
  readonly msgSeqNum: number;
  readonly senderCompId: string;
  readonly targetCompId: string;
}

/** Adds venue fields to a Logon being built; called once per logon attempt, after the standard body fields. */
export type LogonHook = (enc: FixEncoder, ctx: LogonHookContext) => void;

export interface KrakenLogonConfig {
  /** Trading sessions authenticate; market-data sessions do not. */
  readonly session: 'trading' | 'market-data';
  /** FIX API key (553); required for trading sessions. */
  readonly apiKey?: string;
  /** Returns the API secret (base64) at logon time; required for trading sessions. */
  readonly apiSecret?: () => string;
  /** ClientID (109): the same value on the trading and market-data logons links the two connections. */
  readonly clientId?: string;
  /** true (default): Kraken cancels this session's orders on disconnect (8674=0); false: leave them (8674=1). */
  readonly cancelOnDisconnect?: boolean;
  /** Send ForceResetClOrdID 5030=Y (emergency only); omitted unless true. */
  readonly forceResetClOrdId?: boolean;
  /** xStocks: Rebased 5051 (Y = quantities in underlying shares); omitted unless set. */
  readonly rebased?: boolean;
}

export class KrakenLogonConfigError extends Error {
  override readonly name = 'KrakenLogonConfigError';
}

/** The Logon hook for a Kraken session. `nonces` should live as long as the API key is in use. */
export function krakenLogonHook(config: KrakenLogonConfig, nonces: NonceSource = new NonceSource()): LogonHook {
  const trading = config.session === 'trading';
  if (trading && (config.apiKey === undefined || config.apiKey === '')) {
    throw new KrakenLogonConfigError('a Kraken trading session needs an API key (553)');
  }
  if (trading && config.apiSecret === undefined) {
    throw new KrakenLogonConfigError('a Kraken trading session needs the API secret to sign the logon (554)');
  }
  return (enc, ctx) => {
    if (trading) {
      const apiKey = config.apiKey!;
      const nonce = nonces.next();
      const password = krakenLogonPassword({
        apiSecretBase64: config.apiSecret!(),
        msgSeqNum: ctx.msgSeqNum,
        senderCompId: ctx.senderCompId,
        targetCompId: ctx.targetCompId,
        apiKey,
        nonce,
      });
      enc.str(KrakenLogonTag.Username, apiKey);
      enc.str(KrakenLogonTag.Password, password);
      enc.str(KrakenTag.Nonce, nonce);
    }
    if (config.clientId !== undefined && config.clientId !== '') enc.str(KrakenLogonTag.ClientID, config.clientId);
    if (trading) enc.str(KrakenTag.CancelOrdersOnDisconnect, config.cancelOnDisconnect === false ? '1' : '0');
    if (trading && config.forceResetClOrdId === true) enc.bool(KrakenTag.ForceResetClOrdID, true);
    if (config.rebased !== undefined) enc.bool(KrakenTag.Rebased, config.rebased);
  };
}
