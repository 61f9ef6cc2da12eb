import type { EvidenceFileView } from '@zhiping/shared/api/assessments';
import { evidenceFileViewSchema } from '@zhiping/shared/api/assessments';
import { pageOf } from '@zhiping/shared/api/common';
import { apiFetch } from '../api-client.ts';

/**
 * Every evidence file of an assessment (metadata only), page by page at the API's maximum:
 * one list for a whole page (questionnaire, review, 弱项整改) instead of a request per
 * requirement. Each feature keeps it under its own query key.
 */
export async function listEvidenceFiles(
  assessmentId: string,
  signal?: AbortSignal,
): Promise<EvidenceFileView[]> {
  const files: EvidenceFileView[] = [];
  for (let page = 1; ; page++) {
    const res = await apiFetch(
      `/api/v1/assessments/${encodeURIComponent(assessmentId)}/evidence?page=${page}&limit=100`,
      pageOf(evidenceFileViewSchema),
      signal ? { signal } : {},
    );
    files.push(...res.items);
    if (res.items.length === 0 || files.length >= res.total) return files;
  }
}
