import { readFileSync } from 'node:fs';
import {
  effectiveTree,
  indicatorSystemSchema,
  prepareScoring,
  standardSchema,
  type AnswerChoice,
  type AssessmentReport,
  type IndicatorSystem,
  type Level,
  type Standard,
  type TailoringEntry,
} from '@zhiping/shared';
import { roadmapPdfData, type RoadmapDataInput } from '@zhiping/server/pdf/index';
import type { RoadmapPdfData } from '@zhiping/server/pdf/types';

/** The seeded CMMM 2020 document and standards catalog, as the database holds them. */
export function cmmm2020(): IndicatorSystem {
  const url = new URL('../../../seeds/data/cmmm-2020.json', import.meta.url);
  return indicatorSystemSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
}

export function standardsCatalog(): Standard[] {
  const url = new URL('../../../seeds/data/standards.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as unknown[]).map((s) => standardSchema.parse(s));
}

/** Answers by level, cycled over each sub-domain's requirements: level 2 attained, 3 not. */
export const PATTERN: Record<Level, AnswerChoice[]> = {
  1: ['full', 'full', 'full', 'most'],
  2: ['full', 'most', 'most', 'partial', 'full'],
  3: ['most', 'partial', 'none', 'full', 'partial'],
  4: ['partial', 'none', 'none', 'most'],
  5: ['none', 'none', 'partial'],
};

/** 未达一级: level 1 averages 0.575 (below the 0.8 threshold). */
export const PATTERN_BELOW_L1: Record<Level, AnswerChoice[]> = {
  1: ['partial', 'most', 'none', 'full'],
  2: ['partial', 'none', 'most', 'none', 'partial'],
  3: ['none', 'partial', 'none', 'none', 'partial'],
  4: ['none', 'none', 'partial', 'none'],
  5: ['none', 'none', 'none'],
};

/** 四级: levels 1–4 attained, level 5 not. */
export const PATTERN_L4: Record<Level, AnswerChoice[]> = {
  1: ['full', 'full', 'full', 'full'],
  2: ['full', 'full', 'most', 'full', 'full'],
  3: ['full', 'most', 'full', 'full', 'most'],
  4: ['full', 'most', 'most', 'full'],
  5: ['partial', 'none', 'most'],
};

export function patternAnswers(
  system: IndicatorSystem,
  profileId: string,
  pattern: Record<Level, AnswerChoice[]> = PATTERN,
): Record<string, AnswerChoice> {
  const answers: Record<string, AnswerChoice> = {};
  const walk = (nodes: ReturnType<typeof effectiveTree>) => {
    for (const n of nodes) {
      const seen: Record<number, number> = {};
      for (const r of n.requirements) {
        const i = (seen[r.level] = (seen[r.level] ?? -1) + 1);
        const cycle = pattern[r.level];
        answers[r.id] = cycle[i % cycle.length]!;
      }
      walk(n.children);
    }
  };
  walk(effectiveTree(system, profileId));
  return answers;
}

export interface FullReport {
  system: IndicatorSystem;
  standards: Standard[];
  self: AssessmentReport;
  input: RoadmapDataInput;
  data: RoadmapPdfData;
}

/** A complete CMMM 2020 self-assessment of an automotive enterprise, target level 4. */
export function fullReport(
  overrides: {
    targetLevel?: Level;
    tailoring?: TailoringEntry[];
    name?: string;
    pattern?: Record<Level, AnswerChoice[]>;
  } = {},
): FullReport {
  const system = cmmm2020();
  const standards = standardsCatalog();
  const profileId = 'automotive';
  const tailoring = overrides.tailoring ?? [
    {
      subdomainId: 'product-service',
      reason: '本企业为零部件供应商，不直接向终端用户提供产品服务。',
    },
  ];
  const answers = patternAnswers(system, profileId, overrides.pattern);
  for (const t of tailoring) {
    for (const id of Object.keys(answers))
      if (id.startsWith(`${t.subdomainId}.`)) answers[id] = 'na';
  }
  const self = prepareScoring(system, profileId).score({
    tailoring,
    answers,
    targetLevel: overrides.targetLevel ?? 4,
  });
  const input: RoadmapDataInput = {
    generatedAt: new Date('2026-11-26T08:00:00Z'),
    enterprise: {
      name: overrides.name ?? '苏州精工汽车零部件有限公司',
      industry: 'automotive',
      size: 'medium',
      region: '江苏省苏州市',
    },
    assessment: {
      id: '00000000-0000-4000-8000-000000000001',
      title: '2026 年度智能制造能力成熟度自评估',
      status: 'submitted',
      submittedAt: new Date('2026-11-20T02:00:00Z'),
    },
    system,
    self,
    assessed: null,
    basis: 'self',
    review: null,
    standards,
  };
  return { system, standards, self, input, data: roadmapPdfData(input) };
}
