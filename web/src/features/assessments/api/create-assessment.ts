import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateAssessmentBody } from '@zhiping/shared/api/assessments';
import { assessmentViewSchema } from '@zhiping/shared/api/assessments';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { assessmentKeys } from '../../../lib/api/keys.ts';

export const createAssessment = (body: CreateAssessmentBody) =>
  apiFetch('/api/v1/assessments', assessmentViewSchema, json('POST', body));

export function useCreateAssessment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createAssessment,
    onSuccess: (created) => {
      client.setQueryData(assessmentKeys.detail(created.id), created);
      return client.invalidateQueries({ queryKey: assessmentKeys.lists() });
    },
  });
}
