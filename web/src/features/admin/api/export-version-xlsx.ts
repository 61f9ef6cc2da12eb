import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '../../../lib/download.ts';

const filenameOf = (res: Response) =>
  /filename="?([^";]+)"?/i.exec(res.headers.get('content-disposition') ?? '')?.[1] ??
  'indicator-system.xlsx';

/** Downloads a version as an Excel workbook (tree with weights, requirements, profiles). */
export const exportVersionXlsx = (id: string) =>
  downloadFile(
    `/api/v1/admin/indicator-systems/versions/${encodeURIComponent(id)}/export.xlsx`,
    filenameOf,
  );

export const useExportVersionXlsx = () => useMutation({ mutationFn: exportVersionXlsx });
