import { z } from 'zod';

/** The privacy terms in force (web/src/features/auth/routes/privacy.tsx shows them). */
export const PRIVACY_TERMS_VERSION = '2026-12-03';

export const privacyConsentSchema = z.object(
  {
    accepted: z.literal(true, 'the privacy terms must be accepted'),
    version: z.literal(
      PRIVACY_TERMS_VERSION,
      `must be the privacy terms in force (${PRIVACY_TERMS_VERSION})`,
    ),
  },
  'required: consent to the privacy terms',
);
export type PrivacyConsent = z.infer<typeof privacyConsentSchema>;
