// Limits and the kill switch. Limit changes are validated again by the risk engine, persisted through settings and
// audited; the kill switch mass-cancels on every trading session (35=q, 530=7: the whole account, including orders
// from other sessions and earlier runs) and blocks new orders and amends until re-armed.
import { StreamChannel } from '../../../shared/ipc/channels.js';
import { accepted, rejected, type CommandOutcome } from '../../../shared/ipc/outcome.js';
import type { RiskLimits, RiskState } from '../../../shared/domain/risk.js';
import { describeLimits } from '../../risk/index.js';
import { errorText, type CoreParts } from './core-parts.js';

export function publishRisk(p: CoreParts): RiskState {
  const state = p.risk.state();
  p.hub.emit(StreamChannel.risk, state);
  return state;
}

export function setLimits(p: CoreParts, limits: RiskLimits): CommandOutcome<RiskState> {
  try {
    p.risk.setLimits(limits);
    p.settings.saveRiskLimits(p.risk.limits);
  } catch (err) {
    p.audit.record('limits.change', 'limits not changed', 'rejected', errorText(err));
    return rejected(`limits not changed: ${errorText(err)}`);
  }
  p.audit.record('limits.change', describeLimits(p.risk.limits).join('; ').slice(0, 2000), 'accepted');
  return accepted(publishRisk(p));
}

export function engageKillSwitch(p: CoreParts): CommandOutcome<RiskState> {
  const fresh = p.risk.killSwitch.engage(p.user(), p.now());
  const sessions = [...p.connections.values()].filter((c) => c.id.endsWith('-trading'));
  for (const c of sessions) {
    if (!c.isActive) {
      p.risk.killSwitch.noteCancel(c.id, 'session down: nothing sent (the venue cancels on disconnect where enabled)');
      continue;
    }
    try {
      const clOrdId = p.oms.massCancel(c.id);
      p.risk.killSwitch.noteCancel(c.id, `mass cancel sent (ClOrdID ${clOrdId})`);
    } catch (err) {
      p.risk.killSwitch.noteCancel(c.id, `mass cancel not sent: ${errorText(err)}`);
    }
  }
  // Orders of this run are also cancelled one by one, so venues without 35=q and orders still pending-new
  // (which a mass cancel may race) are covered too.
  const individually = safeCancelAll(p);
  p.audit.record(
    'kill-switch.engage',
    `${fresh ? 'engaged' : 'already engaged; cancels sent again'}: mass cancel on ${sessions.length} session(s), ${individually} order cancel(s)`,
    'accepted',
  );
  return accepted(publishRisk(p));
}

export function rearmKillSwitch(p: CoreParts): CommandOutcome<RiskState> {
  if (!p.risk.killSwitch.engaged) return rejected('the kill switch is not engaged');
  p.risk.killSwitch.rearm(p.user(), p.now());
  p.audit.record('kill-switch.rearm', 'new orders allowed again', 'accepted');
  return accepted(publishRisk(p));
}

function safeCancelAll(p: CoreParts): number {
  try {
    return p.oms.cancelAll({});
  } catch (err) {
    p.log(`kill switch: order cancels failed: ${errorText(err)}`);
    return 0;
  }
}
