// One subscriber's stream of one pair: the MDReqID it answers to, its depth window and what it has been sent.

import type { SessionHandle } from '../../fix/session/index.js';
import type { SentSide } from './book-diff.js';

export interface SymbolFeed {
  readonly session: SessionHandle;
  readonly mdReqId: string;
  readonly symbol: string;
  /** Levels per side (the wire's 0 already turned into the cap). */
  readonly depth: number;
  readonly book: boolean;
  readonly trades: boolean;
  readonly sentBids: SentSide;
  readonly sentAsks: SentSide;
  /** Fault injection: the next book incremental of this feed carries a wrong 5041. */
  corruptNextChecksum?: boolean;
}
