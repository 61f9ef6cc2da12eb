import { randomUUID } from 'node:crypto';
import type { IndicatorSystem, StandardBody, StandardView } from '@zhiping/shared';
import { describe, expect, test } from 'vitest';
import { publishedVersion } from '../../support/fixtures.ts';
import { adminSetup } from '../../support/staff.ts';

const { t, admin, assessor, respondent, call } = adminSetup();

type Page = { items: StandardView[]; total: number; page: number; limit: number };
const fieldsOf = (res: { json: () => unknown }) =>
  (res.json() as { errors: { field: string }[] }).errors.map((e) => e.field);

let counter = 0;
const body = (over: Partial<StandardBody> = {}): StandardBody => ({
  number: `T/ZP ${1000 + ++counter}-2026`,
  title: { zh: `测试标准${counter}`, en: `Test standard ${counter}` },
  summary: { zh: '用于测试的标准条目。', en: 'A catalog entry for tests.' },
  frameworkCode: 'BC',
  sourceNote: 'test',
  links: [
    {
      systemCode: 'cmmm-2020',
      subdomainId: 'energy',
      reason: { zh: '能耗数据采集。', en: 'Energy data collection.' },
    },
  ],
  ...over,
});

describe('reading the catalog', () => {
  test('every signed-in user lists it, paginated; uncertain entries only when asked', async () => {
    const confirmed = await call(respondent, 'GET', '/api/v1/standards?limit=100');
    expect(confirmed.statusCode).toBe(200);
    const page = confirmed.json<Page>();
    expect(page.items.every((s) => !s.uncertain)).toBe(true);
    const all = (
      await call(assessor, 'GET', '/api/v1/standards?includeUncertain=true&limit=100')
    ).json<Page>();
    expect(all.total).toBeGreaterThan(page.total);
    expect(all.items.some((s) => s.uncertain)).toBe(true);
    const paged = (await call(respondent, 'GET', '/api/v1/standards?limit=5&page=2')).json<Page>();
    expect(paged).toMatchObject({ page: 2, limit: 5, total: page.total });
    expect(paged.items.map((s) => s.id)).toEqual(page.items.slice(5, 10).map((s) => s.id));
    const tooMany = await call(respondent, 'GET', '/api/v1/standards?limit=101');
    expect(tooMany.statusCode).toBe(400);
    expect(fieldsOf(tooMany)).toEqual(['querystring.limit']);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/standards' })).statusCode).toBe(401);
  });

  test('filters by sub-domain, framework code and text', async () => {
    const energy = (
      await call(respondent, 'GET', '/api/v1/standards?systemCode=cmmm-2020&subdomainId=energy')
    ).json<Page>();
    expect(energy.total).toBeGreaterThan(0);
    for (const s of energy.items) {
      expect(s.links).toContainEqual(
        expect.objectContaining({ systemCode: 'cmmm-2020', subdomainId: 'energy' }),
      );
    }
    const b = (
      await call(respondent, 'GET', '/api/v1/standards?frameworkCode=B&limit=100')
    ).json<Page>();
    expect(b.total).toBeGreaterThan(0);
    expect(b.items.every((s) => s.frameworkCode.startsWith('B'))).toBe(true);
    const q = (await call(respondent, 'GET', '/api/v1/standards?q=39116')).json<Page>();
    expect(q.items.map((s) => s.number)).toEqual(['GB/T 39116-2020']);
    const wildcard = (await call(respondent, 'GET', '/api/v1/standards?q=%25')).json<Page>();
    expect(wildcard.total).toBe(0);
  });

  test('one standard with its links; an unknown id is 404', async () => {
    const [first] = (await call(respondent, 'GET', '/api/v1/standards?q=39116')).json<Page>().items;
    const one = await call(respondent, 'GET', `/api/v1/standards/${first!.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toEqual(first);
    expect((await call(respondent, 'GET', `/api/v1/standards/${randomUUID()}`)).statusCode).toBe(
      404,
    );
  });
});

describe('maintaining the catalog', () => {
  test('an admin creates, replaces and deletes a standard, each audited', async () => {
    const created = await call(admin, 'POST', '/api/v1/standards', body());
    expect(created.statusCode).toBe(201);
    const s = created.json<StandardView>();
    expect(s).toMatchObject({
      frameworkCode: 'BC',
      uncertain: false,
      links: [{ subdomainId: 'energy' }],
    });

    const replaced = await call(
      admin,
      'PUT',
      `/api/v1/standards/${s.id}`,
      body({
        number: s.number,
        frameworkCode: 'BCA',
        uncertain: true,
        links: [
          {
            systemCode: 'cmmm-2020',
            subdomainId: 'maintenance',
            reason: { zh: '设备维护。', en: 'Maintenance.' },
          },
          {
            systemCode: 'cmmm-draft-2024',
            subdomainId: 'strategy',
            reason: { zh: '战略。', en: 'Strategy.' },
          },
        ],
      }),
    );
    expect(replaced.statusCode).toBe(200);
    const r = replaced.json<StandardView>();
    expect(r).toMatchObject({ id: s.id, frameworkCode: 'BCA', uncertain: true });
    expect(r.links.map((l) => `${l.systemCode}/${l.subdomainId}`)).toEqual([
      'cmmm-2020/maintenance',
      'cmmm-draft-2024/strategy',
    ]);
    // The old link is gone: the energy filter no longer finds it, even with uncertain entries.
    const energy = (
      await call(
        admin,
        'GET',
        '/api/v1/standards?subdomainId=energy&includeUncertain=true&limit=100',
      )
    ).json<Page>();
    expect(energy.items.map((x) => x.id)).not.toContain(s.id);

    const audit = await call(
      admin,
      'GET',
      `/api/v1/admin/audit?entityType=standard&entityId=${s.id}`,
    );
    const events = audit.json<{ items: { action: string; before: unknown; after: unknown }[] }>()
      .items;
    expect(events.map((e) => e.action)).toEqual(['standard.updated', 'standard.created']);
    expect(events[0]).toMatchObject({
      before: { frameworkCode: 'BC', links: [{ subdomainId: 'energy' }] },
      after: { frameworkCode: 'BCA', uncertain: true },
    });

    const del = await call(admin, 'DELETE', `/api/v1/standards/${s.id}`);
    expect(del.statusCode).toBe(204);
    expect((await call(admin, 'GET', `/api/v1/standards/${s.id}`)).statusCode).toBe(404);
    expect((await call(admin, 'DELETE', `/api/v1/standards/${s.id}`)).statusCode).toBe(404);
    const deleted = await call(
      admin,
      'GET',
      `/api/v1/admin/audit?action=standard.deleted&entityId=${s.id}`,
    );
    expect(deleted.json<{ items: { before: unknown }[] }>().items[0]).toMatchObject({
      before: { number: s.number, frameworkCode: 'BCA' },
    });
  });

  test('the number is unique: 409 on create and on renaming onto another', async () => {
    const dup = await call(admin, 'POST', '/api/v1/standards', body({ number: 'GB/T 39116-2020' }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'standard_number_taken' });
    const s = (await call(admin, 'POST', '/api/v1/standards', body())).json<StandardView>();
    const rename = await call(
      admin,
      'PUT',
      `/api/v1/standards/${s.id}`,
      body({ number: 'GB/T 39116-2020' }),
    );
    expect(rename.statusCode).toBe(409);
    // Keeping its own number is no conflict.
    expect(
      (await call(admin, 'PUT', `/api/v1/standards/${s.id}`, body({ number: s.number })))
        .statusCode,
    ).toBe(200);
  });

  test.each([
    ['a framework code outside the guide', { frameworkCode: 'XZ' }, ['body.frameworkCode']],
    ['an empty title', { title: { zh: '', en: 'x' } }, ['body.title.zh']],
    [
      'a link to a sub-domain the system does not have',
      {
        links: [
          { systemCode: 'cmmm-2020', subdomainId: 'energy', reason: { zh: '甲', en: 'a' } },
          { systemCode: 'cmmm-2020', subdomainId: 'quality', reason: { zh: '乙', en: 'b' } },
        ],
      },
      ['body.links.1.subdomainId'],
    ],
    [
      'a link to an unknown system',
      {
        links: [
          { systemCode: 'no-such-model', subdomainId: 'energy', reason: { zh: '甲', en: 'a' } },
        ],
      },
      ['body.links.0.systemCode'],
    ],
    [
      'the same sub-domain linked twice',
      {
        links: [
          { systemCode: 'cmmm-2020', subdomainId: 'energy', reason: { zh: '甲', en: 'a' } },
          { systemCode: 'cmmm-2020', subdomainId: 'energy', reason: { zh: '乙', en: 'b' } },
        ],
      },
      ['body.links.1.subdomainId'],
    ],
  ])('refuses %s with 400 naming the field, saving nothing', async (_n, over, fields) => {
    const input = body(over);
    const res = await call(admin, 'POST', '/api/v1/standards', input);
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(fields);
    const found = await call(
      admin,
      'GET',
      `/api/v1/standards?q=${encodeURIComponent(input.number)}&includeUncertain=true`,
    );
    expect(found.json<Page>().total).toBe(0);
  });

  test('a link may point at a sub-domain that exists only in a draft version', async () => {
    const v = await publishedVersion(t.app, admin, 'cmmm-2020');
    const doc = (await call(admin, 'GET', `/api/v1/indicator-systems/versions/${v.id}`)).json<{
      document: IndicatorSystem;
    }>().document;
    const energy = structuredClone(
      doc.tree[3]!.children![1]!.children!.find((n) => n.id === 'energy')!,
    );
    energy.id = 'carbon';
    energy.requirements = energy.requirements!.map((r) => ({
      ...r,
      id: r.id.replace('energy', 'carbon'),
    }));
    doc.tree[3]!.children![1]!.children!.push(energy);
    // Every sub-domain carries one quick-scan item, the new one too.
    const energyScan = doc.quickScan?.items.find((i) => i.subdomainId === 'energy');
    if (doc.quickScan && energyScan) {
      doc.quickScan.items.push({ ...structuredClone(energyScan), subdomainId: 'carbon' });
    }
    const link = {
      systemCode: 'cmmm-2020',
      subdomainId: 'carbon',
      reason: { zh: '碳', en: 'Carbon.' },
    };
    const before = await call(admin, 'POST', '/api/v1/standards', body({ links: [link] }));
    expect(before.statusCode).toBe(400);
    const draft = await call(admin, 'POST', '/api/v1/admin/indicator-systems/import', {
      document: { ...doc, version: 'carbon-draft' },
    });
    expect(draft.statusCode).toBe(201);
    const after = await call(admin, 'POST', '/api/v1/standards', body({ links: [link] }));
    expect(after.statusCode).toBe(201);
  });

  test('respondents and assessors cannot write', async () => {
    const [s] = (await call(admin, 'GET', '/api/v1/standards')).json<Page>().items;
    for (const actor of [respondent, assessor]) {
      expect((await call(actor, 'POST', '/api/v1/standards', body())).statusCode).toBe(403);
      expect((await call(actor, 'PUT', `/api/v1/standards/${s!.id}`, body())).statusCode).toBe(403);
      expect((await call(actor, 'DELETE', `/api/v1/standards/${s!.id}`)).statusCode).toBe(403);
    }
    expect((await call(admin, 'GET', `/api/v1/standards/${s!.id}`)).json()).toEqual(s);
  });
});
