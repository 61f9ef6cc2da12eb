import { createHash, randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PASSWORD } from '@zhiping/server/db/seed';
import { auditEvents } from '@zhiping/server/db/schema';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { zipParts } from '../../support/hostile-xlsx.ts';
import {
  login,
  registerEnterprise,
  requirementsOf,
  startAssessment,
  type Actor,
} from '../../support/fixtures.ts';

const MAX_UPLOAD = 4096;

let t: TestApp;
let ent: Actor;
let other: Actor;
let assessor: Actor;
beforeAll(async () => {
  t = await createTestApp({ MAX_UPLOAD_BYTES: String(MAX_UPLOAD) });
  ent = await registerEnterprise(t.app);
  other = await registerEnterprise(t.app);
  assessor = await login(t.app, 'assessor@zhiping.local', DEMO_PASSWORD);
});
afterAll(() => t.close());

// ---- Tiny real files ----

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A 1×1 white RGB PNG. */
function png(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A minimal Office Open XML package (a stored zip, made by yazl). */
const XLSX_PARTS = {
  '[Content_Types].xml':
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  'xl/workbook.xml': '<workbook/>',
};
const XLSX = await zipParts(XLSX_PARTS, true);

/** A Windows executable's header: "MZ", then binary. */
const EXE = Buffer.concat([Buffer.from('MZ', 'latin1'), Buffer.alloc(62), randomBytes(64)]);

// ---- Requests ----

interface Part {
  name: string;
  value?: string;
  file?: { filename: string; contentType: string; bytes: Buffer };
}

function multipart(parts: Part[]) {
  const boundary = `----zp${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const head = p.file
      ? `Content-Disposition: form-data; name="${p.name}"; filename="${p.file.filename}"\r\nContent-Type: ${p.file.contentType}\r\n`
      : `Content-Disposition: form-data; name="${p.name}"\r\n`;
    chunks.push(Buffer.from(`--${boundary}\r\n${head}\r\n`, 'utf8'));
    chunks.push(p.file ? p.file.bytes : Buffer.from(p.value ?? '', 'utf8'));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

function upload(
  actor: Actor,
  assessmentId: string,
  requirementId: string | undefined,
  file: { filename: string; contentType: string; bytes: Buffer } | undefined,
) {
  const parts: Part[] = [];
  if (requirementId !== undefined) parts.push({ name: 'requirementId', value: requirementId });
  if (file) parts.push({ name: 'file', file });
  const body = multipart(parts);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/assessments/${assessmentId}/evidence`,
    headers: { ...actor.headers, ...body.headers },
    payload: body.payload,
  });
}

const get = (actor: Actor, url: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: actor.headers });

let assessmentId: string;
let requirementId: string;
beforeAll(async () => {
  const a = await startAssessment(t.app, ent);
  assessmentId = a.id;
  requirementId = (await requirementsOf(t.app, ent, a.version.id, 'automotive'))[0]!.id;
});

describe('uploading evidence', () => {
  test.each([
    ['a PDF', '制度文件.pdf', 'application/pdf', PDF, 'application/pdf'],
    ['a PNG', 'photo.PNG', 'image/png', png(), 'image/png'],
    [
      'an xlsx workbook',
      'ledger.xlsx',
      'application/octet-stream',
      XLSX,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    [
      'a CSV',
      'energy.csv',
      'text/plain',
      Buffer.from('月份,用电量\n1,1200\n'),
      'text/csv; charset=utf-8',
    ],
  ])(
    '%s is stored with the type its content shows',
    async (_n, filename, declared, bytes, mimeType) => {
      const res = await upload(ent, assessmentId, requirementId, {
        filename,
        contentType: declared,
        bytes,
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        requirementId,
        filename,
        mimeType,
        sizeBytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
    },
  );

  test.each([
    ['an executable renamed .pdf and declared application/pdf', 'report.pdf', EXE],
    ['a PNG named .pdf', 'scan.pdf', png()],
    ['a PDF named .exe', 'setup.exe', PDF],
    ['a zip named .docx without a Word document inside', 'doc.docx', XLSX],
    ['binary data named .txt', 'notes.txt', Buffer.from([0x41, 0x00, 0x42])],
  ])('%s is refused with 415', async (_n, filename, bytes) => {
    const res = await upload(ent, assessmentId, requirementId, {
      filename,
      contentType: 'application/pdf',
      bytes,
    });
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'unsupported_file_type' });
  });

  test('the client’s path is dropped from the file name', async () => {
    const res = await upload(ent, assessmentId, requirementId, {
      filename: 'C:\\fakepath\\..\\memo.txt',
      contentType: 'text/plain',
      bytes: Buffer.from('会议纪要'),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      filename: 'memo.txt',
      mimeType: 'text/plain; charset=utf-8',
    });
  });

  test('a file over the configured limit is refused with 413', async () => {
    const res = await upload(ent, assessmentId, requirementId, {
      filename: 'big.txt',
      contentType: 'text/plain',
      bytes: Buffer.alloc(MAX_UPLOAD + 1, 'a'),
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'file_too_large', maxBytes: MAX_UPLOAD });
  });

  test('bad form fields are 4xx naming the field', async () => {
    const file = { filename: 'a.pdf', contentType: 'application/pdf', bytes: PDF };
    const missing = await upload(ent, assessmentId, undefined, file);
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ errors: [{ field: 'body.requirementId' }] });
    const unknown = await upload(ent, assessmentId, 'nope.L1.01', file);
    expect(unknown.json()).toMatchObject({ errors: [{ field: 'body.requirementId' }] });
    const noFile = await upload(ent, assessmentId, requirementId, undefined);
    expect(noFile.json()).toMatchObject({ errors: [{ field: 'body.file' }] });
    const json = await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${assessmentId}/evidence`,
      headers: ent.headers,
      payload: { requirementId },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json()).toMatchObject({ code: 'multipart_required' });
  });
});

describe('reading and deleting evidence', () => {
  test('the OpenAPI document describes the multipart upload and the binary download', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, Record<string, { requestBody?: unknown; responses?: unknown }>>;
    }>();
    const path = doc.paths['/api/v1/assessments/{id}/evidence']!;
    expect(path.post!.requestBody).toMatchObject({
      content: {
        'multipart/form-data': {
          schema: { properties: { requirementId: {}, file: { format: 'binary' } } },
        },
      },
    });
    expect(doc.paths['/api/v1/assessments/{id}/evidence/{fileId}']!.get!.responses).toMatchObject({
      200: { content: { 'application/octet-stream': {} } },
    });
    expect(doc.paths['/api/v1/reviews/queue']).toBeDefined();
  });

  test('download returns the bytes with a safe content type and an RFC 5987 file name', async () => {
    const up = await upload(ent, assessmentId, requirementId, {
      filename: '现场(照片) 1.pdf',
      contentType: 'application/octet-stream',
      bytes: PDF,
    });
    expect(up.statusCode).toBe(201);
    const { id } = up.json<{ id: string }>();
    const res = await get(ent, `/assessments/${assessmentId}/evidence/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(PDF)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="__(__) 1.pdf"; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%28%E7%85%A7%E7%89%87%29%201.pdf`,
    );
    const disposition = res.headers['content-disposition'] as string;
    const star = /filename\*=UTF-8''(.+)$/.exec(disposition)![1]!;
    expect(decodeURIComponent(star)).toBe('现场(照片) 1.pdf');
  });

  test('the list filters by requirement and paginates', async () => {
    const res = await get(
      ent,
      `/assessments/${assessmentId}/evidence?requirementId=${requirementId}&limit=2`,
    );
    expect(res.statusCode).toBe(200);
    const body = res.json<{ items: { requirementId: string }[]; total: number; limit: number }>();
    expect(body.limit).toBe(2);
    expect(body.items).toHaveLength(2);
    expect(body.total).toBeGreaterThanOrEqual(5);
    expect(body.items.every((i) => i.requirementId === requirementId)).toBe(true);
    const none = await get(ent, `/assessments/${assessmentId}/evidence?requirementId=data.L5.01`);
    expect(none.json()).toMatchObject({ items: [], total: 0 });
  });

  test('delete removes the file and both are audited', async () => {
    const up = await upload(ent, assessmentId, requirementId, {
      filename: 'tmp.txt',
      contentType: 'text/plain',
      bytes: Buffer.from('临时'),
    });
    const { id } = up.json<{ id: string }>();
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/assessments/${assessmentId}/evidence/${id}`,
      headers: ent.headers,
    });
    expect(del.statusCode).toBe(204);
    expect((await get(ent, `/assessments/${assessmentId}/evidence/${id}`)).statusCode).toBe(404);
    const events = (await t.db.database.db.select().from(auditEvents)).filter(
      (e) => e.entityId === id,
    );
    expect(events.map((e) => e.action).sort()).toEqual(['evidence.deleted', 'evidence.uploaded']);
    expect(events.find((e) => e.action === 'evidence.deleted')).toMatchObject({
      before: { filename: 'tmp.txt', requirementId },
    });
  });

  test('another tenant gets 404 for listing, downloading, uploading and deleting', async () => {
    const list = await get(ent, `/assessments/${assessmentId}/evidence`);
    const { id } = list.json<{ items: { id: string }[] }>().items[0]!;
    expect((await get(other, `/assessments/${assessmentId}/evidence`)).statusCode).toBe(404);
    expect((await get(other, `/assessments/${assessmentId}/evidence/${id}`)).statusCode).toBe(404);
    // An assessor does not see a draft either.
    expect((await get(assessor, `/assessments/${assessmentId}/evidence/${id}`)).statusCode).toBe(
      404,
    );
    const up = await upload(other, assessmentId, requirementId, {
      filename: 'x.pdf',
      contentType: 'application/pdf',
      bytes: PDF,
    });
    expect(up.statusCode).toBe(404);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/assessments/${assessmentId}/evidence/${id}`,
      headers: other.headers,
    });
    expect(del.statusCode).toBe(404);
    // A file id of another assessment is not found through this one.
    const mine = await startAssessment(t.app, other);
    expect((await get(other, `/assessments/${mine.id}/evidence/${id}`)).statusCode).toBe(404);
  });
});

describe('evidence follows the assessment’s state', () => {
  test('locked once submitted; during 弱项整改 only for requirements with open findings', async () => {
    const a = await startAssessment(t.app, ent);
    const reqs = await requirementsOf(t.app, ent, a.version.id, 'automotive');
    const save = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/assessments/${a.id}/answers`,
      headers: ent.headers,
      payload: { revision: 1, answers: reqs.map((r) => ({ requirementId: r.id, choice: 'full' })) },
    });
    expect(save.statusCode).toBe(200);
    const first = await upload(ent, a.id, reqs[0]!.id, {
      filename: 'a.pdf',
      contentType: 'application/pdf',
      bytes: PDF,
    });
    const fileId = first.json<{ id: string }>().id;
    const submit = await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${a.id}/submit`,
      headers: ent.headers,
      payload: { revision: 2 },
    });
    expect(submit.statusCode).toBe(200);
    const pdf = { filename: 'b.pdf', contentType: 'application/pdf', bytes: PDF };
    const locked = await upload(ent, a.id, reqs[0]!.id, pdf);
    expect(locked.statusCode).toBe(409);
    expect(locked.json()).toMatchObject({ code: 'assessment_locked', state: 'submitted' });
    // The assessor who may claim it reads the evidence.
    expect((await get(assessor, `/assessments/${a.id}/evidence/${fileId}`)).statusCode).toBe(200);

    await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${a.id}/claim`,
      headers: assessor.headers,
    });
    const raised = await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${a.id}/findings`,
      headers: assessor.headers,
      payload: { requirementId: reqs[1]!.id, text: '请上传制度文件' },
    });
    const ret = await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${a.id}/return`,
      headers: assessor.headers,
      payload: { revision: raised.json<{ revision: number }>().revision },
    });
    expect(ret.statusCode).toBe(200);
    const closed = await upload(ent, a.id, reqs[0]!.id, pdf);
    expect(closed.statusCode).toBe(409);
    expect(closed.json()).toMatchObject({ code: 'answer_not_reopened' });
    const closedDelete = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/assessments/${a.id}/evidence/${fileId}`,
      headers: ent.headers,
    });
    expect(closedDelete.statusCode).toBe(409);
    expect((await upload(ent, a.id, reqs[1]!.id, pdf)).statusCode).toBe(201);
  });
});
