// Untrusted request in, outcome out: validate against the IPC contract, run it on the core, and answer within a
// deadline. Used by the Electron IPC handlers and by the web host's socket alike.
import { rejected, withDeadline, type CommandOutcome } from '../../shared/ipc/outcome.js';
import { validateCommand } from './validate-command.js';
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
  const { channel: c, request } = v.command;
  let work: Promise<CommandOutcome<unknown>>;
  try {
    work = host.execute(c, request as never);
  } catch (err) {
    // A throwing handler is a defect in main, but the renderer still gets an answer it can show.
    return Promise.resolve(rejected(`${c}: ${err instanceof Error ? err.message : String(err)}`));
  }
  return withDeadline(work, timeoutMs, c);
}
