/**
 * Query keys of the resources several features read (the dashboard, the questionnaire, the
 * report, the review). General to specific, so invalidating `assessmentKeys.all` refreshes
 * every list, detail and answer set.
 */
export const assessmentKeys = {
  all: ['assessments'] as const,
  lists: () => [...assessmentKeys.all, 'list'] as const,
  list: (filters: { page: number; limit: number; status?: string | undefined }) =>
    [...assessmentKeys.lists(), filters] as const,
  detail: (id: string) => [...assessmentKeys.all, 'detail', id] as const,
  answers: (id: string) => [...assessmentKeys.detail(id), 'answers'] as const,
};

export const indicatorSystemKeys = {
  all: ['indicator-systems'] as const,
  published: () => [...indicatorSystemKeys.all, 'published'] as const,
  version: (versionId: string) => [...indicatorSystemKeys.all, 'version', versionId] as const,
};
