// Main's gate for everything the renderer (or a web-host socket client) sends. A request reaches the workstation
// core only if its channel is allow-listed and its payload matches that command's schema exactly (schemas/): no
// extra keys, no coercion, bounded strings. A renderer is treated as untrusted input, like a FIX counterparty.
import { isCommandChannel, type CommandChannelName } from '../../shared/ipc/channels.js';
import type { CommandRequest } from '../../shared/ipc/commands.js';
import { COMMAND_SCHEMAS } from './schemas/index.js';

/** A command that passed validation: the channel and its request, typed together. */
export type ValidCommand = {
  [C in CommandChannelName]: { readonly channel: C; readonly request: CommandRequest<C> };
}[CommandChannelName];

export type Validation = { ok: true; command: ValidCommand } | { ok: false; reason: string };

export function validateCommand(channel: unknown, payload: unknown): Validation {
  if (!isCommandChannel(channel)) {
    const shown = typeof channel === 'string' ? JSON.stringify(channel.slice(0, 40)) : typeof channel;
    return { ok: false, reason: `unknown command channel ${shown}` };
  }
  // Structured clone and JSON only ever produce plain objects; anything else did not come over the wire as data.
  if (payload !== null && typeof payload === 'object' && !isPlainData(payload, 0)) {
    return { ok: false, reason: `${channel}: invalid request (not plain data)` };
  }
  const parsed = COMMAND_SCHEMAS[channel].safeParse(payload);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message));
    return { ok: false, reason: `${channel}: invalid request (${issues.join('; ')})` };
  }
  return { ok: true, command: { channel, request: parsed.data } as ValidCommand };
}

/** Plain objects and arrays all the way down (bounded depth): no class instances, no prototype tricks. */
function isPlainData(v: object, depth: number): boolean {
  if (depth > 8) return false;
  if (Array.isArray(v)) return v.every((x) => x === null || typeof x !== 'object' || isPlainData(x, depth + 1));
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(v).every((x) => x === null || typeof x !== 'object' || isPlainData(x as object, depth + 1));
}
