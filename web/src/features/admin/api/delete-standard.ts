import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, noContent } from '../../../lib/api-client.ts';
import { adminKeys } from './keys.ts';

export const deleteStandard = (id: string) =>
  apiFetch(`/api/v1/standards/${encodeURIComponent(id)}`, noContent, { method: 'DELETE' });

export const useDeleteStandard = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: deleteStandard,
    onSuccess: () => void client.invalidateQueries({ queryKey: adminKeys.standards() }),
  });
};
