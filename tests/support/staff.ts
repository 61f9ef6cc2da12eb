import { afterAll, beforeAll } from 'vitest';
import { createTestApp, type TestApp } from './app.ts';
import { login, type Actor } from './fixtures.ts';

/** The password of the seeded demo users (server/src/db/seed.ts). */
export const DEMO_PASSWORD = 'Demo@2026!';

/**
 * For a test file on the admin side: one test app (created in beforeAll, closed in afterAll)
 * with the seeded admin, assessor and demo respondent signed in. Call it once at the top of the
 * file. The objects it returns are filled in by beforeAll, so they may be destructured at once:
 * `const { t, admin, call } = adminSetup();`.
 */
export function adminSetup() {
  const staff = {
    t: {} as TestApp,
    admin: {} as Actor,
    assessor: {} as Actor,
    /** The seeded demo enterprise's user. */
    respondent: {} as Actor,
    /** `actor` calls `method url`, with `payload` as the JSON body when given. */
    call: (actor: Actor, method: string, url: string, payload?: unknown) =>
      staff.t.app.inject({
        method: method as 'GET',
        url,
        headers: actor.headers,
        ...(payload === undefined ? {} : { payload: payload as object }),
      }),
  };
  beforeAll(async () => {
    const t = Object.assign(staff.t, await createTestApp());
    Object.assign(staff.admin, await login(t.app, 'admin@zhiping.local', DEMO_PASSWORD));
    Object.assign(staff.assessor, await login(t.app, 'assessor@zhiping.local', DEMO_PASSWORD));
    Object.assign(staff.respondent, await login(t.app, 'demo@zhiping.local', DEMO_PASSWORD));
  });
  afterAll(() => staff.t.close());
  return staff;
}
