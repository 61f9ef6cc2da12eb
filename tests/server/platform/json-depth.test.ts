import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { unstorableStringFields } from '@zhiping/server/plugins/errors';
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from '@zhiping/server/plugins/json-body';
import { createTestApp, type TestApp } from '../../support/app.ts';

/**
 * Deeply nested JSON is refused (400 problem+json) by the body parser, before anything
 * recurses through it: 6 KB of `[` used to overflow the stack of every JSON route (500).
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({}, { seed: false });
});
afterAll(() => t?.close());

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

describe('a body nested too deep', () => {
  test.each(['/api/v1/auth/login', '/api/v1/auth/logout', '/api/v1/auth/register'])(
    '[×3000 to %s: 400 problem+json naming the body',
    async (url) => {
      for (const payload of [deep(3000), `{"email":${deep(3000)}}`, '['.repeat(100_000)]) {
        const res = await t.app.inject({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/json' },
          payload,
        });
        expect(res.statusCode).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json()).toMatchObject({ code: 'json_too_deep', errors: [{ field: 'body' }] });
      }
    },
  );

  test('nesting within the limit is parsed as before (then validated)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: `{"email":${deep(MAX_JSON_DEPTH - 1)},"password":"x"}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed' });
    const proto = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"__proto__":{"x":1}}',
    });
    expect(proto.statusCode).toBe(400);
  });

  test('brackets inside strings do not count', () => {
    expect(jsonNestsDeeperThan(JSON.stringify({ a: '['.repeat(1000) }), 3)).toBe(false);
    expect(jsonNestsDeeperThan(JSON.stringify({ a: '\\"[[[[' }), 1)).toBe(false);
    expect(jsonNestsDeeperThan('[[[[', 3)).toBe(true);
  });

  test('the unstorable-string walk does not recurse (100,000 levels built in memory)', () => {
    let v: unknown = 'a\u0000b';
    for (let i = 0; i < 100_000; i++) v = [v];
    const found = unstorableStringFields(v, 'body');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('U+0000');
  });
});
