import { useMutation } from '@tanstack/react-query';
import type { ReportLang } from '@zhiping/shared/api/reports';
import { ApiError } from '../../../lib/api-client.ts';
import { getAccessToken, refreshSession } from '../../../lib/session.ts';

export type ExportKind = 'pdf' | 'csv' | 'xlsx';

const PATHS: Record<ExportKind, string> = {
  pdf: 'roadmap.pdf',
  csv: 'export.csv',
  xlsx: 'export.xlsx',
};

export const exportUrl = (assessmentId: string, kind: ExportKind, lang: ReportLang) =>
  `/api/v1/assessments/${assessmentId}/${PATHS[kind]}?lang=${encodeURIComponent(lang)}`;

async function fetchWithToken(url: string): Promise<Response> {
  const send = () => {
    const token = getAccessToken();
    return fetch(url, {
      credentials: 'same-origin',
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  };
  const res = await send();
  // An expired access token is refreshed once, as apiFetch does for JSON.
  if (res.status === 401 && (await refreshSession())) return send();
  return res;
}

function filenameOf(res: Response, fallback: string): string {
  const header = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/**
 * Downloads a file the API builds (the roadmap PDF, the CSV or Excel export). The API wants
 * the bearer token, which a plain link cannot send, so the file is fetched and handed to the
 * browser as an object URL.
 */
export async function downloadExport(
  assessmentId: string,
  kind: ExportKind,
  lang: ReportLang,
  fallbackName: string,
): Promise<void> {
  const res = await fetchWithToken(exportUrl(assessmentId, kind, lang));
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { code?: string; detail?: string };
    throw new ApiError(res.status, problem.code ?? 'http_error', problem.detail ?? '', problem);
  }
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filenameOf(res, fallbackName);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const useDownloadExport = (assessmentId: string) =>
  useMutation({
    mutationFn: (v: { kind: ExportKind; lang: ReportLang; fallbackName: string }) =>
      downloadExport(assessmentId, v.kind, v.lang, v.fallbackName),
  });
