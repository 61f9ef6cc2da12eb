import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IndicatorSystem } from '@zhiping/shared/indicator-system/schema';
import { adminVersionViewSchema } from '@zhiping/shared/api/admin';
import { apiFetch, json } from '../../../lib/api-client.ts';
import type { EditableVersion } from './get-version.ts';
import { adminKeys } from './keys.ts';

/** Replaces a draft's document; a stale revision is refused (409 revision_conflict). */
export const saveVersion = (id: string, body: { revision: number; document: IndicatorSystem }) =>
  apiFetch(
    `/api/v1/admin/indicator-systems/versions/${encodeURIComponent(id)}`,
    adminVersionViewSchema,
    json('PUT', body),
  );

export const useSaveVersion = (id: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { revision: number; document: IndicatorSystem }) => saveVersion(id, body),
    onSuccess: (view, body) => {
      client.setQueryData<EditableVersion>(adminKeys.version(id), (old) =>
        old ? { ...old, revision: view.revision, document: body.document } : old,
      );
      void client.invalidateQueries({ queryKey: adminKeys.systems() });
      void client.invalidateQueries({ queryKey: adminKeys.whatIf(id) });
    },
  });
};
