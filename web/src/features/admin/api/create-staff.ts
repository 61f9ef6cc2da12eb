import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateStaffBody } from '@zhiping/shared/api/admin';
import { adminUserViewSchema } from '@zhiping/shared/api/admin';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { adminKeys } from './keys.ts';

/** A new assessor or admin account. */
export const createStaff = (body: CreateStaffBody) =>
  apiFetch('/api/v1/admin/users', adminUserViewSchema, json('POST', body));

export const useCreateStaff = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createStaff,
    onSuccess: () => void client.invalidateQueries({ queryKey: adminKeys.users() }),
  });
};
