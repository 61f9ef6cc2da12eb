import { z } from 'zod';
import { INDUSTRIES, PRODUCTION_TYPES } from '../indicator-system/schema.ts';
import { usccProblem } from '../uscc.ts';
import { ORGANIZATION_SIZES, ROLES } from './common.ts';

const USCC_MESSAGES = {
  length: 'must be 18 characters',
  characters: 'uses characters outside the code alphabet (digits and A–Y without I, O, S, V, Z)',
  check_digit: 'check character does not match (typo?)',
} as const;

export const creditCodeSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .superRefine((code, ctx) => {
    const problem = usccProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: USCC_MESSAGES[problem] });
  });

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email('must be an email address'))
  .transform((e) => e.toLowerCase());

/** At least 10 characters with a letter and a digit; at most 128 (the KDF's input stays bounded). */
export const passwordSchema = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(128, 'must be at most 128 characters')
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), 'must contain a letter and a digit');

export const displayNameSchema = z.string().trim().min(1).max(80);

export const organizationInputSchema = z.object({
  name: z.string().trim().min(2).max(200),
  creditCode: creditCodeSchema,
  industry: z.enum(INDUSTRIES),
  productionType: z.enum(PRODUCTION_TYPES),
  size: z.enum(ORGANIZATION_SIZES),
  region: z.string().trim().min(2).max(100),
});

export const registerBodySchema = z.object({
  organization: organizationInputSchema,
  user: z.object({
    email: emailSchema,
    password: passwordSchema,
    displayName: displayNameSchema,
  }),
});
export type RegisterBody = z.input<typeof registerBodySchema>;

export const loginBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(128),
});

export const changePasswordBodySchema = z.object({
  currentPassword: z.string().min(1).max(128),
  newPassword: passwordSchema,
});

export const invitationBodySchema = z.object({ email: emailSchema });
export const acceptInvitationBodySchema = z.object({
  token: z.string().min(20).max(200),
  password: passwordSchema,
  displayName: displayNameSchema,
});

export const organizationViewSchema = organizationInputSchema.extend({
  id: z.uuid(),
  creditCode: z.string(),
  disabled: z.boolean(),
});
export type OrganizationView = z.infer<typeof organizationViewSchema>;

export const userViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  organizationId: z.uuid().nullable(),
  locale: z.string(),
  disabled: z.boolean(),
});
export type UserView = z.infer<typeof userViewSchema>;

export const sessionSchema = z.object({
  accessToken: z.string(),
  expiresIn: z.number().int(),
  user: userViewSchema,
  organization: organizationViewSchema.nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

export const invitationViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  /** The one-time token; shown once to the inviter, who passes the link on. */
  token: z.string(),
  expiresAt: z.string(),
});
