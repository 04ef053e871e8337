import type { FixMessage } from '../codec/fix-message.js';
import { buildLogout } from './build-logout.js';
import { Tag } from './header-fields.js';
import { MsgType } from './msg-types.js';
import type { SessionCore } from './session-core.js';
import { SessionState } from './session-state.js';

/**
 * Logout (35=5). In LogonSent it is the venue refusing our Logon; in LogoutSent it confirms ours; otherwise the
 * peer is ending the session: answer with our Logout, then close (initiator) or let the initiator close (acceptor).
 */
export function onLogout(c: SessionCore, msg: FixMessage): void {
  const text = msg.getString(Tag.Text);
  const suffix = text !== undefined ? `: ${text}` : '';
  if (c.state === SessionState.LogonSent) {
    c.event(`Logon refused by peer${suffix}`);
    c.events.emit('logonRefused', { ...(text !== undefined ? { text } : {}), at: c.now() });
    c.disconnect(`logon refused by peer${suffix}`);
    return;
  }
  if (c.state === SessionState.LogoutSent) {
    c.event(`Logout confirmed by peer${suffix}`);
    c.disconnect('logout complete');
    return;
  }
  c.event(`Logout received${suffix}`);
  c.timers.clear('logout');
  c.events.emit('logout', { initiatedBy: 'peer', ...(text !== undefined ? { text } : {}), at: c.now() });
  c.sendAdmin(MsgType.Logout, (enc) => buildLogout(enc));
  c.peerLogoutAnswered();
}
