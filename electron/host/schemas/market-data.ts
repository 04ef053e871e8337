import { z } from 'zod';
import { symbol } from './primitives.js';

export const MAX_BOOK_DEPTH = 100;

export const subscribe = z.strictObject({
  symbol,
  depth: z
    .number()
    .int()
    .min(1)
    .max(MAX_BOOK_DEPTH, { error: `depth is at most ${MAX_BOOK_DEPTH}` })
    .optional(),
});

export const bySymbol = z.strictObject({ symbol });
