import { referenceSeedsApplied, standardLinks, standards } from '../schema.ts';
import { loadSeedStandards } from '../seed-files.ts';
import type { ReferenceDataset } from './index.ts';

/**
 * The standards catalog in seeds/data/standards.json. Each entry is applied once per instance
 * (recorded in reference_seeds_applied by its number): one already present is left alone (an
 * admin may have edited it), and one an admin deleted or renumbered is not brought back.
 */
export const standardsDataset: ReferenceDataset = {
  name: 'standards',
  async load(tx) {
    let added = 0;
    for (const s of loadSeedStandards()) {
      const [first] = await tx
        .insert(referenceSeedsApplied)
        .values({ dataset: 'standards', key: s.number })
        .onConflictDoNothing()
        .returning({ key: referenceSeedsApplied.key });
      if (!first) continue;
      const [row] = await tx
        .insert(standards)
        .values({
          number: s.number,
          title: s.title,
          summary: s.summary,
          frameworkCode: s.frameworkCode,
          productionTypes: s.productionTypes,
          uncertain: s.uncertain,
          sourceNote: s.sourceNote,
        })
        .onConflictDoNothing({ target: standards.number })
        .returning({ id: standards.id });
      // An existing entry may have been edited by an admin: the seed leaves it alone.
      if (!row) continue;
      added++;
      if (s.links.length) {
        await tx.insert(standardLinks).values(s.links.map((l) => ({ standardId: row.id, ...l })));
      }
    }
    return added;
  },
};
