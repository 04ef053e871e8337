// Hotkeys as "Ctrl+Shift+K": modifiers in the fixed order Ctrl, Alt, Shift, Meta, then one key name as
// KeyboardEvent.key gives it (letters upper case). The fixed order makes two spellings of one chord impossible, so
// the distinctness check below is real.
import { z } from 'zod';
import type { HotkeySettings } from '../../shared/domain/settings.js';
import { typeError } from './schema-primitives.js';

const NAMED_KEYS =
  'Enter|Escape|Space|Tab|Backspace|Delete|Insert|Home|End|PageUp|PageDown|ArrowUp|ArrowDown|ArrowLeft|ArrowRight';
const CHORD = new RegExp(`^(Ctrl\\+)?(Alt\\+)?(Shift\\+)?(Meta\\+)?([A-Z0-9]|F(?:[1-9]|1[0-9]|2[0-4])|${NAMED_KEYS})$`);

/** Keys that type into the ticket's fields or move focus: as hotkeys they would fire while the trader types a
 * quantity or tabs through the form, so they need Ctrl, Alt or Meta. */
const TYPING_KEY = /^([A-Z0-9]|Space|Tab|Backspace|Delete|Home|End|ArrowUp|ArrowDown|ArrowLeft|ArrowRight)$/;

export const hotkey = z
  .string({ error: typeError('must be text') })
  .max(40, { error: 'must be at most 40 characters' })
  .superRefine((v, ctx) => {
    const m = CHORD.exec(v);
    if (!m) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be like "F1", "Enter" or "Ctrl+Shift+K" (modifiers in the order Ctrl, Alt, Shift, Meta)',
      });
      return;
    }
    const [, ctrl, alt, , meta, key] = m;
    if (TYPING_KEY.test(key!) && ctrl === undefined && alt === undefined && meta === undefined) {
      ctx.addIssue({ code: 'custom', message: `${v} types or moves focus in the ticket: add Ctrl, Alt or Meta` });
    }
  });

export const hotkeySettingsSchema = z
  .strictObject(
    { buy: hotkey, sell: hotkey, send: hotkey, clear: hotkey, cancelAll: hotkey },
    { error: typeError('must be an object') },
  )
  .superRefine((h, ctx) => {
    const seen = new Map<string, string>();
    for (const [action, chord] of Object.entries(h)) {
      const other = seen.get(chord);
      if (other !== undefined) {
        ctx.addIssue({ code: 'custom', path: [action], message: `${chord} is already the ${other} key` });
      } else seen.set(chord, action);
    }
  }) satisfies z.ZodType<HotkeySettings>;
