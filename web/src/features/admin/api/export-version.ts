import { useMutation } from '@tanstack/react-query';
import { indicatorSystemSchema } from '@zhiping/shared/indicator-system/schema';
import { apiFetch } from '../../../lib/api-client.ts';

const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');

/** Downloads a version as the exchange-format JSON document the import accepts. */
export async function exportVersion(id: string): Promise<void> {
  const document = await apiFetch(
    `/api/v1/admin/indicator-systems/versions/${encodeURIComponent(id)}/export`,
    indicatorSystemSchema,
  );
  const blob = new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = window.document.createElement('a');
  a.href = url;
  a.download = `${safe(document.code)}-${safe(document.version)}.json`;
  window.document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const useExportVersion = () => useMutation({ mutationFn: exportVersion });
