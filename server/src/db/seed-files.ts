import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  indicatorSystemSchema,
  standardSchema,
  type IndicatorSystem,
  type Standard,
} from '@zhiping/shared';
import { REPO_ROOT } from '../config.ts';

/** seeds/data: generated JSON the server reads at runtime (the image ships this folder). */
export const SEED_DATA_DIR = join(REPO_ROOT, 'seeds', 'data');
export const SEEDED_SYSTEMS = ['cmmm-2020', 'cmmm-draft-2024'] as const;

export function readSeedJson(file: string): unknown {
  return JSON.parse(readFileSync(join(SEED_DATA_DIR, file), 'utf8'));
}

export function loadSeedSystem(code: (typeof SEEDED_SYSTEMS)[number]): IndicatorSystem {
  return indicatorSystemSchema.parse(readSeedJson(`${code}.json`));
}

export function loadSeedStandards(): Standard[] {
  return standardSchema.array().parse(readSeedJson('standards.json'));
}
