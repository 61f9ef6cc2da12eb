import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../support/database.ts';
import { seedDatabase } from '@zhiping/server/db/seed';

/**
 * Migration 0004 adds the scope columns and brings catalogs seeded before it (where the
 * reference loader leaves existing entries alone) to the scope of seeds/standards.ts. The data
 * statements are replayed here on a catalog put back to its pre-0004 state.
 */
const MIGRATION = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'migrations',
  '0004_standard_scope.sql',
);

async function rows(db: TestDatabase, query: string): Promise<Record<string, unknown>[]> {
  const result: unknown = await db.database.db.execute(query);
  return (result as { rows: Record<string, unknown>[] }).rows;
}

describe('migration 0004: the scope of a catalog seeded before it', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.database.db, { demo: false });
    // The pre-0004 state: old codes, no scope, no 仓储配送 links.
    await db.database.db.execute(
      `update standards set framework_code = 'AE' where number = 'GB/T 39116-2020'`,
    );
    await db.database.db.execute(
      `update standards set production_types = '["discrete","process"]'::jsonb`,
    );
    await db.database.db.execute(`update standard_links set min_level = 1, max_level = 5`);
    await db.database.db.execute(`delete from standard_links where subdomain_id = 'warehousing'`);
    // An admin's own code is kept.
    await db.database.db.execute(
      `update standards set framework_code = 'AA' where number = 'GB/T 22239-2019'`,
    );
    const statements = readFileSync(MIGRATION, 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.trim())
      .filter((s) => !/^ALTER TABLE/.test(s) && s !== '');
    expect(statements.length).toBeGreaterThan(50);
    for (const statement of statements) await db.database.db.execute(statement);
  });
  afterAll(() => db.drop());

  test('GB/T 38848 becomes process-only; the others apply to both', async () => {
    const r = await rows(
      db,
      `select number, production_types from standards where number in ('GB/T 38848-2020', 'GB/T 23331-2020') order by number`,
    );
    expect(r).toEqual([
      { number: 'GB/T 23331-2020', production_types: ['discrete', 'process'] },
      { number: 'GB/T 38848-2020', production_types: ['process'] },
    ]);
  });

  test('the OPC UA address-space model gets its level band 3–4', async () => {
    const r = await rows(
      db,
      `select l.system_code, l.subdomain_id, l.min_level, l.max_level from standard_links l join standards s on s.id = l.standard_id where s.number = 'GB/T 33863.3-2017' order by 1, 2`,
    );
    expect(r.length).toBeGreaterThan(0);
    for (const link of r) expect([link.min_level, link.max_level]).toEqual([3, 4]);
  });

  test('仓储配送 gets its two links; refined codes land, an admin-edited code stays', async () => {
    const links = await rows(
      db,
      `select s.number from standard_links l join standards s on s.id = l.standard_id where l.system_code = 'cmmm-2020' and l.subdomain_id = 'warehousing' order by 1`,
    );
    expect(links.map((l) => l.number)).toEqual(['GB/T 20720.1-2019', 'GB/T 25103-2010']);
    const codes = await rows(
      db,
      `select number, framework_code from standards where number in ('GB/T 39116-2020', 'GB/T 22239-2019') order by number`,
    );
    expect(codes).toEqual([
      { number: 'GB/T 22239-2019', framework_code: 'AA' },
      { number: 'GB/T 39116-2020', framework_code: 'AEB' },
    ]);
  });

  test('replaying it changes nothing (idempotent)', async () => {
    const before = await rows(
      db,
      `select count(*)::int as n from standard_links where subdomain_id = 'warehousing'`,
    );
    const statements = readFileSync(MIGRATION, 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.trim())
      .filter((s) => !/^ALTER TABLE/.test(s) && s !== '');
    for (const statement of statements) await db.database.db.execute(statement);
    const after = await rows(
      db,
      `select count(*)::int as n from standard_links where subdomain_id = 'warehousing'`,
    );
    expect(after).toEqual(before);
  });
});
