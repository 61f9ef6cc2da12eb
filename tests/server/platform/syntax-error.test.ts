import Fastify from 'fastify';
import errorsPlugin from '@zhiping/server/plugins/errors';
import jsonBodyPlugin from '@zhiping/server/plugins/json-body';
import { afterAll, beforeAll, expect, test } from 'vitest';

/**
 * A body that is not JSON is the client's fault (400 malformed_json); a SyntaxError the app
 * raises itself (JSON.parse of stored data) is a bug, answered 500 and logged, not blamed on
 * the request.
 */
const app = Fastify({ logger: false });
beforeAll(async () => {
  await app.register(errorsPlugin);
  await app.register(jsonBodyPlugin);
  app.post('/echo', async (req) => req.body);
  app.get('/stored', async () => JSON.parse('{"cut short'));
  await app.ready();
});
afterAll(() => app.close());

test('a malformed request body is 400 malformed_json', async () => {
  const res = await app.inject({
    method: 'POST',
    url: '/echo',
    headers: { 'content-type': 'application/json' },
    payload: '{"a":',
  });
  expect(res.statusCode).toBe(400);
  expect(res.json()).toMatchObject({ code: 'malformed_json' });
});

test("the app's own SyntaxError is 500 internal_error", async () => {
  const res = await app.inject({ method: 'GET', url: '/stored' });
  expect(res.statusCode).toBe(500);
  expect(res.json()).toMatchObject({ code: 'internal_error' });
});
