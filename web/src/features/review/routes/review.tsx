import type { AnswerView, AssessmentView, EvidenceFileView } from '@zhiping/shared/api/assessments';
import type { ReviewView } from '@zhiping/shared/api/reviews';
import { effectiveTree } from '@zhiping/shared/indicator-system/profile';
import type { IndicatorSystem } from '@zhiping/shared/indicator-system/schema';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useAnswers } from '../../../lib/api/get-answers.ts';
import { useAssessment } from '../../../lib/api/get-assessment.ts';
import { useVersionDocument } from '../../../lib/api/get-version-document.ts';
import { useSession } from '../../../lib/session.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useEvidenceFiles } from '../api/get-evidence-files.ts';
import { useReview } from '../api/get-review.ts';
import { FindingsPanel } from '../components/findings-panel.tsx';
import { ReviewHeader } from '../components/review-header.tsx';
import { ReviewSectionView } from '../components/review-section.tsx';
import { SectionNav } from '../components/section-nav.tsx';
import { groupBy, reviewAbilities, reviewSections, type RequirementReview } from '../model.ts';
import '../review.css';

/** /review/:id — one assessment under review, sub-domain by sub-domain. */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const session = useSession();
  const review = useReview(id);
  const assessment = useAssessment(id);
  const version = useVersionDocument(assessment.data?.version.id);
  const answers = useAnswers(id);
  const evidence = useEvidenceFiles(id);
  useDocumentTitle(
    assessment.data ? `${assessment.data.title} · ${t('review.title')}` : t('review.title'),
  );

  const failed = [review, assessment, version, answers, evidence].find((q) => q.isError);
  if (failed?.error instanceof ApiError && failed.error.status === 404)
    return (
      <section className="page">
        <div role="alert" className="error-box">
          <p>{t('review.notFound')}</p>
          <Link to="/review">{t('review.backToQueue')}</Link>
        </div>
      </section>
    );
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (
    !review.data ||
    !assessment.data ||
    !version.data ||
    !answers.data ||
    !evidence.data ||
    session.status !== 'authenticated'
  )
    return <LoadingState label={t('review.loading')} />;

  return (
    <Workspace
      review={review.data}
      assessment={assessment.data}
      document={version.data.document}
      answers={answers.data.answers}
      files={evidence.data}
      user={session.user}
    />
  );
}

function Workspace({
  review,
  assessment,
  document,
  answers,
  files,
  user,
}: {
  review: ReviewView;
  assessment: AssessmentView;
  document: IndicatorSystem;
  answers: AnswerView[];
  files: EvidenceFileView[];
  user: { id: string; role: string };
}) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const sections = useMemo(
    () => reviewSections(effectiveTree(document, assessment.profileId), assessment.tailoring),
    [document, assessment.profileId, assessment.tailoring],
  );
  const items = useMemo(
    () => new Map(review.items.map((i) => [i.requirementId, i])),
    [review.items],
  );
  const findingsBy = useMemo(
    () => groupBy(review.findings, (f) => f.requirementId),
    [review.findings],
  );
  const filesBy = useMemo(() => groupBy(files, (f) => f.requirementId), [files]);
  const answerBy = useMemo(() => new Map(answers.map((a) => [a.requirementId, a])), [answers]);
  const can = reviewAbilities(review, user);

  const tab = params.get('tab') === 'findings' ? 'findings' : 'items';
  const firstOpen = sections.find((s) => !s.tailored) ?? sections[0];
  const index = Math.max(
    0,
    sections.findIndex((s) => s.node.id === (params.get('s') ?? firstOpen?.node.id)),
  );
  const section = sections[index];

  const go = (patch: { s?: string; tab?: 'items' | 'findings' }) => {
    const next = new URLSearchParams(params);
    if (patch.s) next.set('s', patch.s);
    if (patch.tab === 'findings') next.set('tab', 'findings');
    else if (patch.tab === 'items') next.delete('tab');
    setParams(next, { replace: patch.tab === undefined });
  };
  const select = (s: string) => {
    go({ s, tab: 'items' });
    setFocusTarget('r-section-title');
  };
  const jump = (requirementId: string) => {
    const target = sections.find((s) => s.requirements.some((r) => r.id === requirementId));
    if (!target) return;
    go({ s: target.node.id, tab: 'items' });
    setFocusTarget(`req-${requirementId}`);
  };
  useEffect(() => {
    if (!focusTarget) return;
    const el = window.document.getElementById(focusTarget);
    if (el) {
      el.scrollIntoView({ block: 'start' });
      el.focus({ preventScroll: true });
    }
    setFocusTarget(null);
  }, [focusTarget, section, tab]);

  const rows: RequirementReview[] = section
    ? section.requirements.map((requirement) => ({
        requirement,
        answer: answerBy.get(requirement.id) ?? null,
        item: items.get(requirement.id) ?? null,
        files: filesBy.get(requirement.id) ?? [],
        findings: findingsBy.get(requirement.id) ?? [],
      }))
    : [];
  const unresolved = review.findings.filter((f) => f.status !== 'verified').length;

  return (
    <section className="page review-page" data-testid="review-page">
      <ReviewHeader assessment={assessment} review={review} can={can} />
      <div className="tabs" role="tablist" aria-label={t('review.tabs.label')}>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'items'}
          className={tab === 'items' ? 'active' : ''}
          onClick={() => go({ tab: 'items' })}
        >
          {t('review.tabs.items')}
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'findings'}
          className={tab === 'findings' ? 'active' : ''}
          onClick={() => go({ tab: 'findings' })}
          data-testid="findings-tab"
        >
          {t('review.tabs.findings')}
          {review.findings.length > 0 && (
            <span className={`badge${unresolved ? ' badge-warn' : ''}`}>
              {unresolved ? `${unresolved}/${review.findings.length}` : review.findings.length}
            </span>
          )}
        </button>
      </div>
      {tab === 'findings' ? (
        <FindingsPanel
          assessmentId={review.assessmentId}
          findings={review.findings}
          canRaise={can.work}
          canAct={can.work}
          onJump={jump}
        />
      ) : section ? (
        <div className="r-body">
          <SectionNav
            sections={sections}
            current={section.node.id}
            items={items}
            findings={findingsBy}
            onSelect={select}
          />
          <ReviewSectionView
            review={review}
            section={section}
            rows={rows}
            canWork={can.work}
            previous={sections[index - 1]}
            next={sections[index + 1]}
            onSelect={select}
          />
        </div>
      ) : (
        <div className="empty-state">
          <p>{t('review.noSections')}</p>
        </div>
      )}
    </section>
  );
}
