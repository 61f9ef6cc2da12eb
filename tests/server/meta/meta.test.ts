import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { registerEnterprise, startAssessment } from '../../support/fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/v1/meta (public)', () => {
  test('carries platform facts only: no tenant counts, unchanged by a new enterprise and assessment', async () => {
    const get = () => t.app.inject({ method: 'GET', url: '/api/v1/meta' });
    const before = await get();
    expect(before.statusCode).toBe(200);
    const body = before.json<Record<string, unknown>>();
    expect(Object.keys(body).sort()).toEqual(['industries', 'product', 'productionTypes', 'stats']);
    expect(body.stats).toEqual({ publishedIndicatorSystems: expect.any(Number) });

    const actor = await registerEnterprise(t.app);
    await startAssessment(t.app, actor);
    const after = await get();
    expect(after.body).toBe(before.body);
  });
});
