// Parsing of what a web-host socket client sends. Only one frame type exists (a command call); anything else, or
// a call with extra keys or an implausible id, is refused before its payload is looked at.
import { z } from 'zod';
import type { CallFrame } from '../../shared/ipc/web-protocol.js';

const callFrame = z.strictObject({
  type: z.literal('call'),
  id: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  channel: z.string().max(64),
  payload: z.unknown(),
});

/** The frame, or a reason; `id` is returned whenever one could be read, so the refusal can still be answered. */
export type ParsedFrame =
  | { ok: true; frame: Omit<CallFrame, 'channel'> & { channel: string } }
  | { ok: false; reason: string; id: number | null };

export function parseClientFrame(text: string): ParsedFrame {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'frame is not JSON', id: null };
  }
  const parsed = callFrame.safeParse(data);
  if (parsed.success) return { ok: true, frame: parsed.data };
  const raw = (data as { id?: unknown } | null)?.id;
  const id = typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0 ? raw : null;
  const issues = parsed.error.issues.map((i) => (i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message));
  return { ok: false, reason: `malformed call frame (${issues.join('; ')})`, id };
}
