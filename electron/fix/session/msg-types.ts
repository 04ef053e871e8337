// MsgType (35) values the session layer needs to know: the seven session-level (admin) messages, and the FIX 4.4
// list used to tell an invalid MsgType (session Reject 373=11) from a valid one the application does not handle
// (BusinessMessageReject 380=3).

export const MsgType = {
  Heartbeat: '0',
  TestRequest: '1',
  ResendRequest: '2',
  Reject: '3',
  SequenceReset: '4',
  Logout: '5',
  Logon: 'A',
  BusinessMessageReject: 'j',
} as const;

const ADMIN: ReadonlySet<string> = new Set(['0', '1', '2', '3', '4', '5', 'A']);

/** Session-level messages: never delivered to the application, never replayed on resend (gap-filled instead). */
export function isAdminMsgType(msgType: string): boolean {
  return ADMIN.has(msgType);
}

/** Every MsgType defined by FIX 4.4 (Vol. 1 appendix), admin and application. */
const FIX44: ReadonlySet<string> = new Set([
  ...'0123456789ABCDEFGHJKLMNPQRSTVWXYZ'.split(''),
  ...'abcdefghijklmnopqrstuvwxyz'.split(''),
  ...['AA', 'AB', 'AC', 'AD', 'AE', 'AF', 'AG', 'AH', 'AI', 'AJ', 'AK', 'AL', 'AM', 'AN', 'AO', 'AP', 'AQ', 'AR'],
  ...['AS', 'AT', 'AU', 'AV', 'AW', 'AX', 'AY', 'AZ', 'BA', 'BB', 'BC', 'BD', 'BE', 'BF', 'BG', 'BH'],
]);

/**
 * A MsgType is valid when FIX 4.4 defines it, when it is user-defined (FIX reserves values starting with 'U' for
 * bilateral use), or when the venue declares it in `extra`.
 */
export function isValidMsgType(msgType: string, extra?: ReadonlySet<string>): boolean {
  return FIX44.has(msgType) || msgType.startsWith('U') || (extra?.has(msgType) ?? false);
}
