import { and, eq, inArray } from 'drizzle-orm';
import { hashPassword } from '../lib/password.ts';
import type { Db } from './client.ts';
import { loadReferenceData } from './reference/index.ts';
import { indicatorSystems, indicatorSystemVersions, organizations, users } from './schema.ts';

export { loadSeedStandards, loadSeedSystem, SEEDED_SYSTEMS } from './seed-files.ts';

export const DEMO_PASSWORD = 'Demo@2026!';
export const DEMO_ORGANIZATION = {
  name: '示范智能装备有限公司',
  creditCode: '91110000MA01ABCD1M',
  industry: 'power_equipment',
  productionType: 'discrete',
  size: 'medium',
  region: '江苏省苏州市',
} as const;
export const DEMO_USERS = [
  { email: 'demo@zhiping.local', displayName: '王经理', role: 'respondent' },
  { email: 'assessor@zhiping.local', displayName: '李评估师', role: 'assessor' },
  { email: 'admin@zhiping.local', displayName: '平台管理员', role: 'admin' },
] as const;

export interface SeedSummary {
  /** Rows added per reference dataset (0 when already loaded). */
  reference: Record<string, number>;
  demoUsers: number;
}

/**
 * Reference data (always), then the demo enterprise and users when asked. Idempotent: inserts
 * what is missing and never rewrites a published version.
 */
export async function seedDatabase(db: Db, opts: { demo: boolean }): Promise<SeedSummary> {
  const summary: SeedSummary = { reference: await loadReferenceData(db), demoUsers: 0 };
  if (opts.demo) summary.demoUsers = await seedDemo(db);
  return summary;
}

/** The demo enterprise and its three accounts, all with the public DEMO_PASSWORD. */
async function seedDemo(db: Db): Promise<number> {
  let added = 0;
  await db.transaction(async (tx) => {
    await tx
      .insert(organizations)
      .values(DEMO_ORGANIZATION)
      .onConflictDoNothing({ target: organizations.creditCode });
    const [org] = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.creditCode, DEMO_ORGANIZATION.creditCode));
    const existing = await tx
      .select({ email: users.email })
      .from(users)
      .where(
        inArray(
          users.email,
          DEMO_USERS.map((u) => u.email),
        ),
      );
    const have = new Set(existing.map((u) => u.email));
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const u of DEMO_USERS) {
      if (have.has(u.email)) continue;
      await tx.insert(users).values({
        ...u,
        passwordHash,
        organizationId: u.role === 'respondent' ? (org?.id ?? null) : null,
      });
      added++;
    }
  });
  return added;
}

export async function publishedVersionId(db: Db, code: string, version: string) {
  const [row] = await db
    .select({ id: indicatorSystemVersions.id })
    .from(indicatorSystemVersions)
    .innerJoin(indicatorSystems, eq(indicatorSystems.id, indicatorSystemVersions.systemId))
    .where(and(eq(indicatorSystems.code, code), eq(indicatorSystemVersions.version, version)));
  return row?.id;
}
