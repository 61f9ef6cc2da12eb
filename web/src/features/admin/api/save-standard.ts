import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StandardBody, StandardView } from '@zhiping/shared/api/admin';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { adminKeys } from './keys.ts';

/** Adds a standard (no id) or replaces one and its links. */
export const saveStandard = (v: { id: string | null; body: StandardBody }) =>
  v.id
    ? apiFetch<StandardView>(`/api/v1/standards/${encodeURIComponent(v.id)}`, json('PUT', v.body))
    : apiFetch<StandardView>('/api/v1/standards', json('POST', v.body));

export const useSaveStandard = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: saveStandard,
    onSuccess: () => void client.invalidateQueries({ queryKey: adminKeys.standards() }),
  });
};
