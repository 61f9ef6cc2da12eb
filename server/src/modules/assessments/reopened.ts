import { and, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { findings } from '../../db/schema.ts';

/** During 弱项整改 only requirements with an open finding may be answered again. */
export async function openFindingRequirementIds(
  tx: Tx,
  assessmentId: string,
): Promise<Set<string>> {
  const rows = await tx
    .select({ requirementId: findings.requirementId })
    .from(findings)
    .where(
      and(
        eq(findings.assessmentId, assessmentId),
        eq(findings.status, 'open'),
        isNotNull(findings.requirementId),
      ),
    );
  // The query keeps only findings about a requirement (not null).
  return new Set(rows.flatMap((r) => (r.requirementId === null ? [] : [r.requirementId])));
}
