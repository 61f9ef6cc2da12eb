import type { AssessmentView } from '@zhiping/shared/api/assessments';

export type HistoryBasis = 'self' | 'assessed';

export interface HistoryEntry {
  id: string;
  title: string;
  /** The assessment's own date: when it was submitted (the date its answers describe). */
  at: string;
  /** `assessed` once an assessor signed the result off, else the self-assessment's result. */
  basis: HistoryBasis;
  level: number;
  score: number;
}

/**
 * Assessments with a result, in the order they were carried out: by submission date, not by
 * sign-off date (an earlier assessment signed off later still plots before a later one), ties
 * broken by creation date and id so the order is stable.
 */
export function historyEntries(assessments: AssessmentView[]): HistoryEntry[] {
  return assessments
    .filter((a) => a.result !== null)
    .map((a) => ({
      a,
      at: a.submittedAt ?? a.createdAt,
    }))
    .sort(
      (x, y) =>
        x.at.localeCompare(y.at) ||
        x.a.createdAt.localeCompare(y.a.createdAt) ||
        x.a.id.localeCompare(y.a.id),
    )
    .map(({ a, at }) => ({
      id: a.id,
      title: a.title,
      at,
      basis: a.result?.kind ?? 'self',
      level: a.result?.maturityLevel ?? 0,
      score: Math.round((a.result?.score ?? 0) * 100) / 100,
    }));
}

/** The pair the compare page opens with for one assessment: it against the one before it. */
export function previousOf(entries: HistoryEntry[], id: string): HistoryEntry | null {
  const i = entries.findIndex((e) => e.id === id);
  return i > 0 ? (entries[i - 1] ?? null) : null;
}
