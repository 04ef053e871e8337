// Building blocks of the command schemas: the shapes every renderer string must have before main looks at it.
import { z } from 'zod';
import { SESSION_ID_MAX_LENGTH, SESSION_ID_PATTERN } from '../../../shared/ipc/commands.js';
import { DECIMAL_TEXT_PATTERN } from '../../../shared/domain/decimal-text.js';

export const sessionId = z
  .string({ error: 'sessionId must be a string' })
  .min(1, { error: 'sessionId must not be empty' })
  .max(SESSION_ID_MAX_LENGTH, { error: `sessionId must be at most ${SESSION_ID_MAX_LENGTH} characters` })
  .regex(SESSION_ID_PATTERN, { error: 'sessionId may hold only a-z, 0-9 and -' });

/** Venue symbols: "BTC/USD", "PF_XBTUSD", "ETH-PERP"… printable, no SOH or '=' (it goes into tag 55). */
export const symbol = z
  .string({ error: 'symbol must be a string' })
  .min(1, { error: 'symbol must not be empty' })
  .max(32, { error: 'symbol must be at most 32 characters' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9/_.:-]*$/, { error: 'symbol may hold only letters, digits and / _ . : -' });

export const decimalText = z
  .string({ error: 'must be decimal text' })
  .max(40, { error: 'decimal text is at most 40 characters' })
  .regex(DECIMAL_TEXT_PATTERN, { error: 'must be a plain decimal like 64012.5 (no exponent, no sign +)' });

export const positiveDecimal = decimalText.refine((v) => !v.startsWith('-') && /[1-9]/.test(v), {
  error: 'must be greater than zero',
});

/** Keys the OMS hands out ("demo-trading:1732…"); bounded so a hostile key is refused unread. */
export const orderKey = z
  .string({ error: 'orderKey must be a string' })
  .min(1)
  .max(120, { error: 'orderKey must be at most 120 characters' })
  .regex(/^[\x21-\x7e]+$/, { error: 'orderKey must be printable ASCII' });

export const empty = z.strictObject({});
