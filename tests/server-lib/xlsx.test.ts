import { encodeCsv } from '@zhiping/server/lib/spreadsheet/csv';
import { readXlsx } from '@zhiping/server/lib/spreadsheet/xlsx-read';
import { encodeXlsx } from '@zhiping/server/lib/spreadsheet/xlsx-write';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { hostileWorkbooks, workbookParts, zipParts } from '../support/hostile-xlsx.ts';

describe('encodeXlsx / readXlsx (exceljs)', { timeout: 30_000 }, () => {
  test('round-trips names, strings, numbers and gaps', async () => {
    const file = await encodeXlsx([
      {
        name: 'One',
        widths: [10, 10, 10],
        rows: [
          { cells: ['id', 'name', 'weight'], heading: true },
          { cells: ['a', '能力 & <要素> "x"', 0.25] },
          { cells: ['b', null, 3] },
        ],
      },
      { name: 'Two', widths: [], rows: [{ cells: [null, null, 'C1'] }] },
    ]);
    expect(await readXlsx(file)).toEqual([
      {
        name: 'One',
        rows: [
          ['id', 'name', 'weight'],
          ['a', '能力 & <要素> "x"', 0.25],
          ['b', null, 3],
        ],
      },
      { name: 'Two', rows: [[null, null, 'C1']] },
    ]);
  });

  test('reads shared strings, rich text, booleans and formulas as Excel writes them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S & T');
    ws.getCell('A2').value = { richText: [{ text: 'ri' }, { text: 'ch', font: { bold: true } }] };
    ws.getCell('C2').value = 'plain';
    ws.getCell('D2').value = true;
    ws.getCell('E2').value = 1.5;
    ws.getCell('F2').value = { formula: 'E2*2', result: 3 };
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await readXlsx(file)).toEqual([
      { name: 'S & T', rows: [[], ['rich', null, 'plain', 'TRUE', 1.5, 3]] },
    ]);
  });

  test('text cells that would run as formulas are written as quoted text, never formulas', async () => {
    const hostile = ['=HYPERLINK("http://x","y")', '+1+2', '-3', '@SUM(A1)', '\tx', '\rx'];
    const file = await encodeXlsx([
      { name: 'S', widths: [], rows: [{ cells: [...hostile, 'plain', -4] }] },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
    const row = wb.worksheets[0]!.getRow(1);
    hostile.forEach((text, i) => {
      const cell = row.getCell(i + 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // XML normalizes a CR to LF on reading; the quote is what matters.
      expect(cell.value).toBe(`'${text.replace('\r', '\n')}`);
    });
    expect(row.getCell(hostile.length + 1).value).toBe('plain');
    // Numbers are ours, not user input: they stay numbers.
    expect(row.getCell(hostile.length + 2).value).toBe(-4);
  });

  test('CSV cells that would run as formulas are prefixed with a quote', () => {
    const csv = encodeCsv([['=1+1', '+x', '-y', '@z', '\tt', 'ok', -1]]).toString('utf8');
    expect(csv).toBe("\uFEFF'=1+1,'+x,'-y,'@z,'\tt,ok,-1\r\n");
  });
});

describe(
  'readXlsx refuses hostile workbooks with a 4xx naming the problem',
  { timeout: 30_000 },
  async () => {
    const cases = await hostileWorkbooks();
    test.each(cases.map((c) => [c.name, c] as const))('%s', async (_, c) => {
      const started = Date.now();
      const err = await readXlsx(c.file).then(
        () => null,
        (e: unknown) => e as { status: number; code: string; message: string; details: object },
      );
      expect(err, 'refused').not.toBeNull();
      expect(err!.code).toBe(c.code);
      expect(err!.status).toBeGreaterThanOrEqual(400);
      expect(err!.status).toBeLessThan(500);
      expect(err!.message).toMatch(/^body\.file: /);
      expect(err!.details).toMatchObject({ field: 'body.file' });
      expect(Date.now() - started).toBeLessThan(10_000);
    });

    test('unclosed <row> tags under the row limit: malformed, not a hang', async () => {
      const file = await zipParts(workbookParts('<row>'.repeat(15_000)));
      await expect(readXlsx(file)).rejects.toMatchObject({ code: 'malformed_workbook' });
    });

    test('a cell longer than the limit, too many columns, too many cells', async () => {
      const long = await zipParts(
        workbookParts(
          `<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(40_000)}</t></is></c></row>`,
        ),
      );
      await expect(readXlsx(long)).rejects.toMatchObject({
        code: 'workbook_cell_too_long',
        status: 413,
      });
      const wide = await zipParts(workbookParts('<row r="1"><c r="XFD1"><v>1</v></c></row>'));
      await expect(readXlsx(wide)).rejects.toMatchObject({ code: 'workbook_too_many_columns' });
      const many = await zipParts(
        workbookParts(`<row r="1">${'<c><v>1</v></c>'.repeat(200)}</row>`),
      );
      await expect(readXlsx(many, { maxCells: 100 })).rejects.toMatchObject({
        code: 'workbook_too_many_cells',
      });
    });

    test('a parse that runs past its time is terminated with 422', async () => {
      const rows = Array.from(
        { length: 20_000 },
        (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
      );
      const file = await zipParts(workbookParts(rows.join('')));
      await expect(readXlsx(file, { timeoutMs: 50 })).rejects.toMatchObject({
        code: 'workbook_too_complex',
        status: 422,
      });
    });

    test('the event loop keeps turning while a worker parses', async () => {
      const rows = Array.from(
        { length: 19_000 },
        (_, i) =>
          `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>row ${i}</t></is></c><c r="B${i + 1}"><v>${i}</v></c></row>`,
      );
      const file = await zipParts(workbookParts(rows.join('')));
      let ticks = 0;
      let worstGap = 0;
      let last = Date.now();
      const timer = setInterval(() => {
        const now = Date.now();
        worstGap = Math.max(worstGap, now - last);
        last = now;
        ticks++;
      }, 10);
      try {
        const sheets = await readXlsx(file);
        expect(sheets[0]!.rows).toHaveLength(19_000);
      } finally {
        clearInterval(timer);
      }
      expect(ticks).toBeGreaterThan(3);
      expect(worstGap).toBeLessThan(250);
    });
  },
);

describe('formula neutralization round trip', () => {
  test('every text, a would-be formula or one already quoted, reads back as it was', async () => {
    const { neutralizeFormula, restoreFormulaText } =
      await import('@zhiping/server/lib/spreadsheet/sheet');
    for (const text of [
      '=SUM(A1)',
      "'=SUM(A1)",
      "''=x",
      '+1',
      "'-1",
      '@x',
      "'",
      "'plain",
      'plain',
    ]) {
      const cell = neutralizeFormula(text);
      // What a spreadsheet sees never starts with a formula character.
      expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      expect(restoreFormulaText(cell)).toBe(text);
    }
  });
});
