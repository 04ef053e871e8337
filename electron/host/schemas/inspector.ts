import { z } from 'zod';
import { HISTORY_MAX_ROWS } from '../../../shared/ipc/commands.js';
import { sessionId } from './primitives.js';

export const limit = z
  .number()
  .int()
  .min(1)
  .max(HISTORY_MAX_ROWS, { error: `limit is at most ${HISTORY_MAX_ROWS}` });

export const messageQuery = z.strictObject({
  sessionId: sessionId.optional(),
  direction: z.enum(['in', 'out']).optional(),
  msgType: z
    .string()
    .regex(/^[0-9A-Za-z]{1,4}$/, { error: 'msgType is 1 to 4 letters or digits' })
    .optional(),
  text: z.string().max(200, { error: 'text filter is at most 200 characters' }).optional(),
  limit,
});

export const auditList = z.strictObject({ limit });
