// The Logout handshake from the session's side: we start it (and wait for the answer), we end a connection over a
// fatal protocol error, we answer the peer's (the initiator closes; the acceptor lets the initiator close first),
// or we hold the peer's Logout while the gap below it is filled.
import type { FixMessage } from '../codec/fix-message.js';
import { buildLogout } from './build-logout.js';
import { MsgType } from './msg-types.js';
import { onLogout } from './on-logout.js';
import type { SessionCore } from './session-core.js';
import { SessionState } from './session-state.js';

export function startLogout(c: SessionCore, text?: string): void {
  if (c.state !== SessionState.Active) return;
  c.event(`Logout${text ? `: ${text}` : ''}`);
  c.events.emit('logout', { initiatedBy: 'us', ...(text !== undefined ? { text } : {}), at: c.now() });
  if (c.sendAdmin(MsgType.Logout, (enc) => buildLogout(enc, text)) < 0) return;
  c.transition(SessionState.LogoutSent, 'our Logout sent');
  c.timers.set('logout', c.o.logoutTimeoutMs, () => c.disconnect('peer did not answer our Logout in time'));
}

export function logoutAndDisconnect(c: SessionCore, text: string): void {
  c.event(`Logout and disconnect: ${text}`);
  c.sendAdmin(MsgType.Logout, (enc) => buildLogout(enc, text));
  c.disconnect(text);
}

export function peerLogoutAnswered(c: SessionCore): void {
  if (c.o.role === 'initiator') {
    c.disconnect('peer Logout answered');
    return;
  }
  c.transition(SessionState.LogoutSent, 'peer Logout answered');
  c.timers.set('closeDelay', c.o.logoutCloseDelayMs, () => c.disconnect('peer Logout answered'));
}

export function holdPeerLogout(c: SessionCore, msg: FixMessage): void {
  c.event('Logout received beyond a gap: asking for the missing messages before answering it');
  c.timers.set('logout', c.o.logoutTimeoutMs, () => {
    c.event('Gap not filled in time: answering the held Logout');
    onLogout(c, msg);
  });
}
