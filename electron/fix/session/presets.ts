// Session option presets per venue: the protocol choices a venue's documentation makes for us, in one place, so a
// connection's configuration only adds who we are (CompIDs, store, log, logon hook). Section numbers refer to the
// team's reference, /work/shared/spec/kraken-fix44.md.
import type { SessionOptions } from './session-options.js';
import { KRAKEN_DAILY_RESET } from './session-schedule.js';

export type KrakenInitiatorPreset = Readonly<
  Required<
    Pick<
      SessionOptions,
      'role' | 'heartBtIntSec' | 'dailyReset' | 'resendPolicy' | 'resendBeforeLogout' | 'maxSendingTimeSkewMs'
    >
  >
>;

/**
 * Our side of a Kraken FIX 4.4 session (spot or derivatives, trading or market data):
 * `new Session({ ...KRAKEN_INITIATOR_PRESET, senderCompId, targetCompId: 'KRAKEN-TRD', store, log, logonHook })`.
 */
export const KRAKEN_INITIATOR_PRESET: KrakenInitiatorPreset = Object.freeze({
  // §1.2: Kraken is always the acceptor; the workstation dials its ports (§1.1).
  role: 'initiator',
  // §1.3 (Logon, tag 108): "60 recommended; both sides use it". Dead-peer detection then takes HeartBtInt x 1.2
  // twice (§2.4), about 2.5 minutes; a lower value is allowed but not what Kraken recommends.
  heartBtIntSec: 60,
  // §1.1 and §1.4: daily logical rollover at 22:00 UTC, sequence numbers restart (next Logon with 141=Y).
  dailyReset: Object.freeze({ ...KRAKEN_DAILY_RESET }),
  // §1.4 and §2.6: Kraken asks clients to answer its ResendRequest with SequenceReset-GapFill, and a replayed
  // NewOrderSingle or cancel would be a new instruction to the venue: gap-fill our application messages too.
  resendPolicy: 'gap-fill',
  // §2.3 and §2.5: a Logout that reveals a gap may be preceded by a ResendRequest; with Kraken's session-based
  // replay (§1.4), asking for the missing ExecutionReports before answering the Logout is how a fill sent just
  // before a rollover or an exchange-side logout still reaches the blotter.
  resendBeforeLogout: true,
  // §2.8 and §5 item 12: SendingTime tolerance of 120 s (the FIX default and QuickFIX's MaxLatency); Kraken does
  // not document its own, and its ±5 s nonce window (§1.3) already requires an NTP-synced clock.
  maxSendingTimeSkewMs: 120_000,
});
