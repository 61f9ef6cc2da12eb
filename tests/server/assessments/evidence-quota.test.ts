import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import {
  registerEnterprise,
  requirementsOf,
  startAssessment,
  type Actor,
} from '../../support/fixtures.ts';
import { multipartUpload, TINY_PDF } from '../../support/route-table.ts';

/**
 * Evidence storage per enterprise (EVIDENCE_QUOTA_MB, over all its assessments): an upload
 * that would exceed it is 413 `evidence_quota_exceeded` naming the quota and the usage;
 * deleting files frees the room; another enterprise is not affected; parallel uploads cannot
 * pass the quota together.
 */
const QUOTA_MB = 0.01; // 10,485 bytes
const QUOTA = Math.floor(QUOTA_MB * 1024 * 1024);
/** A 3,000-byte PDF (the tiny document, padded after its end). */
const FILE = Buffer.concat([TINY_PDF, Buffer.alloc(3000 - TINY_PDF.length, 0x20)]);

let t: TestApp;
let ent: Actor;
let other: Actor;
beforeAll(async () => {
  t = await createTestApp({ EVIDENCE_QUOTA_MB: String(QUOTA_MB) });
  ent = await registerEnterprise(t.app);
  other = await registerEnterprise(t.app);
});
afterAll(() => t?.close());

async function draftOf(actor: Actor) {
  const a = await startAssessment(t.app, actor);
  const reqs = await requirementsOf(t.app, actor, a.version.id, 'automotive');
  return { id: a.id, requirementIds: reqs.map((r) => r.id) };
}

const upload = (actor: Actor, assessmentId: string, requirementId: string) => {
  const form = multipartUpload(requirementId, 'evidence.pdf', FILE);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/assessments/${assessmentId}/evidence`,
    headers: { ...actor.headers, ...form.headers },
    payload: form.payload,
  });
};

describe('evidence quota per enterprise', () => {
  test('an upload beyond the quota is 413 naming quota and usage, over all assessments; a delete frees room', async () => {
    const a = await draftOf(ent);
    const b = await draftOf(ent);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await upload(ent, i < 2 ? a.id : b.id, a.requirementIds[i]!);
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json<{ id: string }>().id);
    }
    // 9,000 bytes stored; 3,000 more would make 12,000 > 10,485, in either assessment.
    for (const target of [a, b]) {
      const res = await upload(ent, target.id, target.requirementIds[5]!);
      expect(res.statusCode).toBe(413);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const body = res.json<{
        code: string;
        detail: string;
        quotaBytes: number;
        usedBytes: number;
      }>();
      expect(body).toMatchObject({
        code: 'evidence_quota_exceeded',
        quotaBytes: QUOTA,
        usedBytes: 9000,
      });
      expect(body.detail).toContain('limited to 10.2 KB');
      expect(body.detail).toContain('8.8 KB are in use');
    }
    // Another enterprise has its own quota.
    const o = await draftOf(other);
    expect((await upload(other, o.id, o.requirementIds[0]!)).statusCode).toBe(201);

    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/assessments/${a.id}/evidence/${ids[0]}`,
      headers: ent.headers,
    });
    expect(del.statusCode).toBe(204);
    expect((await upload(ent, b.id, b.requirementIds[6]!)).statusCode).toBe(201);
  });

  test('parallel uploads of one enterprise cannot pass the quota together', async () => {
    const fresh = await registerEnterprise(t.app);
    const a = await draftOf(fresh);
    const b = await draftOf(fresh);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => upload(fresh, i % 2 ? a.id : b.id, a.requirementIds[i]!)),
    );
    const created = results.filter((r) => r.statusCode === 201).length;
    expect(created).toBe(3);
    expect(results.filter((r) => r.statusCode === 413)).toHaveLength(3);
  });
});
