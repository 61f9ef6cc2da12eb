import ExcelJS from 'exceljs';
import { tooManyCells, precheckXlsx } from './xlsx-precheck.ts';
import { XlsxRejection, type XlsxLimits } from './xlsx-limits.ts';
import type { CellValue, ReadSheet } from './sheet.ts';

/** A cell's value as a string or number: rich text joined, formulas by their cached result. */
function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? null : plain(result);
  }
  if ('hyperlink' in value) return plain(value.text);
  if ('error' in value) return value.error;
  return null;
}

/**
 * The worksheets of an .xlsx file in workbook order, cells as strings or numbers, within
 * `limits`: the package is checked first (precheckXlsx), exceljs parses it, and rows, columns,
 * cells and cell lengths are checked before anything is copied. Throws XlsxRejection.
 * CPU-bound: call it through readXlsx (a worker thread), not on the service's event loop.
 */
export async function parseXlsx(file: Buffer, limits: XlsxLimits): Promise<ReadSheet[]> {
  await precheckXlsx(file, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch (err) {
    throw new XlsxRejection(
      'malformed_workbook',
      `the workbook cannot be read (${String((err as Error).message).slice(0, 200)})`,
    );
  }
  if (workbook.worksheets.length > limits.maxSheets) {
    throw new XlsxRejection(
      'workbook_too_many_sheets',
      `the workbook has ${workbook.worksheets.length} sheets, more than the limit of ${limits.maxSheets}`,
      limits.maxSheets,
    );
  }
  let cells = 0;
  return workbook.worksheets.map((ws) => {
    // rowCount is the highest row number used: a sparse row far down is refused here.
    if (ws.rowCount > limits.maxRows) {
      throw new XlsxRejection(
        'workbook_too_many_rows',
        `sheet "${ws.name}" uses row ${ws.rowCount}, beyond the limit of ${limits.maxRows}`,
        limits.maxRows,
      );
    }
    if (ws.columnCount > limits.maxColumns) {
      throw new XlsxRejection(
        'workbook_too_many_columns',
        `sheet "${ws.name}" uses column ${ws.columnCount}, beyond the limit of ${limits.maxColumns}`,
        limits.maxColumns,
      );
    }
    const rows: CellValue[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const out: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (++cells > limits.maxCells) throw tooManyCells(limits);
        const value = plain(cell.value);
        if (typeof value === 'string' && value.length > limits.maxCellChars) {
          throw new XlsxRejection(
            'workbook_cell_too_long',
            `cell ${ws.name}!${cell.address} has ${value.length} characters, more than the limit of ${limits.maxCellChars}`,
            limits.maxCellChars,
          );
        }
        while (out.length < col - 1) out.push(null);
        out[col - 1] = value;
      });
      while (rows.length < rowNumber - 1) rows.push([]);
      rows[rowNumber - 1] = out;
    });
    return { name: ws.name, rows };
  });
}
