/**
 * Tabular data as the exports and imports see it, independent of the file format: a sheet is
 * rows of cells, each a string, a number or empty.
 */
export type CellValue = string | number | null;

export interface SheetRow {
  cells: CellValue[];
  /** A heading row (bold in a workbook). */
  heading?: boolean;
}

export interface Sheet {
  name: string;
  /** Column widths in characters, for a workbook. */
  widths: number[];
  rows: SheetRow[];
}

/** One worksheet as read: rows[r][c] is the cell at row r + 1, column c (0 → A). */
export interface ReadSheet {
  name: string;
  rows: CellValue[][];
}

/** Cells a spreadsheet would run as a formula (=, +, -, @; tab and CR per OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Quotes before a formula start: one was added by neutralizeFormula, any more were the text's. */
const QUOTED_FORMULA = /^'+[=+\-@\t\r]/;

/**
 * A text cell made inert for spreadsheets (OWASP "CSV injection"): a leading quote keeps a
 * would-be formula as text. Applied to every text cell of CSV and XLSX exports.
 */
export const neutralizeFormula = (text: string) =>
  FORMULA_START.test(text) || QUOTED_FORMULA.test(text) ? `'${text}` : text;

/**
 * The inverse for a workbook we exported and read back: drops the quote neutralizeFormula
 * added. A text that itself began with a quote before a formula start (`'=x`) got a second
 * one on export, so it reads back unchanged.
 */
export const restoreFormulaText = (text: string) =>
  QUOTED_FORMULA.test(text) ? text.slice(1) : text;

/** Column letters (A1 notation) of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}
