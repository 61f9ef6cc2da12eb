import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CopyVersionBody } from '@zhiping/shared/api/admin';
import { adminVersionViewSchema } from '@zhiping/shared/api/admin';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { adminKeys } from './keys.ts';

/** A version (usually a published one) copied into a new draft under a new version string. */
export const copyVersion = (id: string, body: CopyVersionBody) =>
  apiFetch(
    `/api/v1/admin/indicator-systems/versions/${encodeURIComponent(id)}/copy`,
    adminVersionViewSchema,
    json('POST', body),
  );

export const useCopyVersion = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; body: CopyVersionBody }) => copyVersion(v.id, v.body),
    onSuccess: () => void client.invalidateQueries({ queryKey: adminKeys.systems() }),
  });
};
