import type { CellValue } from './export.ts';
import { unzip } from './unzip.ts';

/** One worksheet as read: rows[r][c] is the cell at row r + 1, column c (0 → A). */
export interface ReadSheet {
  name: string;
  rows: CellValue[][];
}

export class XlsxFormatError extends Error {}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export const unescapeXml = (text: string) =>
  text.replace(ENTITY, (_, hex?: string, dec?: string, name?: string) =>
    hex !== undefined
      ? String.fromCodePoint(parseInt(hex, 16))
      : dec !== undefined
        ? String.fromCodePoint(parseInt(dec, 10))
        : (NAMED[name ?? ''] ?? ''),
  );

const attr = (attrs: string, name: string) =>
  new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];

/** The text of every <t> in a fragment (rich-text runs concatenated, phonetic runs skipped). */
function texts(fragment: string): string {
  const plain = fragment.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of plain.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) {
    out += unescapeXml(m[1] ?? '');
  }
  return out;
}

/** 'B12' → column index 1; the row comes from the <row> element. */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of /^[A-Z]+/.exec(ref)?.[0] ?? '') n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => texts(m[1] ?? ''));
}

function cellValue(attrs: string, body: string, strings: string[]): CellValue {
  const type = attr(attrs, 't');
  if (type === 'inlineStr') return texts(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
  const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (v === undefined) return null;
  const raw = unescapeXml(v);
  if (type === 's') return strings[Number(raw)] ?? null;
  if (type === 'str' || type === 'e') return raw;
  if (type === 'b') return raw === '1' ? 'TRUE' : 'FALSE';
  const n = Number(raw);
  return raw.trim() !== '' && Number.isFinite(n) ? n : raw;
}

function worksheetRows(xml: string, strings: string[]): CellValue[][] {
  const rows: CellValue[][] = [];
  let nextRow = 0;
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = Number(attr(row[1] ?? '', 'r') ?? nextRow + 1) - 1;
    nextRow = r + 1;
    const cells: CellValue[] = [];
    let nextCol = 0;
    for (const c of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1] ?? '';
      const ref = attr(attrs, 'r');
      const col = ref ? columnIndex(ref) : nextCol;
      nextCol = col + 1;
      const value = cellValue(attrs, c[2] ?? '', strings);
      while (cells.length < col) cells.push(null);
      cells[col] = value;
    }
    while (rows.length < r) rows.push([]);
    rows[r] = cells;
  }
  return rows;
}

/** The worksheets of an .xlsx file in workbook order, cells as strings or numbers. */
export function readXlsx(file: Buffer): ReadSheet[] {
  let parts: Map<string, Buffer>;
  try {
    parts = unzip(file);
  } catch (err) {
    throw new XlsxFormatError(`not an .xlsx workbook (${(err as Error).message})`);
  }
  const text = (name: string) => parts.get(name)?.toString('utf8');
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new XlsxFormatError('not an .xlsx workbook (no xl/workbook.xml)');
  const targets = new Map<string, string>();
  for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b([^>]*)>/g)) {
    const id = attr(m[1] ?? '', 'Id');
    const target = attr(m[1] ?? '', 'Target');
    if (id && target) {
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
    }
  }
  const strings = sharedStrings(text('xl/sharedStrings.xml'));
  return [...workbook.matchAll(/<sheet\b([^>]*)>/g)].map((m) => {
    const attrs = m[1] ?? '';
    const name = unescapeXml(attr(attrs, 'name') ?? '');
    const path = targets.get(attr(attrs, 'r:id') ?? '');
    const xml = path ? text(path) : undefined;
    if (xml === undefined) throw new XlsxFormatError(`sheet "${name}" has no worksheet part`);
    return { name, rows: worksheetRows(xml, strings) };
  });
}
