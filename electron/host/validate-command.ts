// Main's gate for everything the renderer (or a web-host socket client) sends. A request reaches the workstation
// core only if its channel is allow-listed and its payload matches that command's shape exactly: no extra keys,
// no coercion, bounded strings. A renderer is treated as untrusted input, like a FIX counterparty.
import { z } from 'zod';
import { CommandChannel, isCommandChannel, type CommandChannelName } from '../../shared/ipc/channels.js';
import { SESSION_ID_MAX_LENGTH, SESSION_ID_PATTERN, type CommandRequest } from '../../shared/ipc/commands.js';

const sessionId = z
  .string({ error: 'sessionId must be a string' })
  .min(1, { error: 'sessionId must not be empty' })
  .max(SESSION_ID_MAX_LENGTH, { error: `sessionId must be at most ${SESSION_ID_MAX_LENGTH} characters` })
  .regex(SESSION_ID_PATTERN, { error: 'sessionId may hold only a-z, 0-9 and -' });

const sessionCommand = z.strictObject({ sessionId });

const schemas = {
  [CommandChannel.listSessions]: z.strictObject({}),
  [CommandChannel.connect]: sessionCommand,
  [CommandChannel.disconnect]: sessionCommand,
  [CommandChannel.resetSequence]: sessionCommand,
} satisfies Record<CommandChannelName, z.ZodType>;

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
  if (payload !== null && typeof payload === 'object' && !isPlainObject(payload)) {
    return { ok: false, reason: `${channel}: invalid request (not a plain object)` };
  }
  const parsed = schemas[channel].safeParse(payload);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) =>
      i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message,
    );
    return { ok: false, reason: `${channel}: invalid request (${issues.join('; ')})` };
  }
  return { ok: true, command: { channel, request: parsed.data } as ValidCommand };
}

function isPlainObject(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
