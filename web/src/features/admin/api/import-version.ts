import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminVersionViewSchema } from '@zhiping/shared/api/admin';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { adminKeys } from './keys.ts';

/** A document from a file becomes a new draft; the server validates it and names every path. */
export const importVersion = (document: unknown) =>
  apiFetch(
    '/api/v1/admin/indicator-systems/import',
    adminVersionViewSchema,
    json('POST', { document }),
  );

export const useImportVersion = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: importVersion,
    onSuccess: () => void client.invalidateQueries({ queryKey: adminKeys.systems() }),
  });
};
