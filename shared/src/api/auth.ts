import { z } from 'zod';
import { INDUSTRIES, PRODUCTION_TYPES } from '../indicator-system/schema.ts';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_PROBLEM_MESSAGES,
  passwordProblem,
} from '../passwords/policy.ts';
import { usccProblem } from '../uscc.ts';
import { ORGANIZATION_SIZES, ROLES } from './common.ts';
import { emailSchema } from './login.ts';
import { privacyConsentSchema } from './privacy.ts';

// The sign-in contract lives apart so that the sign-in page does not load the password policy
// (and its list of common passwords).
export { emailSchema, loginBodySchema } from './login.ts';

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

/**
 * The password policy (issue #13): 10 to 128 characters (the KDF's input stays bounded), no
 * leading or trailing whitespace, a letter and a digit, not in the shipped list of common
 * passwords (shared/src/passwords). Used wherever a password is set: registration, invitation
 * accept, password change, staff accounts, the first admin. The issue's `params.password`
 * names the problem, so the web shows it in the user's language.
 */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`)
  .superRefine((p, ctx) => {
    if (p.length < PASSWORD_MIN_LENGTH || p.length > PASSWORD_MAX_LENGTH) return;
    const problem = passwordProblem(p);
    if (problem)
      ctx.addIssue({
        code: 'custom',
        message: PASSWORD_PROBLEM_MESSAGES[problem],
        params: { password: problem },
      });
  });

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
  /** Consent to the privacy terms in force, stored with the account (version and time). */
  privacyConsent: privacyConsentSchema,
  /** Language of the confirmation mail and of the account (zh-CN unless given). */
  locale: z.enum(['zh-CN', 'en']).optional(),
});
export type RegisterBody = z.input<typeof registerBodySchema>;

/**
 * The answer to every registration, whether the address is new or has an account (no email
 * enumeration, docs/decisions.md "Email"): the rest goes by mail.
 */
export const registrationAcceptedSchema = z.object({
  status: z.literal('confirmation_sent'),
  email: z.string(),
});
export type RegistrationAccepted = z.infer<typeof registrationAcceptedSchema>;

/** The token of the confirmation link, which creates the enterprise and signs in. */
/**
 * The mailed link's token and the password chosen when registering: whoever clicks the link
 * must know it, so an account registered in someone else's name (with a password the
 * registrant picked) never starts a session for the mailbox's owner.
 */
export const confirmRegistrationBodySchema = z.object({
  token: z.string().min(20).max(200),
  password: z.string().min(1).max(128),
});
export type ConfirmRegistrationBody = z.infer<typeof confirmRegistrationBodySchema>;

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
  /** Set while an admin who must use a second factor has not enrolled: only enrolment works. */
  restriction: z.literal('totp_enrolment').optional(),
});
export type Session = z.infer<typeof sessionSchema>;

/** The invitation as the inviter sees it: its link goes to the invitee by mail only. */
export const invitationViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  expiresAt: z.string(),
});
