import {
  ANSWER_CHOICE_LABELS,
  levelName,
  type AnswerChoice,
  type EffectiveNode,
  type Gap,
  type LocalizedText,
  type ReportLang,
  type TailoringEntry,
} from '@zhiping/shared';
import type { Tx } from '../../db/client.ts';
import type { CellValue, Sheet, SheetRow } from '../../lib/spreadsheet/sheet.ts';
import type { AccessClaims } from '../../lib/actor.ts';
import { loadReportContext, type ReportContext } from './context.ts';
import { pick } from './service.ts';

export interface AssessmentExport {
  /** ASCII file name without extension. */
  fileBase: string;
  /** The assessment's title, for a UTF-8 file name. */
  title: string;
  requirements: Sheet;
  scores: Sheet;
  roadmap: Sheet;
}

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

const REQUIREMENT_COLUMNS: [LocalizedText, number][] = [
  [t('要素', 'Element'), 10],
  [t('能力域', 'Domain'), 12],
  [t('能力子域', 'Sub-domain'), 14],
  [t('要求编号', 'Requirement ID'), 22],
  [t('等级', 'Level'), 6],
  [t('要求', 'Requirement'), 60],
  [t('范围', 'Scope'), 10],
  [t('自评答案', 'Answer'), 12],
  [t('分值', 'Value'), 8],
  [t('说明', 'Comment'), 30],
  [t('证据说明', 'Evidence notes'), 30],
  [t('证据链接', 'Evidence links'), 30],
  [t('评估答案', 'Assessed answer'), 12],
  [t('评估师意见', 'Assessor comment'), 30],
  [t('差距', 'Gap'), 6],
  [t('影响', 'Impact'), 10],
];

const SCOPE = {
  in: t('评估', 'Assessed'),
  tailored: t('已裁剪', 'Tailored out'),
  notApplicable: t('不适用', 'Not applicable'),
};
const NODE_KIND_LABELS = {
  element: t('要素', 'Element'),
  domain: t('能力域', 'Domain'),
  subdomain: t('能力子域', 'Sub-domain'),
};
const YES = t('是', 'Yes');
const NO = t('否', 'No');

/** Impact and scores are exact rationals as doubles; six decimals keep every real difference. */
const num = (x: number | null | undefined): CellValue =>
  x === null || x === undefined ? null : Number(x.toFixed(6));

function requirementSheet(ctx: ReportContext, lang: ReportLang): Sheet {
  const { scorer, version, access } = ctx;
  const L = (text: LocalizedText) => pick(text, lang);
  const scale = version.document.scoring.answerScale;
  const tailored = new Set((access.row.tailoring as TailoringEntry[]).map((x) => x.subdomainId));
  const answers = new Map(ctx.answers.map((a) => [a.requirementId, a]));
  const reviews = new Map(ctx.reviewItems.map((r) => [r.requirementId, r]));
  const gaps = new Map(ctx.basisReport.gaps.map((g) => [g.requirementId, g]));
  const rows: SheetRow[] = [
    { cells: REQUIREMENT_COLUMNS.map(([label]) => L(label)), heading: true },
  ];
  const walk = (nodes: readonly EffectiveNode[], path: EffectiveNode[]) => {
    for (const node of nodes) {
      if (node.kind !== 'subdomain') {
        walk(node.children, [...path, node]);
        continue;
      }
      const element = path.find((n) => n.kind === 'element');
      const domain = path.find((n) => n.kind === 'domain');
      const scope = node.notApplicable
        ? SCOPE.notApplicable
        : tailored.has(node.id)
          ? SCOPE.tailored
          : SCOPE.in;
      for (const r of node.requirements) {
        const answer = answers.get(r.id);
        const choice = (answer?.choice ?? null) as AnswerChoice | null;
        const evidence = answer?.evidence as { notes?: string; links?: string[] } | undefined;
        const review = reviews.get(r.id);
        const gap = gaps.get(r.id);
        rows.push({
          cells: [
            element ? L(element.name) : null,
            domain ? L(domain.name) : null,
            L(node.name),
            r.id,
            r.level,
            L(r.text),
            L(scope),
            choice ? L(ANSWER_CHOICE_LABELS[choice]) : null,
            choice && choice !== 'na' ? scale[choice] : null,
            answer?.comment || null,
            evidence?.notes || null,
            evidence?.links?.length ? evidence.links.join('\n') : null,
            review?.decision === 'adjust' && review.adjustedChoice
              ? L(ANSWER_CHOICE_LABELS[review.adjustedChoice as AnswerChoice])
              : null,
            review?.comment || null,
            L(gap ? YES : NO),
            gap ? num(gap.impact) : null,
          ],
        });
      }
    }
  };
  walk(scorer.tree, []);
  return {
    name: L(t('要求', 'Requirements')),
    widths: REQUIREMENT_COLUMNS.map(([, w]) => w),
    rows,
  };
}

function scoresSheet(ctx: ReportContext, lang: ReportLang): Sheet {
  const L = (text: LocalizedText) => pick(text, lang);
  const doc = ctx.version.document;
  const report = ctx.basisReport;
  const basis =
    ctx.basis === 'assessed' ? t('评估结果', 'Assessed') : t('自评结果', 'Self-assessed');
  const names = new Map(report.nodes.map((n) => [n.id, n.name]));
  const rows: SheetRow[] = [
    { cells: [L(t('结果依据', 'Result')), L(basis)], heading: true },
    {
      cells: [
        L(t('成熟度等级', 'Maturity level')),
        report.maturityLevel,
        L(levelName(doc, report.maturityLevel)),
      ],
    },
    { cells: [L(t('总分', 'Overall score')), num(report.score)] },
    { cells: [] },
    {
      cells: [
        L(t('等级', 'Level')),
        L(t('名称', 'Name')),
        L(t('等级得分', 'Level score')),
        L(t('达到', 'Attained')),
      ],
      heading: true,
    },
    ...report.levels.map((l) => ({
      cells: [l.level, L(levelName(doc, l.level)), num(l.score), L(l.attained ? YES : NO)],
    })),
    { cells: [] },
    {
      cells: [
        L(t('层级', 'Kind')),
        L(t('编号', 'ID')),
        L(t('名称', 'Name')),
        L(t('上级', 'Parent')),
        L(t('等级', 'Level')),
        L(t('得分', 'Score')),
        L(t('已答', 'Answered')),
        L(t('适用', 'Applicable')),
      ],
      heading: true,
    },
    ...report.nodes.map((n) => ({
      cells: [
        L(NODE_KIND_LABELS[n.kind]),
        n.id,
        L(n.name),
        n.parentId ? L(names.get(n.parentId) ?? t(n.parentId, n.parentId)) : null,
        n.level,
        num(n.score),
        n.completion.answered,
        n.completion.applicable,
      ],
    })),
  ];
  return { name: L(t('得分', 'Scores')), widths: [14, 20, 18, 14, 8, 10, 8, 8], rows };
}

function roadmapSheet(ctx: ReportContext, lang: ReportLang): Sheet {
  const L = (text: LocalizedText) => pick(text, lang);
  const doc = ctx.version.document;
  const report = ctx.basisReport;
  const requirements = new Map<string, { text: LocalizedText; subdomain: LocalizedText }>();
  const walk = (nodes: readonly EffectiveNode[]) => {
    for (const n of nodes) {
      for (const r of n.requirements) requirements.set(r.id, { text: r.text, subdomain: n.name });
      walk(n.children);
    }
  };
  walk(ctx.scorer.tree);
  const row = (phase: LocalizedText, gap: Gap, ifMet: number | null): SheetRow => {
    const r = requirements.get(gap.requirementId);
    return {
      cells: [
        L(phase),
        gap.level,
        r ? L(r.subdomain) : gap.subdomainId,
        gap.requirementId,
        r ? L(r.text) : null,
        gap.answer ? L(ANSWER_CHOICE_LABELS[gap.answer]) : L(t('未答', 'Unanswered')),
        num(gap.value),
        num(gap.impact),
        num(ifMet),
      ],
    };
  };
  const rows: SheetRow[] = [
    {
      cells: [
        L(t('阶段', 'Phase')),
        L(t('等级', 'Level')),
        L(t('能力子域', 'Sub-domain')),
        L(t('要求编号', 'Requirement ID')),
        L(t('要求', 'Requirement')),
        L(t('当前答案', 'Answer')),
        L(t('分值', 'Value')),
        L(t('影响', 'Impact')),
        L(t('累计达成后等级得分', 'Level score once met')),
      ],
      heading: true,
    },
    ...report.roadmap.flatMap((phase) => {
      const name = levelName(doc, phase.level);
      const label = t(`提升至${name.zh}`, `Reach ${name.en}`);
      return phase.items.map((item) => row(label, item, item.levelScoreIfMet));
    }),
    ...report.consolidation.map((gap) => row(t('巩固', 'Consolidate'), gap, null)),
  ];
  return { name: L(t('路线图', 'Roadmap')), widths: [18, 6, 14, 22, 60, 12, 8, 10, 14], rows };
}

/** The requirement table, the scores and the roadmap of one assessment, ready to encode. */
export async function buildAssessmentExport(
  db: Tx,
  user: AccessClaims,
  assessmentId: string,
  lang: ReportLang,
): Promise<AssessmentExport> {
  const ctx = await loadReportContext(db, user, assessmentId);
  return {
    fileBase: `zhiping-${ctx.version.systemCode}-${assessmentId.slice(0, 8)}`,
    title: ctx.access.row.title,
    requirements: requirementSheet(ctx, lang),
    scores: scoresSheet(ctx, lang),
    roadmap: roadmapSheet(ctx, lang),
  };
}
