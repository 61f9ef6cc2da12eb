import ExcelJS from 'exceljs';
import { neutralizeFormula, type CellValue, type Sheet } from './sheet.ts';

/** Excel's limit on the characters in one cell. */
const MAX_CELL_TEXT = 32_767;

/** Characters XML 1.0 cannot carry (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A cell as written: numbers stay numbers, text is always a string cell (never a formula),
 * neutralized against formula injection and cut to Excel's cell limit.
 */
function cellValue(value: CellValue): string | number | null {
  if (value === null || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return neutralizeFormula(value.replace(NOT_XML, '').slice(0, MAX_CELL_TEXT));
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
function sheetNames(sheets: readonly Sheet[]): string[] {
  const used = new Set<string>();
  return sheets.map((s, i) => {
    let name = s.name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || `Sheet${i + 1}`;
    if (used.has(name.toLowerCase())) name = `${name.slice(0, 28)} ${i + 1}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * Encodes sheets as an .xlsx workbook (exceljs): one worksheet per sheet, heading rows bold,
 * the first row frozen, column widths as given. Reusable for any tabular export.
 */
export async function encodeXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'zhiping';
  const names = sheetNames(sheets);
  sheets.forEach((sheet, i) => {
    const ws = workbook.addWorksheet(names[i], { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.widths.map((width) => ({ width }));
    for (const row of sheet.rows) {
      const added = ws.addRow(row.cells.map(cellValue));
      if (row.heading) added.font = { bold: true };
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
