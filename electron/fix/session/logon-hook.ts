// Venue dialect hooks on the Logon exchange (Kraken: 553 Username, 554 signature, 5025 Nonce, 8674
// CancelOrdersOnDisconnect, 109 ClientID). The session writes the standard Logon fields and calls these; it never
// knows what a venue puts there, and never logs those values in clear (the log layer masks 554/5025).
import type { FixEncoder } from '../codec/encoder.js';
import type { FixMessage } from '../codec/fix-message.js';

export interface LogonContext {
  /** MsgSeqNum (34) of this Logon: Kraken's signature covers it. */
  seq: number;
  senderCompId: string;
  targetCompId: string;
  /** SendingTime (52) of this Logon. */
  sendingTime: string;
  /** 141=Y is being sent. */
  resetSeqNum: boolean;
  /** Our Logon answers the peer's (acceptor side). */
  isResponse: boolean;
}

export interface LogonHook {
  /** Append venue fields to our Logon, after 98, 108 and 141. */
  decorateLogon?(enc: FixEncoder, ctx: LogonContext): void;
  /** Acceptor side: vet the peer's Logon. Return a reason (sent in the Logout's 58, so no secrets) to refuse it. */
  verifyLogon?(msg: FixMessage): string | null;
}
