// The session's lifecycle as one explicit enum (FIX 4.4 Vol. 2 names; Artio documents each state the same way).
// A resend in progress (inbound gap being filled, or a replay we are sending) is deliberately NOT a state: the
// session stays Active and keeps processing and sending while either runs, so the two are flags on the sequence
// coordinator and the resender rather than states that would have to be left and re-entered.

export enum SessionState {
  /** No connection. Initial state, and where every connection ends (by logout, timeout, error or peer close). */
  Disconnected = 'Disconnected',
  /** Initiator: a TCP/TLS connect attempt is under way (the transport's connector or reconnector owns it). */
  Connecting = 'Connecting',
  /** Acceptor: connected, waiting for the initiator's Logon; anything else first ends the connection. */
  AwaitingLogon = 'AwaitingLogon',
  /** Initiator: our Logon is on the wire, waiting for the acceptor's Logon (logon timeout running). */
  LogonSent = 'LogonSent',
  /** Logged on: application messages flow both ways, heartbeats and test requests run. */
  Active = 'Active',
  /** Our Logout is on the wire (we started it, or we answered the peer's): no more application messages out;
   * inbound is still processed (a ResendRequest is serviced) until the peer's Logout, its close or a timeout. */
  LogoutSent = 'LogoutSent',
}

/** Every legal move. Anything else is refused by the state machine and recorded as an event. */
const ALLOWED: Readonly<Record<SessionState, readonly SessionState[]>> = {
  [SessionState.Disconnected]: [SessionState.Connecting, SessionState.AwaitingLogon, SessionState.LogonSent],
  [SessionState.Connecting]: [SessionState.LogonSent, SessionState.Disconnected],
  [SessionState.AwaitingLogon]: [SessionState.Active, SessionState.LogoutSent, SessionState.Disconnected],
  [SessionState.LogonSent]: [SessionState.Active, SessionState.LogoutSent, SessionState.Disconnected],
  [SessionState.Active]: [SessionState.LogoutSent, SessionState.Disconnected],
  [SessionState.LogoutSent]: [SessionState.Disconnected],
};

export function isLegalTransition(from: SessionState, to: SessionState): boolean {
  return ALLOWED[from].includes(to);
}

/** True while a transport is attached (any state but Disconnected and Connecting). */
export function isConnectedState(s: SessionState): boolean {
  return s !== SessionState.Disconnected && s !== SessionState.Connecting;
}
