import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recordFigure } from '../../reliability/figures.ts';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { testDbKind } from '../../support/database.ts';
import {
  createMatrixFixtures,
  describeExpected,
  MATRIX_ROLES,
  meets,
  openApiRoutes,
  ROUTE_TABLE,
  sendMatrixRequest,
  type MatrixFixtures,
} from '../../support/route-table.ts';

/**
 * Every route of the OpenAPI document, called as each role against real resources of two
 * enterprises: 401 for anonymous, 403 for a wrong role, 404 for another tenant's resource,
 * and for an allowed caller a 2xx (or the domain refusal the table names). The request for
 * an allowed role is valid, so a refusal seen is the authorization layer's, not validation's.
 */

let t: TestApp;
let fx: MatrixFixtures;
let documented: string[];

beforeAll(async () => {
  // Limits high enough that the matrix, not the rate limiter, decides the answers.
  t = await createTestApp({
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
    AUTH_IP_RATE_LIMIT_PER_MINUTE: '100000',
    QUICK_SCAN_RATE_LIMIT_PER_HOUR: '100000',
  });
  fx = await createMatrixFixtures(t.app);
  documented = await openApiRoutes(t.app);
});
afterAll(() => t.close());

describe('authorization matrix', () => {
  test('the table covers exactly the routes of the OpenAPI document', () => {
    expect(documented.length).toBeGreaterThan(50);
    const table = Object.keys(ROUTE_TABLE).sort();
    expect(
      documented.filter((r) => !table.includes(r)),
      'routes of the OpenAPI document missing from tests/support/route-table.ts',
    ).toEqual([]);
    expect(
      table.filter((r) => !documented.includes(r)),
      'routes in the table that the app does not have',
    ).toEqual([]);
  });

  test('every route answers every role as the table says', async () => {
    const failures: string[] = [];
    let checks = 0;
    let cases = 0;
    for (const route of documented) {
      for (const c of ROUTE_TABLE[route] ?? []) {
        cases++;
        for (const role of MATRIX_ROLES) {
          const expected = c.expect[role];
          const req = await c.request(fx, role);
          const res = await sendMatrixRequest(fx, route, role, req);
          checks++;
          if (!meets(res.statusCode, expected)) {
            failures.push(
              `${route} [${c.label}] as ${role}: expected ${describeExpected(expected)}, ` +
                `got ${res.statusCode} ${res.body.slice(0, 200)}`,
            );
          }
          // Refusals are problem+json with the status in the body.
          if (res.statusCode >= 400) {
            expect(res.headers['content-type'], `${route} as ${role}`).toContain(
              'application/problem+json',
            );
            expect(res.json<{ status: number }>().status).toBe(res.statusCode);
          }
        }
      }
    }
    console.log(
      `authorization matrix (${testDbKind()}): ${documented.length} routes, ${cases} cases × ` +
        `${MATRIX_ROLES.length} roles = ${checks} checks, ${failures.length} failures`,
    );
    recordFigure('authorization-matrix', {
      database: testDbKind(),
      routes: documented.length,
      cases,
      roles: MATRIX_ROLES.length,
      checks,
      failures: failures.length,
    });
    expect(failures).toEqual([]);
  }, 180_000);

  test('a refusal does not depend on the body: anonymous and wrong roles are refused before validation', async () => {
    // The same routes with a body that fails validation: the authorization answer stands.
    const failures: string[] = [];
    for (const route of documented) {
      const [method] = route.split(' ');
      if (method === 'GET' || method === 'DELETE') continue;
      const c = ROUTE_TABLE[route]?.[0];
      if (!c) continue;
      for (const role of MATRIX_ROLES) {
        const expected = c.expect[role];
        if (expected !== 401 && expected !== 403) continue;
        const req = await c.request(fx, role);
        const res = await sendMatrixRequest(fx, route, role, {
          ...req,
          raw: undefined,
          body: { unexpected: ['not', 'valid'] },
        });
        if (res.statusCode !== expected) {
          failures.push(`${route} as ${role}: expected ${expected}, got ${res.statusCode}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
