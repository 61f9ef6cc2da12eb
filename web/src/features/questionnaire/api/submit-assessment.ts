import { useMutation, useQueryClient } from '@tanstack/react-query';
import { assessmentViewSchema } from '@zhiping/shared/api/assessments';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { assessmentKeys } from '../../../lib/api/keys.ts';

export const submitAssessment = ({ id, revision }: { id: string; revision: number }) =>
  apiFetch(
    `/api/v1/assessments/${encodeURIComponent(id)}/submit`,
    assessmentViewSchema,
    json('POST', { revision }),
  );

/** Draft → submitted; the server stores the report snapshot and locks the answers. */
export function useSubmitAssessment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: submitAssessment,
    onSuccess: (view) => {
      client.setQueryData(assessmentKeys.detail(view.id), view);
      return client.invalidateQueries({ queryKey: assessmentKeys.all });
    },
  });
}
