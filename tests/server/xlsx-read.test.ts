import { readXlsx } from '@zhiping/server/modules/reports/xlsx-read';
import { unzip, ZipFormatError } from '@zhiping/server/modules/reports/unzip';
import { encodeXlsx } from '@zhiping/server/modules/reports/xlsx';
import { zip } from '@zhiping/server/modules/reports/zip';
import { describe, expect, test } from 'vitest';

describe('unzip', () => {
  test('reads back every entry the zip writer wrote', () => {
    const entries = [
      { name: 'a.txt', data: Buffer.from('hello') },
      { name: '目录/b.bin', data: Buffer.alloc(70_000, 7) },
      { name: 'empty', data: Buffer.alloc(0) },
    ];
    const read = unzip(zip(entries));
    expect([...read.keys()]).toEqual(entries.map((e) => e.name));
    for (const e of entries) expect(read.get(e.name)).toEqual(e.data);
  });

  test.each([
    ['random bytes', Buffer.from('not a zip at all, not even close')],
    ['an empty file', Buffer.alloc(0)],
  ])('refuses %s', (_, bytes) => {
    expect(() => unzip(bytes)).toThrow(ZipFormatError);
  });

  test('refuses an archive that would inflate beyond the limit', () => {
    const big = zip([{ name: 'big', data: Buffer.alloc(2_000_000) }]);
    expect(() => unzip(big, 1_000_000)).toThrow(/size limit/);
  });
});

describe('readXlsx', () => {
  test('round-trips sheets written by encodeXlsx: names, strings, numbers and gaps', () => {
    const file = encodeXlsx([
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
    expect(readXlsx(file)).toEqual([
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

  test('reads shared strings, rich text and booleans as Excel writes them', () => {
    const xml = (s: string) => Buffer.from(s, 'utf8');
    const file = zip([
      {
        name: 'xl/workbook.xml',
        data: xml(
          '<workbook><sheets><sheet name="S &amp; T" sheetId="1" r:id="rId1"/></sheets></workbook>',
        ),
      },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: xml(
          '<Relationships><Relationship Id="rId1" Type="x" Target="/xl/worksheets/sheet1.xml"/></Relationships>',
        ),
      },
      {
        name: 'xl/sharedStrings.xml',
        data: xml(
          '<sst><si><t>plain</t></si><si><r><t>ri</t></r><r><t xml:space="preserve">ch</t></r></si></sst>',
        ),
      },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: xml(
          '<worksheet><sheetData><row r="2"><c r="A2" t="s"><v>1</v></c><c r="C2" t="s"><v>0</v></c>' +
            '<c r="D2" t="b"><v>1</v></c><c r="E2"><v>1.5</v></c></row></sheetData></worksheet>',
        ),
      },
    ]);
    expect(readXlsx(file)).toEqual([
      { name: 'S & T', rows: [[], ['rich', null, 'plain', 'TRUE', 1.5]] },
    ]);
  });
});
