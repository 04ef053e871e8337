// A request the OMS refuses before anything goes on the wire, with a reason a trader can read. The core turns it
// into a rejected command outcome. Session errors (SessionNotActiveError from send) pass through unchanged.

export type OmsErrorCode =
  /** No order with that key. */
  | 'unknown-order'
  /** The order is done (filled, canceled, rejected, expired): nothing to amend or cancel. */
  | 'not-working'
  /** A cancel or amend of this order is already awaiting the venue's answer. */
  | 'request-pending'
  /** The request itself is malformed (missing price, non-positive quantity…). */
  | 'invalid'
  /** The venue or its dialect cannot do this (amend on Kraken derivatives, take-profit-limit on FIX 4.4…). */
  | 'not-supported';

export class OmsError extends Error {
  override readonly name = 'OmsError';

  constructor(
    readonly code: OmsErrorCode,
    message: string,
  ) {
    super(message);
  }
}
