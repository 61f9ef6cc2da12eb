import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminVersionViewSchema } from '@zhiping/shared/api/admin';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { indicatorSystemKeys } from '../../../lib/api/keys.ts';
import { adminKeys } from './keys.ts';

/** Draft → published: immutable from now on, and offered to new assessments. */
export const publishVersion = (id: string, revision: number) =>
  apiFetch(
    `/api/v1/admin/indicator-systems/versions/${encodeURIComponent(id)}/publish`,
    adminVersionViewSchema,
    json('POST', { revision }),
  );

export const usePublishVersion = (id: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (revision: number) => publishVersion(id, revision),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: adminKeys.version(id) });
      void client.invalidateQueries({ queryKey: adminKeys.systems() });
      void client.invalidateQueries({ queryKey: indicatorSystemKeys.published() });
    },
  });
};
