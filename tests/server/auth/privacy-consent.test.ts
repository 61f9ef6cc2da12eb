import { PRIVACY_TERMS_VERSION } from '@zhiping/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../../support/app.ts';
import { registerEnterprise, registration } from '../../support/fixtures.ts';

/** Registration records consent to the privacy terms in force: version and time, with the user. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const register = (body: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body as object });
const fields = (res: { json: () => unknown }) =>
  (res.json() as { errors?: { field: string; message: string }[] }).errors ?? [];

describe('privacy consent at registration', () => {
  test.each([
    ['missing', undefined, 'body.privacyConsent'],
    [
      'not accepted',
      { accepted: false, version: PRIVACY_TERMS_VERSION },
      'body.privacyConsent.accepted',
    ],
    ['an old version', { accepted: true, version: '2020-01-01' }, 'body.privacyConsent.version'],
  ])('%s: 400 naming the field', async (_what, consent, field) => {
    const { privacyConsent: _drop, ...body } = registration();
    const res = await register(consent === undefined ? body : { ...body, privacyConsent: consent });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(fields(res).map((e) => e.field)).toEqual([field]);
  });

  test('the version and the time are stored with the user the registration creates', async () => {
    const before = Date.now();
    const e = await registerEnterprise(t.app);
    const result: unknown = await t.db.database.db.execute(
      `select privacy_consent_version as v, privacy_consent_at as at from users where id = '${e.session.user.id}'`,
    );
    const rows = (result as { rows: { v: string; at: string | Date }[] }).rows;
    expect(rows[0]!.v).toBe(PRIVACY_TERMS_VERSION);
    const at = new Date(rows[0]!.at).getTime();
    expect(at).toBeGreaterThanOrEqual(before - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
  });
});
