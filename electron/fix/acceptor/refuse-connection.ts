// Refusing a connection before it belongs to a session (a second Logon for a logged-on client, a Logon addressed
// to another CompID, a client we do not serve). The Logout says why; it is outside any session's numbering
// (MsgSeqNum 1, never stored), because taking a number from a live session's store would corrupt that session.
import { FixEncoder } from '../codec/encoder.js';
import { formatUtcTimestamp } from '../codec/timestamp.js';
import type { Transport } from '../transport/transport.js';

export function refuseWithLogout(
  t: Transport,
  beginString: string,
  us: string,
  them: string,
  text: string,
  now: number,
): void {
  try {
    const enc = new FixEncoder(beginString).begin('5');
    enc.str(49, us).str(56, them).int(34, 1).str(52, formatUtcTimestamp(now)).str(58, text);
    t.write(Buffer.from(enc.finish()));
  } catch {
    // A CompID that cannot be written back (non-ASCII bytes): close without the courtesy Logout.
  }
  t.close();
}
