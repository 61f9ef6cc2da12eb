import { z } from 'zod';
import { ANSWER_CHOICES, LEVELS } from '../indicator-system/schema.ts';

/**
 * An assessment's answers as an exchange document (docs/answers-format.md): what the CLI
 * scores and what an import or export of answers carries.
 */
export const answersDocumentSchema = z.strictObject({
  format: z.literal('zhiping.answers/1'),
  profile: z.string().min(1).max(64).optional(),
  targetLevel: z.literal(LEVELS).optional(),
  tailoring: z
    .array(
      z.strictObject({
        subdomainId: z.string().min(1).max(64),
        reason: z.string().trim().min(1).max(2000),
      }),
    )
    .default([]),
  answers: z.record(z.string(), z.enum(ANSWER_CHOICES)),
});
export type AnswersDocument = z.infer<typeof answersDocumentSchema>;
