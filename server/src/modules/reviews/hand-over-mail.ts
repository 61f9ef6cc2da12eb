import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.ts';
import { assessments, users } from '../../db/schema.ts';
import type { Mailer } from '../../lib/mail/mailer.ts';
import { mailLocale, mailTemplates } from '../../lib/mail/templates.ts';

export interface HandOverMailDeps {
  db: Db;
  mailer: Pick<Mailer, 'send'>;
  log: Pick<FastifyBaseLogger, 'error'>;
}

/**
 * Tells the enterprise's users that the assessor handed an assessment back (returned for
 * 弱项整改, or signed off). Runs after the transition committed, not awaited by the route; a
 * failed send is logged per recipient (the others still get theirs) and never undoes the
 * transition.
 */
export async function mailReviewHandOver(
  deps: HandOverMailDeps,
  publicBaseUrl: string,
  assessmentId: string,
  outcome: 'returned' | 'signed_off',
): Promise<void> {
  try {
    const { db } = deps;
    const [a] = await db
      .select({ title: assessments.title, organizationId: assessments.organizationId })
      .from(assessments)
      .where(eq(assessments.id, assessmentId));
    if (!a) return;
    const recipients = await db
      .select({ email: users.email, locale: users.locale })
      .from(users)
      .where(and(eq(users.organizationId, a.organizationId), isNull(users.disabledAt)));
    const path =
      outcome === 'returned'
        ? `assessments/${assessmentId}/rectification`
        : `assessments/${assessmentId}/report`;
    for (const r of recipients) {
      const mail = mailTemplates.reviewHandOver(mailLocale(r.locale), {
        assessmentTitle: a.title,
        outcome,
        url: `${publicBaseUrl}/${path}`,
      });
      try {
        await deps.mailer.send({ to: r.email, ...mail });
      } catch (err) {
        deps.log.error({ err, assessmentId }, 'review hand-over mail to one recipient not sent');
      }
    }
  } catch (err) {
    deps.log.error({ err, assessmentId }, 'review hand-over mail not sent');
  }
}
