import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, noContent } from '../../../lib/api-client.ts';
import { adminKeys } from './keys.ts';

/** Deletes a draft (published versions are kept forever). */
export const deleteVersion = (id: string) =>
  apiFetch(`/api/v1/admin/indicator-systems/versions/${encodeURIComponent(id)}`, noContent, {
    method: 'DELETE',
  });

export const useDeleteVersion = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: deleteVersion,
    onSuccess: (_, id) => {
      client.removeQueries({ queryKey: adminKeys.version(id) });
      void client.invalidateQueries({ queryKey: adminKeys.systems() });
    },
  });
};
