import type { ReportResponse } from '@zhiping/shared/api/reports';
import { BELOW_LEVEL_ONE } from '@zhiping/shared/scoring/labels';
import { useMemo, type ReactNode } from 'react';
import { useI18n, type MessageKey } from '../../../i18n/index.tsx';
import { fmt2, nodeNames, type RequirementInfo } from '../model.ts';
import { AdjustmentList } from '../../../components/review/adjustment-list.tsx';
import { useAdjustments } from '../../../lib/api/get-adjustments.ts';
import { AssessorJudgment } from './assessor-judgment.tsx';
import { BenchmarkPanel } from './benchmark-panel.tsx';
import { GapHeatmap } from './gap-heatmap.tsx';
import { GapTable } from './gap-table.tsx';
import { LevelExplanations } from './level-explanations.tsx';
import { NodeScoreTable } from './node-score-table.tsx';
import { RecommendedStandards } from './recommended-standards.tsx';
import { ReportActions } from './report-actions.tsx';
import { ReportCharts } from './report-charts.tsx';
import { ReportHeadline } from './report-headline.tsx';
import { RoadmapPhases } from './roadmap-phases.tsx';

export interface ReportViewProps {
  data: ReportResponse;
  /** Requirement texts from the pinned version; empty while the document loads. */
  requirements: Map<string, RequirementInfo>;
}

function Section({
  id,
  title,
  lead,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
  children: ReactNode;
}) {
  return (
    <section className="report-section" aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {lead && <p className="muted section-lead">{lead}</p>}
      {children}
    </section>
  );
}

/** The whole report of one assessment, from the API's report and the version's texts. */
export function ReportView({ data, requirements }: ReportViewProps) {
  const { t, pick } = useI18n();
  const { assessment, self, assessed } = data;
  const primary = data.basis === 'assessed' && assessed ? assessed : self;

  const levelName = useMemo(() => {
    const names = new Map(data.levelNames.map((l) => [l.level, l.name]));
    return (level: number) =>
      pick(
        names.get(level) ??
          (level === 0 ? BELOW_LEVEL_ONE : { zh: `${level} 级`, en: `Level ${level}` }),
      );
  }, [data.levelNames, pick]);
  const subdomainNames = useMemo(() => nodeNames(primary, pick), [primary, pick]);
  const target = levelName(assessment.targetLevel);
  const tailored = assessment.tailoring;
  const threshold = primary.parameters.threshold;
  const scale = primary.parameters.answerScale;
  // The enterprise sees the assessor's adjustments once returned or signed off (server rule).
  const reviewed = assessment.status === 'returned' || assessment.status === 'signed_off';
  const adjustments = useAdjustments(assessment.id, { enabled: reviewed });
  const notices: MessageKey[] = [];
  if (data.selfSource === 'live') notices.push('report.notice.liveSelf');
  if (assessed && data.assessedSource === 'live') notices.push('report.notice.liveAssessed');

  // Side by side with the assessor's result it belongs near the top; alone it is detail.
  const scores = (
    <Section
      id="scores"
      title={t(assessed ? 'report.section.scoresCompared' : 'report.section.scores')}
    >
      <NodeScoreTable self={self} assessed={assessed} levelName={levelName} />
    </Section>
  );

  return (
    <article className="report" data-testid="report">
      {notices.map((n) => (
        <p key={n} className="notice" role="note">
          {t(n)}
        </p>
      ))}
      <ReportHeadline
        title={assessment.title}
        enterprise={assessment.organization.name}
        systemName={pick(assessment.version.name)}
        systemVersion={assessment.version.version}
        draftForComments={assessment.version.draftForComments}
        profileName={pick(assessment.profileName)}
        status={assessment.status}
        resultKind={primary === assessed ? 'assessed' : 'self'}
        levelName={levelName(primary.maturityLevel)}
        score={primary.score}
        tierLabel={pick(data.tier.label)}
        targetLevelName={target}
        completion={primary.completion}
        submittedAt={assessment.submittedAt}
      />
      <ReportActions assessmentId={assessment.id} title={assessment.title} />

      <Section id="charts" title={t('report.section.charts')}>
        <ReportCharts self={self} assessed={assessed} levelName={levelName} />
      </Section>

      {assessed && (
        <Section id="review" title={t('report.section.review')}>
          <AssessorJudgment
            judgment={assessment.judgment}
            opinion={assessment.opinion}
            assessorName={assessment.assessorName}
            signedOffAt={assessment.signedOffAt}
            selfLevelName={`${levelName(self.maturityLevel)} · ${fmt2(self.score)}`}
            assessedLevelName={`${levelName(assessed.maturityLevel)} · ${fmt2(assessed.score)}`}
          />
        </Section>
      )}
      {assessed && scores}

      {reviewed && adjustments.data && adjustments.data.length > 0 && (
        <Section
          id="adjustments"
          title={t('report.section.adjustments')}
          lead={t('report.adjustments.lead')}
        >
          <AdjustmentList
            items={adjustments.data}
            textOf={(id) => {
              const info = requirements.get(id);
              return info
                ? { text: info.text, subdomain: subdomainNames.get(info.subdomainId) }
                : undefined;
            }}
          />
        </Section>
      )}

      <Section id="why" title={t('report.section.why')} lead={t('report.why.lead')}>
        <LevelExplanations report={primary} requirements={requirements} levelName={levelName} />
      </Section>

      <Section
        id="roadmap"
        title={t('report.section.roadmap')}
        lead={t('report.roadmap.lead', { target })}
      >
        <RoadmapPhases
          phases={primary.roadmap}
          threshold={threshold}
          requirements={requirements}
          subdomainNames={subdomainNames}
          levelName={levelName}
          maturityLevelName={levelName(primary.maturityLevel)}
          targetLevelName={target}
          consolidationCount={primary.consolidation.length}
        />
      </Section>

      <Section
        id="gaps"
        title={t('report.section.gaps')}
        lead={t('report.gaps.lead', { target, count: primary.gaps.length })}
      >
        <GapTable
          gaps={primary.gaps}
          requirements={requirements}
          subdomainNames={subdomainNames}
          levelName={levelName}
        />
      </Section>

      <Section
        id="standards"
        title={t('report.section.standards')}
        lead={t('report.standards.lead')}
      >
        <RecommendedStandards
          recommendations={data.recommendations}
          plan={data.standardsPlan}
          levelName={levelName}
        />
      </Section>

      <Section id="heatmap" title={t('report.section.heatmap')} lead={t('report.heatmap.lead')}>
        <GapHeatmap heatmap={data.heatmap} />
      </Section>

      <Section id="benchmark" title={t('report.section.benchmark')}>
        <BenchmarkPanel benchmark={data.benchmark} />
      </Section>
      {!assessed && scores}

      <Section id="method" title={t('report.section.method')}>
        <p className="muted">
          {t('report.method.scale', {
            full: scale.full,
            most: scale.most,
            partial: scale.partial,
            none: scale.none,
          })}{' '}
          {t(
            primary.parameters.thresholdInclusive
              ? 'report.method.thresholdGe'
              : 'report.method.thresholdGt',
            {
              threshold: fmt2(threshold),
            },
          )}{' '}
          {t('report.method.overall')}
        </p>
        {tailored.length > 0 && (
          <>
            <h3>{t('report.method.tailoring')}</h3>
            <ul className="tailoring-list">
              {tailored.map((entry) => (
                <li key={entry.subdomainId}>
                  <strong>{subdomainNames.get(entry.subdomainId) ?? entry.subdomainId}</strong>
                  {t('report.method.reasonSeparator')}
                  {entry.reason}
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>
    </article>
  );
}
