import { useMutation } from '@tanstack/react-query';
import type { ReportLang } from '@zhiping/shared/api/reports';
import { downloadFile } from '../../../lib/download.ts';

export type ExportKind = 'pdf' | 'csv' | 'xlsx';

const PATHS: Record<ExportKind, string> = {
  pdf: 'roadmap.pdf',
  csv: 'export.csv',
  xlsx: 'export.xlsx',
};

export const exportUrl = (assessmentId: string, kind: ExportKind, lang: ReportLang) =>
  `/api/v1/assessments/${assessmentId}/${PATHS[kind]}?lang=${encodeURIComponent(lang)}`;

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
export function downloadExport(
  assessmentId: string,
  kind: ExportKind,
  lang: ReportLang,
  fallbackName: string,
): Promise<void> {
  return downloadFile(exportUrl(assessmentId, kind, lang), (res) => filenameOf(res, fallbackName));
}

export const useDownloadExport = (assessmentId: string) =>
  useMutation({
    mutationFn: (v: { kind: ExportKind; lang: ReportLang; fallbackName: string }) =>
      downloadExport(assessmentId, v.kind, v.lang, v.fallbackName),
  });
