import { useMutation, useQueryClient } from '@tanstack/react-query';
import { adminOrganizationViewSchema } from '@zhiping/shared/api/admin';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { adminKeys } from './keys.ts';

/** Disabling an enterprise ends its users' sessions; enabling lets them sign in again. */
export const setOrganizationDisabled = (v: { id: string; disabled: boolean }) =>
  apiFetch(
    `/api/v1/admin/organizations/${encodeURIComponent(v.id)}`,
    adminOrganizationViewSchema,
    json('PATCH', { disabled: v.disabled }),
  );

export const useSetOrganizationDisabled = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: setOrganizationDisabled,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: adminKeys.organizations() });
      void client.invalidateQueries({ queryKey: adminKeys.users() });
    },
  });
};
