import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminVersionViewSchema } from '@zhiping/shared/api/admin';
import { apiFetch } from '../../../lib/api-client.ts';
import { adminKeys } from './keys.ts';

/**
 * Replaces a draft's document with an edited Excel export. The server names each failing cell
 * (`Tree!F7`); a stale revision is refused (409 revision_conflict).
 */
export function importVersionXlsx(id: string, body: { revision: number; file: File }) {
  const form = new FormData();
  form.append('revision', String(body.revision));
  form.append('file', body.file);
  return apiFetch(
    `/api/v1/admin/indicator-systems/versions/${encodeURIComponent(id)}/import.xlsx`,
    adminVersionViewSchema,
    { method: 'POST', body: form },
  );
}

export const useImportVersionXlsx = (id: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { revision: number; file: File }) => importVersionXlsx(id, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: adminKeys.version(id) });
      void client.invalidateQueries({ queryKey: adminKeys.systems() });
      void client.invalidateQueries({ queryKey: adminKeys.whatIf(id) });
    },
  });
};
