import { z } from 'zod';
import { emailSchema, passwordSchema, sessionSchema } from './auth.ts';
import { secondFactorCodeSchema } from './login.ts';

export { secondFactorCodeSchema } from './login.ts';

/**
 * Account security: password reset, sessions and the TOTP second factor.
 */

/** How long a password-reset link works. */
export const PASSWORD_RESET_TTL_MINUTES = 30;

export const passwordResetRequestBodySchema = z.object({ email: emailSchema });
export const passwordResetRequestedSchema = z.object({
  /** The same answer whether or not the address has an account. */
  status: z.literal('accepted'),
  expiresInMinutes: z.number().int(),
});
export const passwordResetBodySchema = z.object({
  token: z.string().min(20).max(200),
  password: passwordSchema,
});

export const sessionViewSchema = z.object({
  /** The refresh-token family. */
  id: z.uuid(),
  createdAt: z.string(),
  lastUsedAt: z.string(),
  expiresAt: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  /** The session this request is made with. */
  current: z.boolean(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;
export const sessionListSchema = z.object({ items: z.array(sessionViewSchema) });

export const totpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'must be a 6-digit code');

export const totpStatusSchema = z.object({
  enabled: z.boolean(),
  enabledAt: z.string().nullable(),
  recoveryCodesLeft: z.number().int(),
  /** Whether this account may not be without it (admins, when ADMIN_TOTP_REQUIRED). */
  required: z.boolean(),
});
export type TotpStatus = z.infer<typeof totpStatusSchema>;

export const totpEnrolmentSchema = z.object({
  /** Base32, for typing into an authenticator app. */
  secret: z.string(),
  otpauthUri: z.string(),
  /** The otpauth URI as a QR code (an SVG data URL). */
  qrCode: z.string(),
});
export type TotpEnrolment = z.infer<typeof totpEnrolmentSchema>;

export const totpConfirmBodySchema = z.object({ code: totpCodeSchema });
/**
 * Turning the second factor on takes the password too: a stolen access token alone must not
 * let someone enrol their own authenticator and lock the owner out.
 */
export const totpEnrolmentConfirmBodySchema = z.object({
  code: totpCodeSchema,
  currentPassword: z.string().min(1).max(128),
});
export type TotpEnrolmentConfirmBody = z.infer<typeof totpEnrolmentConfirmBodySchema>;
export const totpConfirmedSchema = z.object({
  /** Shown once: each signs in once instead of a code, when the authenticator is lost. */
  recoveryCodes: z.array(z.string()),
  /** A new session (every other one ended with the enrolment). */
  session: sessionSchema,
});
export const totpDisableBodySchema = z.object({ code: secondFactorCodeSchema });

/** The answer of a sign-in whose password was right when a second factor is needed. */
export const loginChallengeSchema = z.object({
  secondFactor: z.literal('totp'),
  challengeToken: z.string(),
  expiresIn: z.number().int(),
});
export type LoginChallenge = z.infer<typeof loginChallengeSchema>;
export const loginTotpBodySchema = z.object({
  challengeToken: z.string().min(20).max(1000),
  code: secondFactorCodeSchema,
});
