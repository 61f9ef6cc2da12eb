import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  indicatorSystemSchema,
  standardSchema,
  type IndicatorSystem,
  type Standard,
} from '@zhiping/shared';
import { and, eq, inArray } from 'drizzle-orm';
import { REPO_ROOT } from '../config.ts';
import { hashPassword } from '../lib/password.ts';
import type { Db } from './client.ts';
import {
  indicatorSystems,
  indicatorSystemVersions,
  organizations,
  standardLinks,
  standards,
  users,
} from './schema.ts';

const SEED_DATA = join(REPO_ROOT, 'seeds', 'data');
export const SEEDED_SYSTEMS = ['cmmm-2020', 'cmmm-draft-2024'] as const;

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

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(SEED_DATA, file), 'utf8'));
}

export function loadSeedSystem(code: (typeof SEEDED_SYSTEMS)[number]): IndicatorSystem {
  return indicatorSystemSchema.parse(readJson(`${code}.json`));
}

export function loadSeedStandards(): Standard[] {
  return standardSchema.array().parse(readJson('standards.json'));
}

export interface SeedSummary {
  systemsInserted: string[];
  standards: number;
  demoUsers: number;
}

/** Idempotent: inserts what is missing and never rewrites a published version. */
export async function seedDatabase(db: Db, opts: { demo: boolean }): Promise<SeedSummary> {
  const summary: SeedSummary = { systemsInserted: [], standards: 0, demoUsers: 0 };
  await db.transaction(async (tx) => {
    for (const code of SEEDED_SYSTEMS) {
      const doc = loadSeedSystem(code);
      await tx
        .insert(indicatorSystems)
        .values({ code: doc.code, name: doc.name })
        .onConflictDoNothing({ target: indicatorSystems.code });
      const [system] = await tx
        .select({ id: indicatorSystems.id })
        .from(indicatorSystems)
        .where(eq(indicatorSystems.code, doc.code));
      if (!system) throw new Error(`seed: indicator system ${doc.code} missing after insert`);
      const inserted = await tx
        .insert(indicatorSystemVersions)
        .values({
          systemId: system.id,
          version: doc.version,
          status: 'published',
          document: doc,
          publishedAt: new Date(),
        })
        .onConflictDoNothing()
        .returning({ id: indicatorSystemVersions.id });
      if (inserted.length) summary.systemsInserted.push(`${doc.code}@${doc.version}`);
    }

    for (const s of loadSeedStandards()) {
      const values = {
        number: s.number,
        title: s.title,
        summary: s.summary,
        frameworkCode: s.frameworkCode,
        uncertain: s.uncertain,
        sourceNote: s.sourceNote,
      };
      const [row] = await tx
        .insert(standards)
        .values(values)
        .onConflictDoNothing({ target: standards.number })
        .returning({ id: standards.id });
      // An existing entry may have been edited by an admin: the seed leaves it alone.
      if (!row) continue;
      summary.standards++;
      if (s.links.length) {
        await tx.insert(standardLinks).values(s.links.map((l) => ({ standardId: row.id, ...l })));
      }
    }

    if (opts.demo) {
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
        summary.demoUsers++;
      }
    }
  });
  return summary;
}

export async function publishedVersionId(db: Db, code: string, version: string) {
  const [row] = await db
    .select({ id: indicatorSystemVersions.id })
    .from(indicatorSystemVersions)
    .innerJoin(indicatorSystems, eq(indicatorSystems.id, indicatorSystemVersions.systemId))
    .where(and(eq(indicatorSystems.code, code), eq(indicatorSystemVersions.version, version)));
  return row?.id;
}
