import { promisify } from 'node:util';
import yauzl from 'yauzl';
import { XlsxRejection, type XlsxLimits } from './xlsx-limits.ts';

const fromBuffer = promisify(yauzl.fromBuffer) as (
  buffer: Buffer,
  options: yauzl.Options,
) => Promise<yauzl.ZipFile>;

/** Open tags of the elements counted, with any namespace prefix: <row, <c, <sheet. */
const TAG = /<(?:[A-Za-z_][\w.-]{0,30}:)?(row|c|sheet)[\s/>]/g;
/** Enough to hold the start of a tag split across two chunks. */
const TAIL = 40;

interface Counts {
  row: number;
  c: number;
  sheet: number;
}

/** Counts element open tags in a stream of chunks, linear in its length. */
function tagCounter() {
  const counts: Counts = { row: 0, c: 0, sheet: 0 };
  let tail = '';
  return {
    counts,
    push(chunk: Buffer) {
      const text = tail + chunk.toString('latin1');
      for (const m of text.matchAll(TAG)) {
        // A match within the tail was counted with the previous chunk.
        if (m.index + m[0].length > tail.length) counts[m[1] as keyof Counts]++;
      }
      tail = text.slice(-TAIL);
    },
  };
}

const isWorksheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

/**
 * The package checked through its central directory before any XML parser sees it (yauzl):
 * entry count, every entry inflated and its real size counted against the bound (yauzl also
 * refuses an entry that inflates beyond its declared size), sheets in the workbook part,
 * rows and cells in each worksheet part. Inflation runs on zlib's thread pool.
 */
export async function precheckXlsx(file: Buffer, limits: XlsxLimits): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await fromBuffer(file, {
      lazyEntries: true,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch (err) {
    throw new XlsxRejection('not_xlsx', `not an .xlsx workbook (${(err as Error).message})`);
  }
  if (zip.entryCount > limits.maxEntries) {
    zip.close();
    throw new XlsxRejection(
      'workbook_too_many_parts',
      `the workbook has ${zip.entryCount} parts, more than the limit of ${limits.maxEntries}`,
      limits.maxEntries,
    );
  }
  const openStream = promisify(zip.openReadStream.bind(zip)) as (
    entry: yauzl.Entry,
  ) => Promise<NodeJS.ReadableStream>;
  let total = 0;
  let hasWorkbook = false;
  let cells = 0;
  try {
    for (;;) {
      const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
        zip.once('entry', resolve);
        zip.once('end', () => resolve(null));
        zip.once('error', reject);
        zip.readEntry();
      });
      zip.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
      if (!entry) break;
      if (entry.fileName.endsWith('/')) continue;
      if (total + entry.uncompressedSize > limits.maxDecompressedBytes) throw tooLarge(limits);
      const name = entry.fileName;
      const counter = name === 'xl/workbook.xml' || isWorksheet(name) ? tagCounter() : null;
      hasWorkbook ||= name === 'xl/workbook.xml';
      const stream = await openStream(entry);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > limits.maxDecompressedBytes) throw tooLarge(limits);
        counter?.push(chunk);
      }
      if (!counter) continue;
      if (name === 'xl/workbook.xml' && counter.counts.sheet > limits.maxSheets) {
        throw new XlsxRejection(
          'workbook_too_many_sheets',
          `the workbook has ${counter.counts.sheet} sheets, more than the limit of ${limits.maxSheets}`,
          limits.maxSheets,
        );
      }
      if (counter.counts.row > limits.maxRows) {
        throw new XlsxRejection(
          'workbook_too_many_rows',
          `${name} has ${counter.counts.row} rows, more than the limit of ${limits.maxRows}`,
          limits.maxRows,
        );
      }
      cells += counter.counts.c;
      if (cells > limits.maxCells) throw tooManyCells(limits);
    }
  } catch (err) {
    if (err instanceof XlsxRejection) throw err;
    throw new XlsxRejection('not_xlsx', `not an .xlsx workbook (${(err as Error).message})`);
  } finally {
    zip.close();
  }
  if (!hasWorkbook)
    throw new XlsxRejection('not_xlsx', 'not an .xlsx workbook (no xl/workbook.xml)');
}

const tooLarge = (limits: XlsxLimits) =>
  new XlsxRejection(
    'workbook_too_large',
    `the workbook expands beyond the limit of ${limits.maxDecompressedBytes} bytes`,
    limits.maxDecompressedBytes,
  );

export const tooManyCells = (limits: XlsxLimits) =>
  new XlsxRejection(
    'workbook_too_many_cells',
    `the workbook has more than the limit of ${limits.maxCells} cells`,
    limits.maxCells,
  );
