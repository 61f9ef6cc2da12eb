import type { AnswerView, AssessmentView, EvidenceFileView } from '@zhiping/shared/api/assessments';
import type { FindingView } from '@zhiping/shared/api/reviews';
import { effectiveTree } from '@zhiping/shared/indicator-system/profile';
import type { IndicatorSystem } from '@zhiping/shared/indicator-system/schema';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { AdjustmentList } from '../../../components/review/adjustment-list.tsx';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useAdjustments } from '../../../lib/api/get-adjustments.ts';
import { useAnswers } from '../../../lib/api/get-answers.ts';
import { useAssessment } from '../../../lib/api/get-assessment.ts';
import { useFindings } from '../../../lib/api/get-findings.ts';
import { useVersionDocument } from '../../../lib/api/get-version-document.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { useEvidenceFiles } from '../api/get-evidence-files.ts';
import { useResubmitAssessment } from '../api/resubmit-assessment.ts';
import { FindingGroupCard } from '../components/finding-group-card.tsx';
import { MissingList } from '../components/missing-list.tsx';
import { ResubmitPanel } from '../components/resubmit-panel.tsx';
import { useRectification } from '../hooks/use-rectification.ts';
import { groupFindings, requirementPlaces, type FindingGroup, type Missing } from '../model.ts';
import '../rectification.css';

function Rectification({
  assessment,
  system,
  answers,
  findings,
  files,
}: {
  assessment: AssessmentView;
  system: IndicatorSystem;
  answers: AnswerView[];
  findings: FindingView[];
  files: EvidenceFileView[];
}) {
  const { t, pick } = useI18n();
  const editable = assessment.status === 'returned';
  const places = useMemo(
    () => requirementPlaces(effectiveTree(system, assessment.profileId)),
    [system, assessment.profileId],
  );
  const groups = useMemo(() => groupFindings(findings, places), [findings, places]);
  const answerBy = useMemo(() => new Map(answers.map((a) => [a.requirementId, a])), [answers]);
  const findingBy = useMemo(() => new Map(findings.map((f) => [f.id, f])), [findings]);
  const fileCount = useMemo(() => {
    const m = new Map<string, number>();
    for (const f of files) m.set(f.requirementId, (m.get(f.requirementId) ?? 0) + 1);
    return m;
  }, [files]);
  const adjustments = useAdjustments(assessment.id);
  const rect = useRectification({ assessmentId: assessment.id, answers: answerBy, editable });
  const [missing, setMissing] = useState<Missing | null>(null);
  const resubmit = useResubmitAssessment(assessment.id);
  const resubmitted = resubmit.isSuccess;
  useEffect(() => {
    if (resubmitted) window.scrollTo({ top: 0 });
  }, [resubmitted]);
  const flagged = useMemo(
    () => new Set(missing?.kind === 'responses' ? missing.findingIds : []),
    [missing],
  );

  const card = (g: FindingGroup) => (
    <FindingGroupCard
      key={g.key}
      assessmentId={assessment.id}
      group={g}
      answer={g.requirementId ? answerBy.get(g.requirementId) : undefined}
      fileCount={g.requirementId ? (fileCount.get(g.requirementId) ?? 0) : 0}
      editable={editable}
      flagged={flagged}
      rect={rect}
    />
  );

  return (
    <section className="page rect-page" data-testid="rectification">
      <div className="page-head">
        <div>
          <p className="small">
            <Link to="/dashboard">← {t('rect.back')}</Link>
          </p>
          <h1>
            {t('rect.title')} · {assessment.title}
          </h1>
          <p className="muted small">
            <span className={`status status-${assessment.status}`} data-testid="rect-status">
              {t(`status.${assessment.status}`)}
            </span>
          </p>
        </div>
      </div>

      {resubmitted ? (
        <div className="notice rect-done-notice" role="status" data-testid="rect-resubmitted">
          <p>{t('rect.resubmit.done')}</p>
          <Link to="/dashboard">{t('rect.back')}</Link>
        </div>
      ) : editable ? (
        <p className="lead rect-lead">{t('rect.lead')}</p>
      ) : (
        <div className="notice" role="status">
          <p>
            {assessment.status === 'in_review' || assessment.status === 'signed_off'
              ? t(`rect.state.${assessment.status}`)
              : t('rect.state.other', { status: t(`status.${assessment.status}`) })}
          </p>
          <Link to={`/assessments/${assessment.id}/report`}>{t('rect.toReport')}</Link>
        </div>
      )}

      {editable && (
        <ResubmitPanel
          groups={groups.open}
          rect={rect}
          resubmit={resubmit}
          onMissing={setMissing}
        />
      )}
      {editable && missing && (
        <MissingList
          assessmentId={assessment.id}
          missing={missing}
          findings={findingBy}
          places={places}
          answers={answerBy}
          groups={groups.open}
        />
      )}

      {editable && (
        <>
          <h2>{t('rect.open.title')}</h2>
          {groups.open.length > 0 ? (
            groups.open.map(card)
          ) : (
            <div className="empty-state">
              <p>{t('rect.open.none')}</p>
            </div>
          )}
        </>
      )}
      {adjustments.data && adjustments.data.length > 0 && (
        <section className="rect-adjustments" aria-labelledby="rect-adjustments-title">
          <h2 id="rect-adjustments-title">{t('report.section.adjustments')}</h2>
          <p className="muted">{t('rect.adjustments.lead')}</p>
          <AdjustmentList
            items={adjustments.data}
            textOf={(id) => {
              const place = places.get(id);
              if (!place) return undefined;
              const sub = place.path.at(-1);
              return { text: place.requirement.text, subdomain: sub ? pick(sub.name) : undefined };
            }}
          />
        </section>
      )}
      {groups.closed.length > 0 &&
        (editable ? (
          <details className="rect-closed">
            <summary>{t('rect.closed.title', { count: groups.closed.length })}</summary>
            {groups.closed.map(card)}
          </details>
        ) : (
          <>
            <h2>{t('rect.closed.title', { count: groups.closed.length })}</h2>
            {groups.closed.map(card)}
          </>
        ))}
    </section>
  );
}

/** /assessments/:id/rectification — 弱项整改, the enterprise's side of a returned assessment. */
export function Component() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const assessment = useAssessment(id);
  const answers = useAnswers(id);
  const findings = useFindings(id);
  const files = useEvidenceFiles(id);
  const doc = useVersionDocument(assessment.data?.version.id);
  useDocumentTitle(
    assessment.data ? `${t('rect.title')} · ${assessment.data.title}` : t('rect.title'),
  );

  const failed = [assessment, answers, findings, doc].find((q) => q.isError);
  if (failed?.error instanceof ApiError && failed.error.status === 404)
    return (
      <section className="page">
        <div className="error-box" role="alert">
          <p>{t('rect.notFound')}</p>
          <Link to="/dashboard">{t('rect.back')}</Link>
        </div>
      </section>
    );
  if (failed)
    return (
      <section className="page">
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
      </section>
    );
  // The evidence files only add a count: without them the page still works.
  if (!assessment.data || !answers.data || !findings.data || !doc.data || files.isPending)
    return <LoadingState label={t('rect.loading')} />;
  return (
    <Rectification
      key={id}
      assessment={assessment.data}
      system={doc.data.document}
      answers={answers.data.answers}
      findings={findings.data}
      files={files.data ?? []}
    />
  );
}
