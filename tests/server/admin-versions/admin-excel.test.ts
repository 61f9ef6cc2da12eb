import { randomBytes, randomUUID } from 'node:crypto';
import type { CellValue, ReadSheet } from '@zhiping/server/lib/spreadsheet/sheet';
import { readXlsx } from '@zhiping/server/lib/spreadsheet/xlsx-read';
import { encodeXlsx } from '@zhiping/server/lib/spreadsheet/xlsx-write';
import type { IndicatorSystem } from '@zhiping/shared';
import { beforeAll, describe, expect, test } from 'vitest';
import { publishedVersion } from '../../support/fixtures.ts';
import { hostileWorkbooks } from '../../support/hostile-xlsx.ts';
import { adminSetup } from '../../support/staff.ts';

const { t, admin, respondent, call } = adminSetup();
const BASE = '/api/v1/admin/indicator-systems';

let published2020: string;
beforeAll(async () => {
  published2020 = (await publishedVersion(t.app, admin)).id;
});

async function exportXlsx(id: string) {
  const res = await call(admin, 'GET', `${BASE}/versions/${id}/export.xlsx`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+\.xlsx"$/);
  return readXlsx(res.rawPayload);
}

async function copyToDraft() {
  const res = await call(admin, 'POST', `${BASE}/versions/${published2020}/copy`, {
    version: `x-${randomUUID().slice(0, 8)}`,
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string; revision: number }>();
}

const documentOf = async (id: string) =>
  (await call(admin, 'GET', `${BASE}/versions/${id}/export`)).json<IndicatorSystem>();

/** The workbook again, from sheets as read (the header row bold, as exported). */
const rewrite = (sheets: ReadSheet[]) =>
  encodeXlsx(
    sheets.map((s) => ({
      name: s.name,
      widths: [],
      rows: s.rows.map((cells, r) => ({ cells, heading: r === 0 })),
    })),
  );

function importXlsx(id: string, revision: number | string, file: Buffer) {
  const boundary = `----zp${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="revision"\r\n\r\n${revision}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="v.xlsx"\r\n` +
        'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n',
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: `${BASE}/versions/${id}/import.xlsx`,
    headers: { ...admin.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}

const sheet = (sheets: ReadSheet[], name: string) => sheets.find((s) => s.name === name)!;
const col = (s: ReadSheet, label: string) => s.rows[0]!.indexOf(label);
const rowOf = (s: ReadSheet, id: string) => s.rows.findIndex((r) => r[0] === id);
const setCell = (s: ReadSheet, row: number, label: string, value: CellValue) => {
  s.rows[row]![col(s, label)] = value;
};

describe('Excel export', () => {
  test('the seeded 2020 version: tree with effective profile weights, requirements, profiles', async () => {
    const doc = await documentOf(published2020);
    const sheets = await exportXlsx(published2020);
    expect(sheets.map((s) => s.name)).toEqual(['Tree', 'Requirements', 'Profiles', 'QuickScan']);

    const tree = sheet(sheets, 'Tree');
    expect(tree.rows[0]!.slice(0, 6)).toEqual([
      'id',
      'parent id',
      'kind',
      'name (zh)',
      'name (en)',
      'default weight',
    ]);
    expect(tree.rows[0]!.slice(6)).toEqual(doc.profiles.map((p) => `weight: ${p.id}`));
    const top = doc.tree[0]!;
    expect(tree.rows[1]!.slice(0, 6)).toEqual([
      top.id,
      null,
      'element',
      top.name.zh,
      top.name.en,
      top.weight,
    ]);
    // A profile column holds the effective weight: the override where there is one.
    const overridden = doc.profiles.find((p) => Object.keys(p.weights).length > 0)!;
    const [nodeId, weight] = Object.entries(overridden.weights)[0]!;
    expect(tree.rows[rowOf(tree, nodeId)]![col(tree, `weight: ${overridden.id}`)]).toBe(weight);

    const requirements = sheet(sheets, 'Requirements');
    const subdomain = top.children![0]!.children![0]!;
    const req = subdomain.requirements![0]!;
    expect(requirements.rows[rowOf(requirements, req.id)]!.slice(0, 8)).toEqual([
      req.id,
      subdomain.id,
      req.level,
      req.text.zh,
      req.text.en,
      req.guidance.zh,
      req.guidance.en,
      req.naAllowed ? 'TRUE' : 'FALSE',
    ]);
    const reqCount = JSON.stringify(doc.tree).match(/"level":/g)!.length;
    expect(requirements.rows).toHaveLength(reqCount + 1);

    const profiles = sheet(sheets, 'Profiles');
    expect(profiles.rows.slice(1).map((r) => r[0])).toEqual(doc.profiles.map((p) => p.id));
  });

  test('is the admin’s: a respondent is refused', async () => {
    const res = await call(respondent, 'GET', `${BASE}/versions/${published2020}/export.xlsx`);
    expect(res.statusCode).toBe(403);
  });
});

describe('Excel import', () => {
  test('applies exactly the edited weight and requirement text to the draft, audited', async () => {
    const draft = await copyToDraft();
    const before = await documentOf(draft.id);
    const sheets = await exportXlsx(draft.id);
    const tree = sheet(sheets, 'Tree');
    const requirements = sheet(sheets, 'Requirements');
    const nodeId = before.tree[0]!.children![0]!.id;
    const profileId = before.profiles.find((p) => !p.base)!.id;
    setCell(tree, rowOf(tree, nodeId), `weight: ${profileId}`, 7.5);
    const reqId = requirements.rows[3]![0] as string;
    setCell(requirements, 3, 'text (en)', 'An edited requirement text');

    const res = await importXlsx(draft.id, draft.revision, await rewrite(sheets));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ revision: draft.revision + 1, status: 'draft' });

    const after = await documentOf(draft.id);
    const expected = structuredClone(before);
    expected.profiles.find((p) => p.id === profileId)!.weights[nodeId] = 7.5;
    const walk = (nodes: IndicatorSystem['tree']) => {
      for (const n of nodes) {
        for (const r of n.requirements ?? [])
          if (r.id === reqId) r.text.en = 'An edited requirement text';
        walk(n.children ?? []);
      }
    };
    walk(expected.tree);
    expect(after).toEqual(expected);

    const audit = await call(
      admin,
      'GET',
      `/api/v1/admin/audit?action=indicator_system.document_replaced&entityId=${draft.id}`,
    );
    expect(audit.statusCode).toBe(200);
    expect(audit.json<{ total: number }>().total).toBe(1);
  });

  test('an unchanged workbook changes nothing', async () => {
    const draft = await copyToDraft();
    const before = await documentOf(draft.id);
    const res = await importXlsx(
      draft.id,
      draft.revision,
      await rewrite(await exportXlsx(draft.id)),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(await documentOf(draft.id)).toEqual(before);
  });

  test('every problem is a 400 naming its cell: a negative weight and an unknown id', async () => {
    const draft = await copyToDraft();
    const sheets = await exportXlsx(draft.id);
    const tree = sheet(sheets, 'Tree');
    // Row 7 of the sheet, the default weight in column F.
    tree.rows[6]![5] = -2;
    tree.rows[9]![0] = 'no-such-node';
    const res = await importXlsx(draft.id, draft.revision, await rewrite(sheets));
    expect(res.statusCode).toBe(400);
    const errors = res.json<{ errors: { field: string; message: string }[] }>().errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'Tree!F7', message: 'weight must be a positive number' },
        { field: 'Tree!A10', message: expect.stringContaining('adding nodes is not supported') },
      ]),
    );
    // The node whose row was replaced is reported missing too.
    expect(errors.some((e) => e.field === 'Tree' && /removing nodes/.test(e.message))).toBe(true);
    const unchanged = await call(admin, 'GET', `${BASE}/versions/${draft.id}/export`);
    expect(unchanged.json<IndicatorSystem>()).toEqual(
      await documentOf(published2020).then((d) => ({
        ...d,
        version: unchanged.json<IndicatorSystem>().version,
      })),
    );
  });

  test('a file that is not a workbook is a 400 on the file', async () => {
    const draft = await copyToDraft();
    const res = await importXlsx(draft.id, draft.revision, Buffer.from('hello'));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'not_xlsx', field: 'body.file' });
  });

  test('hostile workbooks get a 4xx naming the problem; /api/health answers meanwhile', async () => {
    const draft = await copyToDraft();
    for (const c of await hostileWorkbooks()) {
      let slowest = 0;
      let done = false;
      const upload = importXlsx(draft.id, draft.revision, c.file).finally(() => (done = true));
      while (!done) {
        const started = Date.now();
        const health = await t.app.inject({ method: 'GET', url: '/api/health' });
        expect(health.statusCode).toBe(200);
        slowest = Math.max(slowest, Date.now() - started);
        await new Promise((r) => setTimeout(r, 20));
      }
      const res = await upload;
      expect(res.statusCode, c.name).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, c.name).toBeLessThan(500);
      expect(res.json(), c.name).toMatchObject({ code: c.code });
      expect(slowest, c.name).toBeLessThan(500);
    }
  });

  test('a published version is immutable: 409', async () => {
    const file = await rewrite(await exportXlsx(published2020));
    const res = await importXlsx(published2020, 1, file);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'version_immutable' });
  });

  test('a stale revision is a 409 revision_conflict', async () => {
    const draft = await copyToDraft();
    const file = await rewrite(await exportXlsx(draft.id));
    const res = await importXlsx(draft.id, draft.revision + 5, file);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'revision_conflict' });
  });
});

describe('Excel quick-scan sheet (docs/quick-scan.md)', () => {
  test('exports one row per item: question and five options, zh and en', async () => {
    const doc = await documentOf(published2020);
    const quick = sheet(await exportXlsx(published2020), 'QuickScan');
    expect(quick.rows[0]).toEqual([
      'sub-domain id',
      'question (zh)',
      'question (en)',
      ...[1, 2, 3, 4, 5].flatMap((l) => [`option ${l} (zh)`, `option ${l} (en)`]),
    ]);
    expect(quick.rows).toHaveLength(1 + 20);
    const item = doc.quickScan!.items[4]!;
    expect(quick.rows[5]).toEqual([
      item.subdomainId,
      item.question.zh,
      item.question.en,
      ...item.options.flatMap((o) => [o.text.zh, o.text.en]),
    ]);
  }, 60_000);

  test('round trip: an edited option and question come back into the draft; nothing else changes', async () => {
    const draft = await copyToDraft();
    const before = await documentOf(draft.id);
    const sheets = await exportXlsx(draft.id);
    const quick = sheet(sheets, 'QuickScan');
    const id = before.quickScan!.items[2]!.subdomainId;
    const row = rowOf(quick, id);
    setCell(quick, row, 'option 3 (zh)', '已用统一平台集成主要业务系统（修订）');
    setCell(quick, row, 'question (en)', '=How integrated are your systems?');
    const res = await importXlsx(draft.id, draft.revision, await rewrite(sheets));
    expect(res.statusCode, res.body).toBe(200);
    const expected = structuredClone(before);
    expected.quickScan!.items[2]!.options[2]!.text.zh = '已用统一平台集成主要业务系统（修订）';
    expected.quickScan!.items[2]!.question.en = '=How integrated are your systems?';
    expect(await documentOf(draft.id)).toEqual(expected);
  }, 60_000);

  test('problems name their cells: a blank option, an unknown sub-domain, a missing item', async () => {
    const draft = await copyToDraft();
    const sheets = await exportXlsx(draft.id);
    const quick = sheet(sheets, 'QuickScan');
    quick.rows[1]![col(quick, 'option 2 (en)')] = '';
    quick.rows[3]![0] = 'no-such-subdomain';
    const res = await importXlsx(draft.id, draft.revision, await rewrite(sheets));
    expect(res.statusCode).toBe(400);
    const errors = res.json<{ errors: { field: string; message: string }[] }>().errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'QuickScan!G2', message: 'option 2 (en) is required' },
        { field: 'QuickScan!A4', message: expect.stringContaining('is not a sub-domain') },
      ]),
    );
    // A row removed: the sub-domain without an item is named, on the sheet.
    const again = await exportXlsx(draft.id);
    sheet(again, 'QuickScan').rows.splice(5, 1);
    const missing = await importXlsx(draft.id, draft.revision, await rewrite(again));
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ errors: { field: string; message: string }[] }>().errors).toEqual([
      { field: 'QuickScan', message: expect.stringContaining('no quick-scan item for sub-domain') },
    ]);
  }, 60_000);

  test('a workbook without the sheet (exported before it existed) keeps the items; an empty sheet removes them', async () => {
    const draft = await copyToDraft();
    const before = await documentOf(draft.id);
    const sheets = await exportXlsx(draft.id);
    const without = sheets.filter((s) => s.name !== 'QuickScan');
    const kept = await importXlsx(draft.id, draft.revision, await rewrite(without));
    expect(kept.statusCode, kept.body).toBe(200);
    expect((await documentOf(draft.id)).quickScan).toEqual(before.quickScan);
    const emptied = sheets.map((s) => (s.name === 'QuickScan' ? { ...s, rows: [s.rows[0]!] } : s));
    const removed = await importXlsx(
      draft.id,
      kept.json<{ revision: number }>().revision,
      await rewrite(emptied),
    );
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await documentOf(draft.id)).quickScan).toBeUndefined();
  }, 60_000);
});
