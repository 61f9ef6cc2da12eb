import {
  changedAnswers,
  compareReports,
  FRAMEWORK_NOTE,
  FRAMEWORK_PARTS,
  gapHeatmap,
  INDUSTRIES,
  levelName,
  noStandardNote,
  ORGANIZATION_SIZES,
  QUICK_WIN_RULE,
  recommend,
  round2,
  tierForLevel,
  weakSubdomains,
  type Benchmark,
  type CatalogStandard,
  type CompareResponse,
  type Industry,
  type OrganizationSize,
  type ProductionType,
  type LocalizedText,
  type ReportLang,
  type ReportResponse,
} from '@zhiping/shared';
import type { Tx } from '../../db/client.ts';
import { ValidationError } from '../../lib/errors.ts';
import type { AccessClaims } from '../../lib/actor.ts';
import { loadAssessmentFor } from '../assessments/index.ts';
import { benchmarkFor, type BenchmarkSubject } from '../benchmarks/index.ts';
import { loadVersion, requirementIndex } from '../scoring/index.ts';
import { loadReportContext, prefetchReportReads, type ReportContext } from './context.ts';
import { createReportRepository } from './repository.ts';
import { defined } from '../../lib/invariant.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
export const pick = (text: LocalizedText, lang: ReportLang) => (lang === 'en' ? text.en : text.zh);

/** What the benchmark compares of one assessment: its stored self-assessment result. */
const benchmarkSubject = (ctx: ReportContext): BenchmarkSubject => ({
  assessmentId: ctx.access.row.id,
  organizationId: ctx.access.row.organizationId,
  systemCode: ctx.version.systemCode,
  own: ctx.selfResult,
});

/** The peer benchmark of an assessment the caller may see (modules/benchmarks). */
export async function buildBenchmark(
  db: Tx,
  user: AccessClaims,
  assessmentId: string,
): Promise<Benchmark> {
  return benchmarkFor(db, benchmarkSubject(await loadReportContext(db, user, assessmentId)));
}

type StandardRow = Awaited<
  ReturnType<ReturnType<typeof createReportRepository>['standardsOfSystem']>
>[number];

/** The system's confirmed standard links as a catalog for the recommendation engine. */
export function catalogOfLinks(
  systemCode: string,
  rows: readonly StandardRow[],
): CatalogStandard[] {
  const byNumber = new Map<string, CatalogStandard>();
  for (const r of rows) {
    const entry = byNumber.get(r.number) ?? {
      number: r.number,
      title: r.title as LocalizedText,
      summary: r.summary as LocalizedText,
      frameworkCode: r.frameworkCode,
      productionTypes: r.productionTypes as ProductionType[],
      uncertain: false,
      links: [],
    };
    entry.links.push({
      systemCode,
      subdomainId: r.subdomainId,
      reason: r.why as LocalizedText,
      minLevel: r.minLevel,
      maxLevel: r.maxLevel,
    });
    byNumber.set(r.number, entry);
  }
  return [...byNumber.values()];
}

const asIndustry = (v: string): Industry | null =>
  (INDUSTRIES as readonly string[]).includes(v) ? (v as Industry) : null;
const asSize = (v: string): OrganizationSize | null =>
  (ORGANIZATION_SIZES as readonly string[]).includes(v) ? (v as OrganizationSize) : null;

/**
 * The whole report of one assessment: self and assessed results, level names, smart-factory
 * tier, recommended standards per weak sub-domain, the gap heat map and the benchmark. The
 * web page, the exports and the PDF all start from this.
 */
export async function buildAssessmentReport(
  db: Tx,
  user: AccessClaims,
  assessmentId: string,
  opts: { lang: ReportLang } = { lang: 'zh-CN' },
): Promise<ReportResponse> {
  return (await buildReportWithCatalog(db, user, assessmentId, opts)).report;
}

/** The report and the standards catalog it recommended from (the roadmap PDF reuses both). */
export async function buildReportWithCatalog(
  db: Tx,
  user: AccessClaims,
  assessmentId: string,
  opts: { lang: ReportLang } = { lang: 'zh-CN' },
): Promise<{ report: ReportResponse; catalog: CatalogStandard[] }> {
  const repo = createReportRepository(db);
  const prefetched = prefetchReportReads(db, assessmentId);
  const loaded = await loadAssessmentFor(db, user, assessmentId);
  // The header and the system's standards do not depend on the scores: read them while the
  // answers and snapshots load, so that only the peer counts wait for the self result.
  const early = Promise.all([
    repo.header(loaded.row.id),
    loadVersion(db, loaded.row.versionId).then((v) => repo.standardsOfSystem(v.systemCode)),
  ]);
  early.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
  const ctx = await loadReportContext(db, user, assessmentId, loaded, prefetched, {
    answers: 'when-scoring',
  });
  const { access, version, scorer, basisReport } = ctx;
  const { row } = access;
  const doc = version.document;
  const weak = weakSubdomains(basisReport);
  const weakIds = new Set(weak.map((w) => w.subdomainId));
  const [[header, allLinks], benchmark] = await Promise.all([
    early,
    benchmarkFor(db, benchmarkSubject(ctx)),
  ]);
  const catalog = catalogOfLinks(version.systemCode, allLinks);
  const organization = {
    name: header?.name ?? access.organizationName,
    industry: header?.industry ?? access.organizationIndustry,
    size: header?.size ?? access.organizationSize,
  };
  // The standards a gap is pointed at: for the profile's production type and the gap's level.
  const rec = recommend(basisReport, {
    system: doc,
    profileId: basisReport.profileId,
    standards: catalog,
    industry: asIndustry(organization.industry),
    size: asSize(organization.size),
  });
  const coverage = new Map(rec.coverage.map((c) => [c.subdomainId, c]));
  const links = allLinks.filter(
    (l) => weakIds.has(l.subdomainId) && coverage.get(l.subdomainId)?.standards.includes(l.number),
  );
  const requirements = requirementIndex(scorer).requirements;
  const tier = tierForLevel(basisReport.maturityLevel);
  const profile = doc.profiles.find((p) => p.id === row.profileId);
  const quickWins = [...rec.phases.flatMap((p) => p.items), ...rec.consolidation]
    .filter((i) => i.quickWin)
    .sort((a, b) => b.impact - a.impact);
  const report: ReportResponse = {
    assessment: {
      id: row.id,
      title: row.title,
      status: row.status as ReportResponse['assessment']['status'],
      organization: {
        id: row.organizationId,
        ...organization,
        region: header?.region ?? '',
      },
      version: {
        id: version.id,
        systemCode: version.systemCode,
        version: version.version,
        name: doc.name,
        draftForComments: doc.draftForComments,
      },
      profileId: row.profileId,
      profileName: profile?.name ?? { zh: row.profileId, en: row.profileId },
      targetLevel: row.targetLevel,
      tailoring: row.tailoring as ReportResponse['assessment']['tailoring'],
      submittedAt: iso(row.submittedAt),
      signedOffAt: iso(row.signedOffAt),
      judgment: row.judgment,
      opinion: row.opinion,
      assessorName: header?.assessorName ?? null,
    },
    basis: ctx.basis,
    self: ctx.self,
    selfSource: ctx.selfSource,
    assessed: ctx.assessed,
    assessedSource: ctx.assessedSource,
    levelNames: [0, 1, 2, 3, 4, 5].map((level) => ({ level, name: levelName(doc, level) })),
    tier,
    recommendations: weak.map((w) => ({
      ...w,
      standards: links
        .filter((l) => l.subdomainId === w.subdomainId)
        .map((l) => ({
          number: l.number,
          title: l.title as LocalizedText,
          summary: l.summary as LocalizedText,
          frameworkCode: l.frameworkCode,
          why: l.why as LocalizedText,
        })),
      // A sub-domain weak only by its node score has no gap to point a standard at.
      noStandardNote: coverage.get(w.subdomainId)?.note ?? noStandardNote(w.subdomainId, []),
    })),
    standardsPlan: {
      productionType: rec.productionType,
      topStandards: rec.topStandards,
      frameworkNote: FRAMEWORK_NOTE,
      frameworkParts: FRAMEWORK_PARTS.map((p) => ({ code: p.code, label: p.label })),
      standards: rec.standards.map((u) => ({
        number: u.standard.number,
        title: u.standard.title,
        summary: u.standard.summary,
        frameworkCode: u.standard.frameworkCode,
        framework: u.standard.framework,
        impact: u.impact,
        top: u.top,
        requirements: u.requirements,
        reasons: u.reasons,
      })),
      quickWinDefinition: rec.quickWinDefinition,
      quickWinLimit: QUICK_WIN_RULE.maxItems,
      quickWins: quickWins.map((i) => ({
        requirementId: i.requirementId,
        subdomainName: i.subdomainName,
        level: i.level,
        text: i.requirement,
        impact: i.impact,
      })),
    },
    heatmap: gapHeatmap(basisReport.gaps, (id) => requirements.get(id)?.tags),
    benchmark,
    display: {
      lang: opts.lang,
      maturityLevel: pick(levelName(doc, basisReport.maturityLevel), opts.lang),
      score: round2(basisReport.score).toFixed(2),
      tier: pick(tier.label, opts.lang),
    },
  };
  return { report, catalog };
}

/**
 * Two assessments of one enterprise on one indicator system, b against a (deltas are b − a),
 * each by its official result (assessed once signed off, else self). Versions may differ:
 * nodes and requirements are matched by id and those on one side only are flagged.
 */
export async function compareAssessments(
  db: Tx,
  user: AccessClaims,
  aId: string,
  bId: string,
): Promise<CompareResponse> {
  if (aId === bId) {
    throw new ValidationError([
      { field: 'querystring.b', message: 'compare two different assessments' },
    ]);
  }
  const [accessA, accessB] = await Promise.all([
    loadAssessmentFor(db, user, aId),
    loadAssessmentFor(db, user, bId),
  ]);
  if (accessA.row.organizationId !== accessB.row.organizationId) {
    throw new ValidationError([
      { field: 'querystring.b', message: 'both assessments must belong to the same enterprise' },
    ]);
  }
  const [a, b] = await Promise.all([
    loadReportContext(db, user, aId, accessA),
    loadReportContext(db, user, bId, accessB),
  ]);
  if (a.version.systemCode !== b.version.systemCode) {
    throw new ValidationError([
      {
        field: 'querystring.b',
        message: `assessment b uses indicator system ${b.version.systemCode}, a uses ${a.version.systemCode}`,
      },
    ]);
  }
  const reqA = requirementIndex(a.scorer).requirements;
  const reqB = requirementIndex(b.scorer).requirements;
  const side = (c: ReportContext) => ({
    id: c.access.row.id,
    title: c.access.row.title,
    status: c.access.row.status as CompareResponse['a']['status'],
    version: { id: c.version.id, systemCode: c.version.systemCode, version: c.version.version },
    basis: c.basis,
    createdAt: c.access.row.createdAt.toISOString(),
    submittedAt: iso(c.access.row.submittedAt),
  });
  const changes = changedAnswers(
    a.basisAnswers,
    b.basisAnswers,
    [...reqA.keys()],
    [...reqB.keys()],
  );
  return {
    a: side(a),
    b: side(b),
    ...compareReports(a.basisReport, b.basisReport),
    changedAnswers: changes.map((c) => {
      const r = defined(
        reqB.get(c.requirementId) ?? reqA.get(c.requirementId),
        `requirement ${c.requirementId}`,
      );
      return { ...c, subdomainId: r.subdomainId, level: r.level, text: r.text };
    }),
  };
}
