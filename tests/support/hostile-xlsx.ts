import yazl from 'yazl';

/** A zip archive of the given parts (yazl), deflated unless `store` is set. */
export function zipParts(parts: Record<string, string | Buffer>, store = false): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of Object.entries(parts)) {
    zip.addBuffer(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, name, {
      compress: !store,
      mtime: new Date(0),
    });
  }
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/**
 * A minimal package around worksheet XML: `sheetData` is the inside of <sheetData>, `sheets`
 * how many <sheet> entries of the workbook point at that one worksheet part.
 */
export function workbookParts(
  sheetData: string,
  { sheets = 1, rawSheet }: { sheets?: number; rawSheet?: string } = {},
): Record<string, string> {
  const sheetEntries = Array.from(
    { length: sheets },
    (_, i) => `<sheet name="S${i + 1}" sheetId="${i + 1}" r:id="rId1"/>`,
  ).join('');
  return {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '</Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetEntries}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml':
      rawSheet ??
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`,
  };
}

/** The hostile workbooks of issue #13 and #15, each with the problem code it must get. */
export async function hostileWorkbooks(): Promise<{ name: string; file: Buffer; code: string }[]> {
  const wb = (data: string, opts?: Parameters<typeof workbookParts>[1]) =>
    zipParts(workbookParts(data, opts));
  return [
    {
      name: 'a zip bomb (one part inflating to 200 MB)',
      file: await zipParts({
        ...workbookParts(''),
        'xl/media/bomb.bin': Buffer.alloc(200 * 1024 * 1024),
      }),
      code: 'workbook_too_large',
    },
    {
      name: 'a 1,000,000-row sheet',
      file: await wb('<row/>'.repeat(1_000_000)),
      code: 'workbook_too_many_rows',
    },
    {
      name: 'a cell r="ZZZZZZZ1"',
      file: await wb('<row r="1"><c r="ZZZZZZZ1"><v>1</v></c></row>'),
      code: 'malformed_workbook',
    },
    {
      name: 'row number 200,000,000',
      file: await wb('<row r="200000000"><c r="A200000000"><v>1</v></c></row>'),
      code: 'workbook_too_many_rows',
    },
    {
      name: '200,000 unclosed <row> tags',
      file: await wb('<row>'.repeat(200_000)),
      code: 'workbook_too_many_rows',
    },
    {
      name: '3,000 sheets pointing at one worksheet',
      file: await wb('<row r="1"><c r="A1"><v>1</v></c></row>', { sheets: 3000 }),
      code: 'workbook_too_many_sheets',
    },
    {
      name: 'the entity &#x110000;',
      file: await wb('<row r="1"><c r="A1" t="inlineStr"><is><t>&#x110000;</t></is></c></row>'),
      code: 'malformed_workbook',
    },
    {
      name: 'malformed XML',
      file: await wb('<row r="1"><c r="A1"><v>1</v></row></c>'),
      code: 'malformed_workbook',
    },
    {
      name: 'a non-XLSX file',
      file: Buffer.from('%PDF-1.4\n% not a workbook at all\n', 'latin1'),
      code: 'not_xlsx',
    },
    {
      name: 'a zip without a workbook part',
      file: await zipParts({ 'readme.txt': 'hello' }),
      code: 'not_xlsx',
    },
  ];
}
