import { eq } from 'drizzle-orm';
import { indicatorSystems, indicatorSystemVersions } from '../schema.ts';
import { loadSeedSystem, SEEDED_SYSTEMS } from '../seed-files.ts';
import type { ReferenceDataset } from './index.ts';

/** The published indicator systems in seeds/data; an existing version is never rewritten. */
export const indicatorSystemsDataset: ReferenceDataset = {
  name: 'indicatorSystems',
  async load(tx) {
    let added = 0;
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
      added += inserted.length;
    }
    return added;
  },
};
