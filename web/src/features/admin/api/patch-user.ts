import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PatchUserBody } from '@zhiping/shared/api/admin';
import { adminUserViewSchema } from '@zhiping/shared/api/admin';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { adminKeys } from './keys.ts';

/** Changes an account's role or disables it (which ends its sessions). */
export const patchUser = (v: { id: string; body: PatchUserBody }) =>
  apiFetch(
    `/api/v1/admin/users/${encodeURIComponent(v.id)}`,
    adminUserViewSchema,
    json('PATCH', v.body),
  );

export const usePatchUser = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: patchUser,
    onSuccess: () => void client.invalidateQueries({ queryKey: adminKeys.users() }),
  });
};
