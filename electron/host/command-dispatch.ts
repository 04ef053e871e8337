// Untrusted request in, outcome out: validate against the IPC contract, run it on the core, and answer within a
// deadline. Used by the Electron IPC handlers and by the web host's socket alike.
import { CommandChannel } from '../../shared/ipc/channels.js';
import { accepted, rejected, withDeadline, type CommandOutcome } from '../../shared/ipc/outcome.js';
import { validateCommand, type ValidCommand } from './validate-command.js';
import type { WorkstationHost } from './workstation-host.js';

/** Main's own bound on any command. Shorter than the renderer's (RENDERER_COMMAND_TIMEOUT_MS) so the renderer
 * normally receives main's timed-out answer rather than inventing its own. */
export const MAIN_COMMAND_TIMEOUT_MS = 10_000;

export function handleCommand(
  host: WorkstationHost,
  channel: unknown,
  payload: unknown,
  timeoutMs = MAIN_COMMAND_TIMEOUT_MS,
): Promise<CommandOutcome<unknown>> {
  const v = validateCommand(channel, payload);
  if (!v.ok) return Promise.resolve(rejected(v.reason));
  return withDeadline(run(host, v.command), timeoutMs, v.command.channel);
}

function run(host: WorkstationHost, c: ValidCommand): Promise<CommandOutcome<unknown>> {
  switch (c.channel) {
    case CommandChannel.listSessions:
      return Promise.resolve(accepted(host.listSessions()));
    case CommandChannel.connect:
      return host.connect(c.request.sessionId);
    case CommandChannel.disconnect:
      return host.disconnect(c.request.sessionId);
    case CommandChannel.resetSequence:
      return host.resetSequence(c.request.sessionId);
  }
}
