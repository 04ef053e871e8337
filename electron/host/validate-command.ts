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

/** Longest refusal reason: it is shown to a trader and written to logs, whatever the payload held. */
export const MAX_REASON_LENGTH = 500;

export function validateCommand(channel: unknown, payload: unknown): Validation {
  if (!isCommandChannel(channel)) {
    const shown = typeof channel === 'string' ? JSON.stringify(channel.slice(0, 40)) : typeof channel;
    return { ok: false, reason: `unknown command channel ${shown}` };
  }
  // Structured clone and JSON only ever produce plain objects; anything else did not come over the wire as data.
  const problem = payload !== null && typeof payload === 'object' ? plainDataProblem(payload, 0) : null;
  if (problem !== null) return { ok: false, reason: `${channel}: invalid request (${problem})` };
  let parsed: ReturnType<(typeof COMMAND_SCHEMAS)[typeof channel]['safeParse']>;
  try {
    parsed = COMMAND_SCHEMAS[channel].safeParse(payload);
  } catch (err) {
    // A schema that throws is a defect in main; the sender still gets a refusal, never an exception.
    const why = shown(err instanceof Error ? err.message : String(err), 200);
    return { ok: false, reason: `${channel}: invalid request (could not be checked: ${why})` };
  }
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => {
        const at = i.path.map((p) => shown(String(p), 40)).join('.');
        return at.length > 0 ? `${at}: ${shown(i.message, 160)}` : shown(i.message, 160);
      })
      .join('; ');
    const room = MAX_REASON_LENGTH - channel.length - ': invalid request ()'.length;
    return { ok: false, reason: `${channel}: invalid request (${clip(issues, room)})` };
  }
  return { ok: true, command: { channel, request: parsed.data } as ValidCommand };
}

/** Why a payload is not plain data (bounded depth, plain objects and arrays only), or null. */
function plainDataProblem(v: object, depth: number): string | null {
  if (depth > 8) return 'not plain data: nested too deeply';
  if (!Array.isArray(v)) {
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return 'not plain data';
    // JSON.parse makes "__proto__" an own key; zod's records skip it without a word, so it is refused here.
    if (Object.hasOwn(v, '__proto__')) return 'a key named __proto__ is not allowed';
  }
  for (const x of Object.values(v)) {
    if (x === null || typeof x !== 'object') continue;
    const problem = plainDataProblem(x as object, depth + 1);
    if (problem !== null) return problem;
  }
  return null;
}

/** Hostile keys and values come back inside zod's paths and messages ("Unrecognized key: …"): each piece is cut
 * short and its control characters (SOH among them) escaped, so a reason stays one bounded, readable line. */
function shown(s: string, max: number): string {
  return clip(
    s.slice(0, max + 1).replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
    max,
  );
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
