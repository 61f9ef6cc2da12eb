/** Bounds on reading an uploaded workbook: everything a hostile file could inflate. */
export interface XlsxLimits {
  /** Sum of the inflated sizes of all zip entries (a zip bomb stops here). */
  maxDecompressedBytes: number;
  /** Zip entries (parts) in the package. */
  maxEntries: number;
  maxSheets: number;
  /** Rows per sheet, and the highest row number a sheet may use. */
  maxRows: number;
  /** The highest column a sheet may use (1-based; Excel's own maximum is 16,384). */
  maxColumns: number;
  /** Non-empty cells in the whole workbook. */
  maxCells: number;
  /** Characters in one cell (Excel's own maximum is 32,767). */
  maxCellChars: number;
  /** Wall time of the whole parse; the worker is terminated after it. */
  timeoutMs: number;
  /** Heap of the parsing worker (V8 old generation). */
  maxHeapMb: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxDecompressedBytes: 32 * 1024 * 1024,
  maxEntries: 1_000,
  maxSheets: 50,
  maxRows: 20_000,
  maxColumns: 512,
  maxCells: 500_000,
  maxCellChars: 32_767,
  timeoutMs: 10_000,
  maxHeapMb: 256,
};

/**
 * Why a workbook was refused. `status` is the HTTP answer: 400 for a file that is not a
 * readable workbook, 413 for one beyond a bound, 422 for one too costly to read in time.
 */
export const XLSX_PROBLEMS = {
  not_xlsx: 400,
  malformed_workbook: 400,
  workbook_too_large: 413,
  workbook_too_many_parts: 413,
  workbook_too_many_sheets: 413,
  workbook_too_many_rows: 413,
  workbook_too_many_columns: 413,
  workbook_too_many_cells: 413,
  workbook_cell_too_long: 413,
  workbook_too_complex: 422,
} as const;
export type XlsxProblem = keyof typeof XLSX_PROBLEMS;

/** A refusal raised while parsing (in the worker or in process), carried back by code. */
export class XlsxRejection extends Error {
  constructor(
    readonly problem: XlsxProblem,
    message: string,
    readonly limit?: number,
  ) {
    super(message);
    this.name = 'XlsxRejection';
  }
}
