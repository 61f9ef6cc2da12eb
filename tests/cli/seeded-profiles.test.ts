import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { computeReport, indicatorSystemSchema } from '@zhiping/shared';
import { describe, expect, test } from 'vitest';
import { zhiping } from './run-cli.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SYSTEM = join(ROOT, 'seeds/data/cmmm-2020.json');
const ANSWERS = join(ROOT, 'seeds/data/examples/answers-cmmm-2020-sample.json');

const system = indicatorSystemSchema.parse(JSON.parse(readFileSync(SYSTEM, 'utf8')));
const sample = JSON.parse(readFileSync(ANSWERS, 'utf8')) as {
  answers: Record<string, 'full' | 'most' | 'partial' | 'none' | 'na'>;
};

/** The seeded 2020 model scores through the CLI under every one of its profiles. */
describe('zhiping score on the seeded CMMM 2020 model', () => {
  test.each(system.profiles.map((p) => p.id))(
    'scores the sample answers under profile %s',
    async (profile) => {
      const { code, stdout, stderr } = await zhiping(
        'score',
        SYSTEM,
        ANSWERS,
        '--profile',
        profile,
        '--target',
        '3',
      );
      expect([code, stderr]).toEqual([0, '']);
      const out = JSON.parse(stdout) as {
        profile: string;
        level: number;
        score: number;
        nodes: unknown[];
      };
      // The CLI prints what the engine computes for that profile (extra requirements unanswered).
      const expected = computeReport({
        system,
        profileId: profile,
        answers: sample.answers,
        targetLevel: 3,
      });
      expect(out.profile).toBe(profile);
      expect(out.level).toBe(expected.maturityLevel);
      expect(out.score).toBeCloseTo(expected.score, 9);
      expect(out.nodes.length).toBe(expected.nodes.length);
    },
  );
});
