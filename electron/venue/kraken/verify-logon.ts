// Acceptor side of Kraken's logon authentication, for the embedded simulator: checks a received Logon's
// 553/554/5025 against a key table, the nonce against the ±5 s window and against the last nonce accepted for
// the key. Reasons are meant for the Logout text (58): they never contain the secret, the signature or the
// nonce value. State (last nonce per key) advances only on a fully verified logon, so a forged logon cannot
// burn nonces of a real client.
import { timingSafeEqual } from 'node:crypto';
import type { FixMessage } from '../../fix/codec/fix-message.js';
import { krakenLogonPassword } from './logon-signature.js';
import type { Clock } from './nonce.js';
import { KrakenLogonTag, KrakenTag } from './tags.js';

export type LogonVerdict =
  { readonly ok: true; readonly apiKey: string } | { readonly ok: false; readonly reason: string };

export interface KrakenLogonVerifierOptions {
  /** The API secret (base64) for an API key, or undefined for an unknown key. */
  readonly secretFor: (apiKey: string) => string | undefined;
  readonly clock?: Clock;
  /** Allowed distance between the nonce and the clock (default 5000 ms, Kraken's window). */
  readonly windowMs?: number;
}

function reject(reason: string): LogonVerdict {
  return { ok: false, reason };
}

export class KrakenLogonVerifier {
  private readonly lastNonce = new Map<string, number>();
  private readonly clock: Clock;
  private readonly windowMs: number;

  constructor(private readonly options: KrakenLogonVerifierOptions) {
    this.clock = options.clock ?? Date.now;
    this.windowMs = options.windowMs ?? 5000;
  }

  verify(msg: FixMessage): LogonVerdict {
    if (msg.getString(35) !== 'A') return reject('Not a Logon');
    const apiKey = msg.getString(KrakenLogonTag.Username);
    const password = msg.getString(KrakenLogonTag.Password);
    const nonceText = msg.getString(KrakenTag.Nonce);
    const sender = msg.getString(49);
    const target = msg.getString(56);
    const seq = msg.getInt(34);
    if (apiKey === undefined || apiKey === '') return reject('Missing Username (553)');
    if (password === undefined || password === '') return reject('Missing Password (554)');
    if (nonceText === undefined || nonceText === '') return reject('Missing Nonce (5025)');
    if (sender === undefined || target === undefined || !(seq >= 1)) return reject('Missing or bad 34/49/56');
    const secret = this.options.secretFor(apiKey);
    if (secret === undefined) return reject('Unknown API key');
    if (!/^[0-9]{1,16}$/.test(nonceText)) return reject('Nonce (5025) is not epoch milliseconds');
    const nonce = Number(nonceText);

    const expected = krakenLogonPassword({
      apiSecretBase64: secret,
      msgSeqNum: seq,
      senderCompId: sender,
      targetCompId: target,
      apiKey,
      nonce: nonceText,
    });
    const a = Buffer.from(expected, 'latin1');
    const b = Buffer.from(password, 'latin1');
    if (a.length !== b.length || !timingSafeEqual(a, b)) return reject('Invalid signature');

    const drift = nonce - this.clock();
    if (Math.abs(drift) > this.windowMs) {
      const seconds = (Math.abs(drift) / 1000).toFixed(1);
      const side = drift < 0 ? 'behind' : 'ahead of';
      return reject(`Stale nonce: ${seconds} s ${side} server time, outside the ${this.windowMs / 1000} s window`);
    }
    const last = this.lastNonce.get(apiKey);
    if (last !== undefined && nonce <= last) return reject('Nonce not increasing for this API key');
    this.lastNonce.set(apiKey, nonce);
    return { ok: true, apiKey };
  }
}
