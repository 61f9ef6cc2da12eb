import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  answersDocumentSchema,
  computeReport,
  indicatorSystemSchema,
  standardSchema,
  validateIndicatorSystem,
  type Level,
} from '@zhiping/shared';
import { describe, expect, test } from 'vitest';
import {
  buildSeedFiles,
  DATA_DIR,
  indicatorSystemSeeds,
  SAMPLE_ANSWERS_FILE,
  standardsSeed,
} from '../../seeds/build.ts';
import { seedSystem, subdomainsOf } from './helpers.ts';

describe('every seed is valid', () => {
  test.each(indicatorSystemSeeds.map((s) => [s.source, s.document] as const))(
    '%s passes validateIndicatorSystem',
    (_source, document) => {
      const result = validateIndicatorSystem(document);
      expect(result.ok ? [] : result.issues).toEqual([]);
    },
  );

  test.each(standardsSeed.entries.map((s) => [s.number, s] as const))(
    'standard %s parses',
    (_number, entry) => {
      expect(standardSchema.safeParse(entry).success).toBe(true);
    },
  );
});

describe('the committed data files', () => {
  const fresh = buildSeedFiles();

  test.each(Object.keys(fresh))('seeds/data/%s equals a fresh build', (path) => {
    expect(readFileSync(join(DATA_DIR, path), 'utf8')).toBe(fresh[path]);
  });

  test('a build is deterministic', () => {
    expect(buildSeedFiles()).toEqual(fresh);
  });

  test('the indicator-system files are the parsed, defaults-applied documents', () => {
    for (const { document } of indicatorSystemSeeds) {
      const parsed = indicatorSystemSchema.parse(document);
      const file = JSON.parse(fresh[`${parsed.code}.json`]!) as unknown;
      expect(file).toEqual(JSON.parse(JSON.stringify(parsed)));
      expect((file as { scoring: unknown }).scoring).toEqual({
        answerScale: { full: 1, most: 0.8, partial: 0.5, none: 0 },
        threshold: 0.8,
        thresholdInclusive: true,
      });
    }
  });
});

describe('the sample answers file', () => {
  const system = seedSystem('cmmm-2020');
  const doc = answersDocumentSchema.parse(JSON.parse(buildSeedFiles()[SAMPLE_ANSWERS_FILE]!));
  const levelOf = new Map(
    subdomainsOf(system).flatMap((s) =>
      (s.requirements ?? []).map((r) => [r.id, r.level] as const),
    ),
  );
  const share = (level: Level, choices: string[]) => {
    const atLevel = Object.entries(doc.answers).filter(([id]) => levelOf.get(id) === level);
    return atLevel.filter(([, c]) => choices.includes(c)).length / atLevel.length;
  };

  test('is a discrete enterprise aiming at level 3', () => {
    expect(doc).toMatchObject({ format: 'zhiping.answers/1', profile: 'discrete', targetLevel: 3 });
  });

  test('answers every requirement of the 2020 model', () => {
    expect(Object.keys(doc.answers).sort()).toEqual([...levelOf.keys()].sort());
  });

  test('looks like a typical level-2 enterprise, level by level', () => {
    expect(share(1, ['full'])).toBeGreaterThan(0.7);
    expect(share(2, ['full', 'most'])).toBeGreaterThan(0.75);
    expect(share(3, ['partial'])).toBeGreaterThan(0.4);
    expect(share(4, ['none'])).toBe(1);
    expect(share(5, ['none'])).toBe(1);
  });

  test('scores as maturity level 2 with the engine', () => {
    const report = computeReport({
      system,
      profileId: doc.profile!,
      answers: doc.answers,
      targetLevel: doc.targetLevel!,
    });
    expect(report.maturityLevel).toBe(2);
    expect(report.score).toBeGreaterThanOrEqual(1.8);
    expect(report.score).toBeLessThan(2.8);
    expect(report.roadmap.map((p) => p.level)).toEqual([3]);
  });
});
