import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, json, noContent } from '../../../lib/api-client.ts';
import { clearSession } from '../../../lib/session.ts';

export const logout = () => apiFetch('/api/v1/auth/logout', noContent, json('POST'));

/** Signs out here even when the server cannot be reached: the local session ends regardless. */
export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      clearSession('signed-out');
      client.clear();
    },
  });
}
