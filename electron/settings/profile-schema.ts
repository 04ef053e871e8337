// The venue profile as main accepts it (settings:save-profile) and reads it back from disk. Strict: an unknown
// key is refused, so a typo in a hand-edited file is reported instead of ignored.
import { z } from 'zod';
import type { EndpointConfig, VenueKind } from '../../shared/domain/settings.js';
import type { ProfileInput } from '../../shared/ipc/commands.js';
import { apiKey, compId, filePath, host, label, port, profileId, serverName, typeError } from './schema-primitives.js';

export const VENUE_KINDS = [
  'simulator',
  'kraken-spot',
  'kraken-derivatives',
  'fix44',
] as const satisfies readonly VenueKind[];

/** Kraken accepts FIX only over TLS; a plain connection would send the API key in the clear. */
const TLS_ONLY_KINDS: ReadonlySet<VenueKind> = new Set(['kraken-spot', 'kraken-derivatives']);

export const endpointSchema = z
  .strictObject(
    {
      host,
      port,
      tls: z.boolean({ error: typeError('must be true or false') }),
      serverName: serverName.optional(),
      caFile: filePath.optional(),
      senderCompId: compId,
      targetCompId: compId,
      heartBtIntSec: z
        .number({ error: typeError('must be a number') })
        .int({ error: 'must be a whole number of seconds' })
        .min(1, { error: 'must be from 1 to 300 seconds' })
        .max(300, { error: 'must be from 1 to 300 seconds' }),
    },
    { error: typeError('must be an object') },
  )
  .superRefine((e, ctx) => {
    if (e.senderCompId === e.targetCompId) {
      ctx.addIssue({ code: 'custom', path: ['targetCompId'], message: 'must differ from senderCompId' });
    }
    if (!e.tls && (e.serverName !== undefined || e.caFile !== undefined)) {
      const field = e.serverName !== undefined ? 'serverName' : 'caFile';
      ctx.addIssue({ code: 'custom', path: [field], message: 'applies only with tls: true' });
    }
  }) satisfies z.ZodType<EndpointConfig>;

export const profileInputSchema = z
  .strictObject(
    {
      id: profileId,
      name: label(64),
      kind: z.enum(VENUE_KINDS, {
        error: (i) => (i.input === undefined ? 'is missing' : `must be one of ${VENUE_KINDS.join(', ')}`),
      }),
      trading: endpointSchema,
      marketData: endpointSchema.optional(),
      apiKey: apiKey.optional(),
      cancelOnDisconnect: z.boolean({ error: typeError('must be true or false') }),
      autoConnect: z.boolean({ error: typeError('must be true or false') }),
    },
    { error: typeError('must be an object') },
  )
  .superRefine((p, ctx) => {
    if (!TLS_ONLY_KINDS.has(p.kind)) return;
    if (!p.trading.tls) ctx.addIssue({ code: 'custom', path: ['trading', 'tls'], message: 'Kraken accepts only TLS' });
    if (p.marketData && !p.marketData.tls) {
      ctx.addIssue({ code: 'custom', path: ['marketData', 'tls'], message: 'Kraken accepts only TLS' });
    }
  }) satisfies z.ZodType<ProfileInput>;

export const deleteProfileRequestSchema = z.strictObject({ profileId });

/** A secret as the settings form sends it: an API secret (base64) or a FIX password. */
export const secretText = z
  .string({ error: typeError('must be text') })
  .min(1, { error: 'must not be empty' })
  .max(1024, { error: 'must be at most 1024 characters' })
  .regex(/^[^\p{Cc}]*$/u, { error: 'must not hold control characters' });

export const setSecretRequestSchema = z.strictObject({ profileId, secret: secretText });
