// The workstation's preferences as main accepts them (settings:save-ui) and reads them back from disk.
import { z } from 'zod';
import type { LayoutSettings, UiSettings } from '../../shared/domain/settings.js';
import { DECIMAL_TEXT_PATTERN } from '../../shared/domain/decimal-text.js';
import { hotkeySettingsSchema } from './hotkey-schema.js';
import { boundedRecord, label, symbolKey, typeError } from './schema-primitives.js';

const layoutId = z
  .string({ error: typeError('must be text') })
  .min(1, { error: 'must not be empty' })
  .max(32, { error: 'must be at most 32 characters' })
  .regex(/^[a-z][a-z0-9-]*$/, { error: 'may hold only a-z, 0-9 and -, and must start with a letter' });

export const MAX_AREAS = 12;
export const MAX_PANELS_PER_AREA = 30;

export const layoutSchema = z
  .strictObject(
    {
      areas: boundedRecord(
        layoutId,
        z
          .array(layoutId, { error: typeError('must be a list') })
          .max(MAX_PANELS_PER_AREA, { error: `must list at most ${MAX_PANELS_PER_AREA} panels` }),
        MAX_AREAS,
      ),
      active: boundedRecord(layoutId, layoutId, MAX_AREAS),
      sizes: boundedRecord(
        layoutId,
        z
          .number({ error: typeError('must be a number') })
          .min(1, { error: 'must be from 1 to 99 percent' })
          .max(99, { error: 'must be from 1 to 99 percent' }),
        MAX_AREAS * 2,
      ),
    },
    { error: typeError('must be an object') },
  )
  .superRefine((l, ctx) => {
    // zod runs this even when a field above was refused: look only at what has the right shape, so a damaged
    // layout (on disk or from a renderer) is refused with a reason instead of throwing.
    const areas = isRecord(l.areas) ? l.areas : {};
    const active = isRecord(l.active) ? l.active : {};
    const areaOf = new Map<string, string>();
    for (const [area, panels] of Object.entries(areas)) {
      if (!Array.isArray(panels)) continue;
      panels.forEach((panel: unknown, i) => {
        if (typeof panel !== 'string') return;
        const other = areaOf.get(panel);
        if (other !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['areas', area, i], message: `${panel} is already shown in ${other}` });
        } else areaOf.set(panel, area);
      });
    }
    for (const [area, panel] of Object.entries(active)) {
      if (typeof panel === 'string' && areaOf.get(panel) !== area) {
        ctx.addIssue({ code: 'custom', path: ['active', area], message: `${panel} is not a panel of ${area}` });
      }
    }
  }) satisfies z.ZodType<LayoutSettings>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const presetQty = z
  .string({ error: typeError('must be decimal text') })
  .max(40, { error: 'must be at most 40 characters' })
  .regex(DECIMAL_TEXT_PATTERN, { error: 'must be a plain decimal like 0.5 (no exponent, no sign)' })
  .refine((v) => !v.startsWith('-') && /[1-9]/.test(v), { error: 'must be greater than zero' });

export const MAX_PRESET_SYMBOLS = 200;
export const MAX_PRESETS_PER_SYMBOL = 8;

export const qtyPresetsSchema = boundedRecord(
  symbolKey,
  z
    .array(presetQty, { error: typeError('must be a list') })
    .min(1, { error: 'must list at least one quantity' })
    .max(MAX_PRESETS_PER_SYMBOL, { error: `must list at most ${MAX_PRESETS_PER_SYMBOL} quantities` }),
  MAX_PRESET_SYMBOLS,
);

export const uiSettingsSchema = z.strictObject(
  {
    theme: z.enum(['dark', 'light'], {
      error: (i) => (i.input === undefined ? 'is missing' : 'must be dark or light'),
    }),
    hotkeys: hotkeySettingsSchema,
    qtyPresets: qtyPresetsSchema,
    layout: layoutSchema,
    userName: label(64),
  },
  { error: typeError('must be an object') },
) satisfies z.ZodType<UiSettings>;

/** Each field of UiSettings on its own, so a bad layout read from disk does not also reset the hotkeys. */
export const UI_FIELD_SCHEMAS = uiSettingsSchema.shape;
