// Kraken's logon signature (spec §1.3): Password (554) = base64(HMAC-SHA512(key = base64decode(secret),
// msg = SHA256(MessageInput + Nonce))), MessageInput = "35=A|34=<seq>|49=<sender>|56=<target>|553=<key>|" with
// SOH for |. The signature covers MsgSeqNum, so every logon attempt signs afresh. Error messages name the bad
// input but never contain the secret or the signature.
import { createHash, createHmac } from 'node:crypto';

export interface KrakenSignatureInput {
  /** The API secret as Kraken issues it (standard base64). */
  readonly apiSecretBase64: string;
  /** MsgSeqNum (34) of the Logon being signed. */
  readonly msgSeqNum: number;
  readonly senderCompId: string;
  /** Kraken's sample code always signs KRAKEN-TRD; derivatives sessions sign KRAKEN-DRV-TRD. */
  readonly targetCompId: string;
  readonly apiKey: string;
  /** The exact 5025 text sent on the Logon (epoch milliseconds). */
  readonly nonce: string;
}

export class KrakenSignatureError extends Error {
  override readonly name = 'KrakenSignatureError';
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const PRINTABLE = /^[\x21-\x7e]+$/;

function checkText(what: string, value: string): void {
  if (typeof value !== 'string' || value === '') throw new KrakenSignatureError(`${what} is empty`);
  if (!PRINTABLE.test(value)) {
    throw new KrakenSignatureError(`${what} must be printable ASCII without spaces or SOH`);
  }
}

/** The API secret's key bytes; throws without echoing the secret. */
export function decodeKrakenSecret(apiSecretBase64: string): Buffer {
  if (typeof apiSecretBase64 !== 'string' || apiSecretBase64 === '') {
    throw new KrakenSignatureError('API secret is empty');
  }
  if (!BASE64.test(apiSecretBase64)) {
    throw new KrakenSignatureError('API secret is not valid base64 (expected the secret exactly as Kraken issued it)');
  }
  return Buffer.from(apiSecretBase64, 'base64');
}

function messageInput(i: KrakenSignatureInput): string {
  return `35=A\x0134=${i.msgSeqNum}\x0149=${i.senderCompId}\x0156=${i.targetCompId}\x01553=${i.apiKey}\x01`;
}

/** The signature that goes into Password (554) on a Kraken trading Logon. */
export function krakenLogonPassword(input: KrakenSignatureInput): string {
  const key = decodeKrakenSecret(input.apiSecretBase64);
  if (!Number.isSafeInteger(input.msgSeqNum) || input.msgSeqNum < 1) {
    throw new KrakenSignatureError(`MsgSeqNum must be a positive integer, got ${String(input.msgSeqNum)}`);
  }
  checkText('SenderCompID', input.senderCompId);
  checkText('TargetCompID', input.targetCompId);
  checkText('API key', input.apiKey);
  if (typeof input.nonce !== 'string' || !/^[0-9]{1,20}$/.test(input.nonce)) {
    throw new KrakenSignatureError('Nonce must be decimal digits (epoch milliseconds)');
  }
  const digest = createHash('sha256')
    .update(messageInput(input) + input.nonce, 'latin1')
    .digest();
  return createHmac('sha512', key).update(digest).digest('base64');
}
