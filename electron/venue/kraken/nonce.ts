// Kraken's logon nonce (5025): epoch milliseconds as decimal text, strictly increasing per API key, within ±5 s
// of Kraken's clock. Two logons in one millisecond, or a clock that steps back (NTP correction), must still give
// a larger nonce, so the source never goes below last + 1. Owned by the session that signs the logon.

/** Epoch milliseconds. Injected so tests (and the simulator) control time. */
export type Clock = () => number;

export class NonceSource {
  private lastIssued: number;

  /** `lastIssued`: the highest nonce already used with this key (e.g. restored at start-up), 0 if none. */
  constructor(
    private readonly clock: Clock = Date.now,
    lastIssued = 0,
  ) {
    this.lastIssued = lastIssued;
  }

  /** The next nonce: the clock's millisecond, or one more than the last nonce if the clock has not moved on. */
  next(): string {
    const now = Math.floor(this.clock());
    this.lastIssued = now > this.lastIssued ? now : this.lastIssued + 1;
    return String(this.lastIssued);
  }

  /** The highest nonce issued so far. */
  get last(): number {
    return this.lastIssued;
  }
}
