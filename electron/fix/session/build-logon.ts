import type { FixEncoder } from '../codec/encoder.js';
import { Tag } from './header-fields.js';

/** Logon (35=A) body: EncryptMethod 0 (TLS does the encryption), HeartBtInt, and 141=Y when resetting. */
export function buildLogon(enc: FixEncoder, heartBtIntSec: number, resetSeqNum: boolean): void {
  enc.int(Tag.EncryptMethod, 0).int(Tag.HeartBtInt, heartBtIntSec);
  if (resetSeqNum) enc.str(Tag.ResetSeqNumFlag, 'Y');
}
