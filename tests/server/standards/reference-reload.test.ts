import type { StandardBody, StandardView } from '@zhiping/shared';
import { loadReferenceData } from '@zhiping/server/db/reference/index';
import { describe, expect, test } from 'vitest';
import { adminSetup } from '../../support/staff.ts';

/**
 * The reference data loads at every start. A seeded standard an admin deleted, or renumbered,
 * must not come back at the next start (it did until reference_seeds_applied recorded each
 * entry once applied).
 */
const { t, admin, call } = adminSetup();

type Page = { items: StandardView[]; total: number };
const bodyOf = (s: StandardView, number: string): StandardBody => ({
  number,
  title: s.title,
  summary: s.summary,
  frameworkCode: s.frameworkCode,
  sourceNote: s.sourceNote,
  uncertain: s.uncertain,
  productionTypes: s.productionTypes,
  links: s.links.map(({ systemCode, subdomainId, reason, minLevel, maxLevel }) => ({
    systemCode,
    subdomainId,
    reason,
    minLevel,
    maxLevel,
  })),
});

describe('reference data loaded again (a restart)', () => {
  test('adds nothing, and brings back neither a deleted nor a renumbered seeded standard', async () => {
    const before = (
      await call(admin, 'GET', '/api/v1/standards?includeUncertain=true&limit=100')
    ).json<Page>();
    expect(before.items.length).toBeGreaterThanOrEqual(2);
    const [gone, renamed] = before.items;
    expect((await call(admin, 'DELETE', `/api/v1/standards/${gone!.id}`)).statusCode).toBe(204);
    const put = await call(
      admin,
      'PUT',
      `/api/v1/standards/${renamed!.id}`,
      bodyOf(renamed!, `${renamed!.number} (本地)`),
    );
    expect(put.statusCode).toBe(200);

    const added = await loadReferenceData(t.db.database.db);
    expect(added.standards).toBe(0);

    const after = (
      await call(admin, 'GET', '/api/v1/standards?includeUncertain=true&limit=100')
    ).json<Page>();
    const numbers = after.items.map((s) => s.number);
    expect(after.total).toBe(before.total - 1);
    expect(numbers).not.toContain(gone!.number);
    expect(numbers).not.toContain(renamed!.number);
    expect(numbers).toContain(`${renamed!.number} (本地)`);
  });
});
