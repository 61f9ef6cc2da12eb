import { neutralizeFormula, type CellValue } from './sheet.ts';

function field(value: CellValue): string {
  if (value === null) return '';
  // Numbers are ours (levels, scores) and stay numbers; every text may be user input.
  const text = typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV (CRLF line ends, fields with comma, quote or line break quoted, quotes
 * doubled), UTF-8 with a byte-order mark so that Excel reads Chinese correctly. Text cells
 * that a spreadsheet would run as a formula are prefixed with a quote.
 */
export function encodeCsv(rows: readonly (readonly CellValue[])[]): Buffer {
  const body = rows.map((r) => r.map(field).join(',')).join('\r\n');
  return Buffer.from(`\uFEFF${body}\r\n`, 'utf8');
}
