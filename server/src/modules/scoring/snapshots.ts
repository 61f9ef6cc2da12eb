import type { AssessmentReport } from '@zhiping/shared';
import type { Tx } from '../../db/client.ts';
import { reportSnapshots } from '../../db/schema.ts';
import type { VersionRecord } from './versions.ts';

export type SnapshotKind = 'self' | 'assessed';

/** The size band peers are grouped by; today the enterprise's size class itself. */
export const sizeBand = (size: string) => size;

export interface SnapshotInput {
  kind: SnapshotKind;
  assessmentId: string;
  organizationId: string;
  /** The enterprise's industry and size at the time: peers are grouped by them. */
  organizationIndustry: string;
  organizationSize: string;
  version: Pick<VersionRecord, 'systemCode'>;
  report: AssessmentReport;
}

/**
 * Stores a scored report as it stands (at submit: 'self'; at sign-off: 'assessed'), in the
 * caller's transaction. Snapshots never change after (a trigger refuses it): reports and
 * benchmarks read them back exactly.
 */
export async function recordSnapshot(tx: Tx, s: SnapshotInput): Promise<{ id: string }> {
  const [row] = await tx
    .insert(reportSnapshots)
    .values({
      assessmentId: s.assessmentId,
      kind: s.kind,
      organizationId: s.organizationId,
      industry: s.organizationIndustry,
      sizeBand: sizeBand(s.organizationSize),
      systemCode: s.version.systemCode,
      maturityLevel: s.report.maturityLevel,
      score: s.report.score,
      report: s.report,
    })
    .returning({ id: reportSnapshots.id });
  if (!row) throw new Error('report snapshot insert returned no row');
  return row;
}
