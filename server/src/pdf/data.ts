import {
  effectiveTree,
  gapHeatmap,
  INDUSTRIES,
  INDUSTRY_NAMES,
  NATIONAL_DISTRIBUTIONS,
  NATIONAL_PLATFORM_TOTALS,
  ORGANIZATION_SIZES,
  ORGANIZATION_SIZE_NAMES,
  levelName,
  nationalBand,
  recommend,
  tierForLevel,
  type AssessmentReport,
  type Benchmark,
  type GapHeatmap,
  type CatalogStandard,
  type IndicatorSystem,
  type Industry,
  type LocalizedText,
  type OrganizationSize,
  type RequirementTags,
} from '@zhiping/shared';
import type {
  PdfBenchmark,
  PdfGap,
  PdfLevel,
  PdfResult,
  PdfSubdomain,
  RoadmapPdfData,
} from './types.ts';

export interface RoadmapDataInput {
  generatedAt?: Date | undefined;
  enterprise: { name: string; industry: string; size: string; region: string };
  assessment: { id: string; title: string; status: string; submittedAt: Date | null };
  /** The pinned version's document. */
  system: IndicatorSystem;
  self: AssessmentReport;
  assessed: AssessmentReport | null;
  /** Which report the roadmap speaks of; 'assessed' needs `assessed`. */
  basis: 'self' | 'assessed';
  review: RoadmapPdfData['review'];
  standards: readonly CatalogStandard[];
  /** The report's benchmark; without one the national figures alone are shown. */
  benchmark?: Benchmark | null | undefined;
  /** The report's heat map; computed from the version's requirement tags when not given. */
  heatmap?: GapHeatmap | null | undefined;
}

const isIndustry = (v: string): v is Industry => (INDUSTRIES as readonly string[]).includes(v);
const isSize = (v: string): v is OrganizationSize =>
  (ORGANIZATION_SIZES as readonly string[]).includes(v);
const plain = (s: string): LocalizedText => ({ zh: s, en: s });

function resultOf(system: IndicatorSystem, report: AssessmentReport): PdfResult {
  return {
    maturityLevel: report.maturityLevel,
    levelName: levelName(system, report.maturityLevel),
    score: report.score,
  };
}

function subdomainsOf(
  basis: AssessmentReport,
  self: AssessmentReport,
  assessed: AssessmentReport | null,
): PdfSubdomain[] {
  const byId = new Map(basis.nodes.map((n) => [n.id, n]));
  const selfOf = new Map(self.nodes.map((n) => [n.id, n]));
  const assessedOf = new Map((assessed?.nodes ?? []).map((n) => [n.id, n]));
  return basis.nodes
    .filter((n) => n.kind === 'subdomain')
    .map((n) => {
      const path: string[][] = [];
      for (let p = n.parentId; p !== null;) {
        const parent = byId.get(p);
        if (!parent) break;
        if (parent.name.zh !== n.name.zh) path.unshift([parent.name.zh, parent.name.en]);
        p = parent.parentId;
      }
      const s = selfOf.get(n.id);
      return {
        id: n.id,
        name: n.name,
        path: path.length
          ? { zh: path.map((x) => x[0]).join(' / '), en: path.map((x) => x[1]).join(' / ') }
          : null,
        self: s?.score ?? null,
        selfLevel: s?.level ?? null,
        assessed: assessedOf.get(n.id)?.score ?? null,
        effectiveWeights: n.effectiveWeights,
        tailoredOut: n.tailoredOut,
        notApplicable: n.notApplicable,
      };
    });
}

function benchmarkOf(level: number, benchmark: Benchmark | null | undefined): PdfBenchmark {
  const band = nationalBand(level);
  const national = (benchmark?.national.distributions ?? NATIONAL_DISTRIBUTIONS).map((d) => ({
    year: d.year,
    report: d.report,
    source: d.source,
    sampleLabel: d.sampleLabel,
    percent: { ...d.percent },
  }));
  const platform = benchmark?.national.platform ?? NATIONAL_PLATFORM_TOTALS;
  const peers = benchmark
    ? (
        [
          [{ zh: '同行业', en: 'Same industry' }, benchmark.groups.industry],
          [{ zh: '同行业同规模', en: 'Same industry and size' }, benchmark.groups.industrySize],
        ] as const
      ).map(([label, g]) => ({
        label,
        available: g.available,
        peers: g.peers,
        percentile: g.available ? g.percentile : null,
      }))
    : [];
  return {
    band,
    national,
    platform: {
      asOf: platform.asOf,
      selfAssessed: platform.selfAssessed,
      levelTwoOrAbove: platform.levelTwoOrAbove,
    },
    peers,
    minimumPeers: benchmark?.minimumPeers ?? null,
  };
}

function heatmapOf(system: IndicatorSystem, report: AssessmentReport): GapHeatmap {
  const tags = new Map<string, RequirementTags>();
  const walk = (nodes: ReturnType<typeof effectiveTree>) => {
    for (const n of nodes) {
      for (const r of n.requirements) tags.set(r.id, r.tags);
      walk(n.children);
    }
  };
  walk(effectiveTree(system, report.profileId));
  return gapHeatmap(report.gaps, (id) => tags.get(id));
}

/** The PDF's data from engine reports: recommendations computed here, nothing else looked up. */
export function roadmapPdfData(input: RoadmapDataInput): RoadmapPdfData {
  const { system, self, assessed } = input;
  const basisReport = input.basis === 'assessed' && assessed ? assessed : self;
  const industry = isIndustry(input.enterprise.industry) ? input.enterprise.industry : null;
  const size = isSize(input.enterprise.size) ? input.enterprise.size : null;
  const recommendations = recommend(basisReport, {
    system,
    profileId: basisReport.profileId,
    standards: input.standards,
    industry,
    size,
  });
  const texts = new Map(
    [...recommendations.phases.flatMap((p) => p.items), ...recommendations.consolidation].map(
      (i) => [i.requirementId, i] as const,
    ),
  );
  const gaps: PdfGap[] = basisReport.gaps.map((g) => {
    const item = texts.get(g.requirementId);
    return {
      requirementId: g.requirementId,
      subdomainName: item?.subdomainName ?? plain(g.subdomainId),
      level: g.level,
      requirement: item?.requirement ?? plain(g.requirementId),
      answer: g.answer,
      impact: g.impact,
      kind: g.kind,
    };
  });
  const levels: PdfLevel[] = self.levels.map((l, i) => ({
    level: l.level,
    name: levelName(system, l.level),
    self: l.score,
    selfAttained: l.attained,
    assessed: assessed?.levels[i]?.score ?? null,
    assessedAttained: assessed?.levels[i]?.attained ?? false,
  }));
  const subdomainNames = new Map(basisReport.nodes.map((n) => [n.id, n.name]));
  const profile = system.profiles.find((p) => p.id === basisReport.profileId);
  return {
    generatedAt: input.generatedAt ?? new Date(),
    enterprise: {
      name: input.enterprise.name,
      industry: industry ? INDUSTRY_NAMES[industry] : plain(input.enterprise.industry),
      size: size ? ORGANIZATION_SIZE_NAMES[size] : plain(input.enterprise.size),
      region: input.enterprise.region,
    },
    assessment: input.assessment,
    system: {
      code: system.code,
      version: system.version,
      name: system.name,
      draftForComments: system.draftForComments,
    },
    profileName: profile?.name ?? plain(basisReport.profileId),
    targetLevel: basisReport.targetLevel,
    targetLevelName: levelName(system, basisReport.targetLevel),
    basis: basisReport === self ? 'self' : 'assessed',
    result: resultOf(system, basisReport),
    self: resultOf(system, self),
    assessed: assessed ? resultOf(system, assessed) : null,
    review: input.review,
    tier: tierForLevel(basisReport.maturityLevel).label,
    tierName: tierForLevel(basisReport.maturityLevel).highest?.label ?? null,
    levels,
    subdomains: subdomainsOf(basisReport, self, assessed),
    tailoring: basisReport.tailoring.map((t) => ({
      subdomainName: subdomainNames.get(t.subdomainId) ?? plain(t.subdomainId),
      reason: t.reason,
    })),
    gaps,
    recommendations,
    benchmark: benchmarkOf(basisReport.maturityLevel, input.benchmark),
    heatmap: input.heatmap ?? heatmapOf(system, basisReport),
    parameters: basisReport.parameters,
  };
}
