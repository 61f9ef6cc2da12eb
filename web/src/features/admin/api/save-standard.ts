import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StandardBody } from '@zhiping/shared/api/admin';
import { standardViewSchema } from '@zhiping/shared/api/admin';
import { apiFetch, json } from '../../../lib/api-client.ts';
import { adminKeys } from './keys.ts';

/** Adds a standard (no id) or replaces one and its links. */
export const saveStandard = (v: { id: string | null; body: StandardBody }) =>
  v.id
    ? apiFetch(
        `/api/v1/standards/${encodeURIComponent(v.id)}`,
        standardViewSchema,
        json('PUT', v.body),
      )
    : apiFetch('/api/v1/standards', standardViewSchema, json('POST', v.body));

export const useSaveStandard = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: saveStandard,
    onSuccess: () => void client.invalidateQueries({ queryKey: adminKeys.standards() }),
  });
};
