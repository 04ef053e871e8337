import { z } from 'zod';

export const profileId = z
  .string({ error: 'profileId must be a string' })
  .min(1)
  .max(40, { error: 'profileId must be at most 40 characters' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'profileId may hold only a-z, 0-9 and -' });

/** The API secret goes to safeStorage and nowhere else; bounded and printable so it cannot smuggle anything. */
export const secretInput = z.strictObject({
  profileId,
  secret: z
    .string()
    .min(16, { error: 'the API secret looks too short' })
    .max(512, { error: 'the API secret is at most 512 characters' })
    .regex(/^[\x21-\x7e]+$/, { error: 'the API secret must be printable ASCII without spaces' }),
});
