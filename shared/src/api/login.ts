import { z } from 'zod';

/** An email address as every form and route takes it: trimmed, checked, lower-cased. */
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email('must be an email address'))
  .transform((e) => e.toLowerCase());

/** Sign-in: any password up to 128 characters (the policy applies where one is chosen). */
export const loginBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(128),
});

/** A TOTP code (6 digits) or a recovery code (xxxxx-xxxxx). */
export const secondFactorCodeSchema = z
  .string()
  .trim()
  .min(6, 'must be a 6-digit code or a recovery code')
  .max(20, 'must be a 6-digit code or a recovery code')
  .regex(/^(\d{6}|[a-z2-9]{5}-?[a-z2-9]{5})$/i, 'must be a 6-digit code or a recovery code');
