import { fileURLToPath } from 'node:url';
import { indicatorSystemSchema, type IndicatorSystem } from '@zhiping/shared';
import { indicatorSystemSeeds, standardsSeed } from '../../seeds/build.ts';
import type { SeedCheckInput } from '../../seeds/check.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A fresh, parsed copy of a seed indicator system, safe to corrupt. */
export function seedSystem(code: 'cmmm-2020' | 'cmmm-draft-2024'): IndicatorSystem {
  const seed = indicatorSystemSeeds.find((s) => (s.document as { code: string }).code === code);
  if (!seed) throw new Error(`no seed ${code}`);
  return structuredClone(indicatorSystemSchema.parse(seed.document));
}

/** The real seeds as checkSeeds input (no data files), every document a fresh copy. */
export function seedInput(): SeedCheckInput {
  return {
    indicatorSystems: [
      { source: 'cmmm-2020', document: seedSystem('cmmm-2020') },
      { source: 'draft-2024', document: seedSystem('cmmm-draft-2024') },
    ],
    standards: { source: 'standards', entries: structuredClone(standardsSeed.entries) },
  };
}

/** Every sub-domain of a tree, in document order. */
export function subdomainsOf(system: IndicatorSystem) {
  const out: IndicatorSystem['tree'] = [];
  const walk = (nodes: IndicatorSystem['tree']) => {
    for (const n of nodes) {
      if (n.children) walk(n.children);
      else out.push(n);
    }
  };
  walk(system.tree);
  return out;
}
