import {
  computeReport,
  gapHeatmap,
  levelName,
  MIN_PEER_GROUP,
  NATIONAL_DISTRIBUTIONS,
  NATIONAL_PLATFORM_TOTALS,
  nationalPositions,
  reportResponseSchema,
  tierForLevel,
  validateIndicatorSystem,
  weakSubdomains,
  type AnswerChoice,
  type AssessmentReport,
  type IndicatorSystem,
  type IndicatorSystemInput,
  type Level,
  type LifecycleTag,
  type ReportResponse,
  type SystemLevelTag,
  FRAMEWORK_NOTE,
  FRAMEWORK_PARTS,
  frameworkPath,
  noStandardNote,
  QUICK_WIN_RULE,
  quickWinDefinition,
  TOP_STANDARDS,
} from '@zhiping/shared';

/**
 * A small depth-3 indicator system whose report can be worked out by hand:
 *   e1 人员 [1] ─ d1 组织战略 ─ s1 组织战略
 *   e2 技术 [1] ─ d2 数据 ─ s2 数据
 *   e3 制造 [1] ─ d3 生产 ─ s3 计划与调度 [1], s4 设备管理 [1]
 * Effective weights: s1 1/3, s2 1/3, s3 1/6, s4 1/6. One requirement per sub-domain and level
 * (`<sub-domain>.<level>`), its text naming both.
 */
const SUBDOMAINS = {
  s1: { zh: '组织战略', en: 'Organization strategy', tags: ['design', 'enterprise'] },
  s2: { zh: '数据', en: 'Data', tags: ['production', 'enterprise'] },
  s3: { zh: '计划与调度', en: 'Planning and scheduling', tags: ['production', 'workshop'] },
  s4: { zh: '设备管理', en: 'Equipment management', tags: ['production', 'equipment'] },
} as const;
type SubdomainId = keyof typeof SUBDOMAINS;

const LEVEL_NAMES = [
  { zh: '一级 规划级', en: 'Level 1 Planning' },
  { zh: '二级 规范级', en: 'Level 2 Standardized' },
  { zh: '三级 集成级', en: 'Level 3 Integrated' },
  { zh: '四级 优化级', en: 'Level 4 Optimized' },
  { zh: '五级 引领级', en: 'Level 5 Leading' },
];

export const requirementText = (id: SubdomainId, level: number) => ({
  zh: `应在${SUBDOMAINS[id].zh}方面满足${level}级要求`,
  en: `Meets the level-${level} requirement of ${SUBDOMAINS[id].en}`,
});

function subdomain(id: SubdomainId) {
  const s = SUBDOMAINS[id];
  return {
    id,
    name: { zh: s.zh, en: s.en },
    weight: 1,
    requirements: ([1, 2, 3, 4, 5] as const).map((level) => ({
      id: `${id}.${level}`,
      level,
      text: requirementText(id, level),
      guidance: { zh: '说明', en: 'Guidance' },
      tags: {
        lifecycle: [s.tags[0] as LifecycleTag],
        systemLevel: [s.tags[1] as SystemLevelTag],
      },
    })),
  };
}

const inner = (id: string, zh: string, en: string, children: unknown[]) => ({
  id,
  name: { zh, en },
  weight: 1,
  children,
});

export const systemInput: IndicatorSystemInput = {
  format: 'zhiping.indicator-system/1',
  code: 'report-fixture',
  version: '2026.1',
  name: { zh: '报告测试指标体系', en: 'Report fixture system' },
  levels: LEVEL_NAMES.map((name, i) => ({
    level: (i + 1) as Level,
    name,
    description: name,
  })),
  tree: [
    inner('e1', '人员', 'Personnel', [inner('d1', '组织战略', 'Strategy', [subdomain('s1')])]),
    inner('e2', '技术', 'Technology', [inner('d2', '数据', 'Data', [subdomain('s2')])]),
    inner('e3', '制造', 'Manufacturing', [
      inner('d3', '生产', 'Production', [subdomain('s3'), subdomain('s4')]),
    ]),
  ] as IndicatorSystemInput['tree'],
  profiles: [
    { id: 'discrete', name: { zh: '离散型', en: 'Discrete' }, productionType: 'discrete' },
  ],
};

export function fixtureSystem(): IndicatorSystem {
  const result = validateIndicatorSystem(systemInput);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.system;
}

/**
 * Level 1 attained (s4.1 mostly met: 1 − 1/6·0.2 = 0.9667, a consolidation gap); level 2 at
 * 1/3 + 1/3·0.5 + 0 + 1/6·0.8 = 0.6333, not attained; nothing at level 3.
 * Maturity 1, score 0 + 0.9667 + 0.6333 = 1.60.
 */
export const SELF_ANSWERS: Record<string, AnswerChoice> = {
  's1.1': 'full',
  's2.1': 'full',
  's3.1': 'full',
  's4.1': 'most',
  's1.2': 'full',
  's2.2': 'partial',
  's3.2': 'none',
  's4.2': 'most',
};

/** The assessor's view: s2.2 and s3.2 fully met lifts level 2 to 0.9667 (maturity 2). */
export const ASSESSED_ANSWERS: Record<string, AnswerChoice> = {
  ...SELF_ANSWERS,
  's2.2': 'full',
  's3.2': 'full',
};

export function fixtureReport(answers = SELF_ANSWERS): AssessmentReport {
  return computeReport({
    system: fixtureSystem(),
    profileId: 'discrete',
    answers,
    targetLevel: 3,
  });
}

const VERSION_ID = '6b1f1c3e-7d2a-4f7e-9a51-3c2d4e5f6a7b';

/** A report response as the API sends it, built with the shared helpers the server uses. */
export function fixtureResponse(
  opts: { assessed?: AssessmentReport | null; opinion?: string } = {},
): ReportResponse {
  const system = fixtureSystem();
  const self = fixtureReport();
  const assessed = opts.assessed ?? null;
  const basis = assessed ? assessed : self;
  const tags = new Map<string, { lifecycle: LifecycleTag[]; systemLevel: SystemLevelTag[] }>();
  for (const id of Object.keys(SUBDOMAINS) as SubdomainId[])
    for (let level = 1; level <= 5; level++)
      tags.set(`${id}.${level}`, {
        lifecycle: [SUBDOMAINS[id].tags[0]],
        systemLevel: [SUBDOMAINS[id].tags[1]],
      });
  const tier = tierForLevel(basis.maturityLevel);
  const response: ReportResponse = {
    assessment: {
      id: '0c9a3f0e-2b7d-4a43-8a1e-5d8f9b7c6a10',
      title: '2026 年度自评估',
      status: assessed ? 'signed_off' : 'submitted',
      organization: {
        id: '1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
        name: '苏州精密制造有限公司',
        industry: 'automotive',
        size: 'medium',
        region: '江苏省苏州市',
      },
      version: {
        id: VERSION_ID,
        systemCode: system.code,
        version: system.version,
        name: system.name,
        draftForComments: system.draftForComments,
      },
      profileId: 'discrete',
      profileName: { zh: '离散型', en: 'Discrete' },
      targetLevel: 3,
      tailoring: [],
      submittedAt: '2026-03-02T08:00:00.000Z',
      signedOffAt: assessed ? '2026-03-20T08:00:00.000Z' : null,
      judgment: assessed ? 'adjusted' : null,
      opinion: assessed ? (opts.opinion ?? null) : null,
      assessorName: assessed ? '王评估' : null,
    },
    basis: assessed ? 'assessed' : 'self',
    self,
    selfSource: 'snapshot',
    assessed,
    assessedSource: assessed ? 'snapshot' : null,
    levelNames: [0, 1, 2, 3, 4, 5].map((level) => ({ level, name: levelName(system, level) })),
    tier,
    recommendations: weakSubdomains(basis).map((w) => ({
      ...w,
      standards:
        w.subdomainId === 's3'
          ? [
              {
                number: 'GB/T 39116-2020',
                title: { zh: '智能制造能力成熟度模型', en: 'Maturity model' },
                summary: { zh: '成熟度模型', en: 'The model' },
                frameworkCode: 'AEA',
                why: { zh: '给出计划与调度的分级要求', en: 'Levels planning and scheduling' },
              },
            ]
          : [],
      noStandardNote: w.subdomainId === 's3' ? null : noStandardNote(w.subdomainId, []),
    })),
    standardsPlan: {
      productionType: 'discrete',
      topStandards: TOP_STANDARDS,
      frameworkNote: FRAMEWORK_NOTE,
      frameworkParts: [...FRAMEWORK_PARTS],
      standards: [
        {
          number: 'GB/T 39116-2020',
          title: { zh: '智能制造能力成熟度模型', en: 'Maturity model' },
          summary: { zh: '成熟度模型', en: 'The model' },
          frameworkCode: 'AEA',
          framework: frameworkPath('AEA'),
          impact: 1 / 3,
          top: true,
          requirements: [
            {
              requirementId: 's3.2',
              subdomainName: { zh: '计划与调度', en: 'Planning and scheduling' },
              level: 2,
              text: requirementText('s3', 2),
              impact: 1 / 3,
            },
          ],
          reasons: [
            {
              subdomainId: 's3',
              subdomainName: { zh: '计划与调度', en: 'Planning and scheduling' },
              reason: { zh: '给出计划与调度的分级要求', en: 'Levels planning and scheduling' },
            },
          ],
        },
      ],
      quickWinDefinition: quickWinDefinition(),
      quickWinLimit: QUICK_WIN_RULE.maxItems,
      quickWins: [
        {
          requirementId: 's4.1',
          subdomainName: { zh: '设备管理', en: 'Equipment management' },
          level: 1,
          text: requirementText('s4', 1),
          impact: 1 / 30,
        },
      ],
    },
    heatmap: gapHeatmap(basis.gaps, (id) => tags.get(id)),
    benchmark: {
      assessmentId: '0c9a3f0e-2b7d-4a43-8a1e-5d8f9b7c6a10',
      systemCode: system.code,
      industry: 'automotive',
      sizeBand: 'medium',
      own: { score: self.score, maturityLevel: self.maturityLevel, source: 'snapshot' },
      minimumPeers: MIN_PEER_GROUP,
      groups: {
        industry: {
          available: true,
          peers: 8,
          lower: 3,
          percentile: 3 / 8,
          levelShares: { le1: 0.5, l2: 0.25, l3: 0.25, ge4: 0 },
        },
        industrySize: { available: false, reason: 'too_few_peers', peers: 2 },
      },
      national: {
        distributions: [...NATIONAL_DISTRIBUTIONS],
        positions: nationalPositions(self.maturityLevel),
        platform: { ...NATIONAL_PLATFORM_TOTALS },
      },
    },
    display: { lang: 'zh-CN', maturityLevel: '', score: '', tier: tier.label.zh },
  };
  // The fixture must be what the API may send: parse it with the contract.
  return reportResponseSchema.parse(response);
}
