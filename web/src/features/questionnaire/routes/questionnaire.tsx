import { useQuery } from '@tanstack/react-query';
import type { AnswersResponse, AssessmentView } from '@zhiping/shared/api/assessments';
import type { AnswerChoice, IndicatorSystem, Level } from '@zhiping/shared/indicator-system/schema';
import { prepareScoring } from '@zhiping/shared/scoring/report';
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/ui/query-state.tsx';
import { useI18n } from '../../../i18n/index.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { answersQueryOptions, getAnswers } from '../../../lib/api/get-answers.ts';
import { useAssessment } from '../../../lib/api/get-assessment.ts';
import { useFindings } from '../../../lib/api/get-findings.ts';
import { useVersionDocument } from '../../../lib/api/get-version-document.ts';
import { useDocumentTitle } from '../../../lib/use-document-title.ts';
import { answerFromView } from '../api/save-answers.ts';
import type { AnswerEdit } from '../autosave-queue.ts';
import { IncompleteList } from '../components/incomplete-list.tsx';
import { LivePreview } from '../components/live-preview.tsx';
import { QuestionnaireHeader } from '../components/questionnaire-header.tsx';
import { QuestionnaireNav } from '../components/questionnaire-nav.tsx';
import { SectionPane } from '../components/section-pane.tsx';
import { SubmitConfirm } from '../components/submit-confirm.tsx';
import { useAutosave } from '../hooks/use-autosave.ts';
import { useKeyboardAnswering, useKeyboardPreference } from '../hooks/use-keyboard-answering.ts';
import { useQuestionnaireSubmit } from '../hooks/use-submit.ts';
import { buildOutline, firstUnanswered, neighbour, progressOf } from '../outline.ts';
import { useAssessmentQuickScan } from '../../quick-scan/api/quick-scan.ts';
import {
  QuickScanGuide,
  QuickScanNavNote,
  useWeakestFirst,
} from '../../quick-scan/components/questionnaire-guide.tsx';
import { weakestFirstOutline } from '../../quick-scan/outline-order.ts';

const EDITABLE = new Set(['draft', 'returned']);

function Questionnaire({
  assessment,
  system,
  loaded,
}: {
  assessment: AssessmentView;
  system: IndicatorSystem;
  loaded: AnswersResponse;
}) {
  const { t, pick } = useI18n();
  const editable = EDITABLE.has(assessment.status);
  // Returned for 弱项整改: only requirements with an open finding may change (the server
  // refuses the rest with 409 answer_not_reopened), so the others stay read-only here.
  const returned = assessment.status === 'returned';
  const openFindings = useFindings(assessment.id, { status: 'open', enabled: returned });
  const reopened = useMemo(
    () =>
      returned ? new Set((openFindings.data ?? []).flatMap((f) => f.requirementId ?? [])) : null,
    [returned, openFindings.data],
  );
  const locked = useCallback((id: string) => reopened !== null && !reopened.has(id), [reopened]);
  // /assessments/:id#req-<requirement id> opens at that requirement (links from 弱项整改).
  const { hash } = useLocation();
  const scorer = useMemo(
    () => prepareScoring(system, assessment.profileId),
    [system, assessment.profileId],
  );
  // Started from a quick scan: its choices beside each sub-domain, weakest first on request.
  const quickScan = useAssessmentQuickScan(assessment.id, !!assessment.quickScanId);
  const [weakestFirst, setWeakestFirst] = useWeakestFirst(assessment.id);
  const outline = useMemo(() => {
    const base = buildOutline(scorer.tree, assessment.tailoring);
    return weakestFirst && quickScan.data
      ? weakestFirstOutline(base, quickScan.data.weakestFirst)
      : base;
  }, [scorer, assessment.tailoring, weakestFirst, quickScan.data]);
  const { queue, snapshot } = useAutosave(assessment.id, loaded, editable);
  const loadedAnswers = useMemo(
    () => new Map(loaded.answers.map((a) => [a.requirementId, answerFromView(a)])),
    [loaded],
  );
  const answers = queue ? snapshot.answers : loadedAnswers;

  // Resume where the answers end, on whichever device they were given.
  const [place, setPlace] = useState(() => {
    const linked = hash.startsWith('#req-') ? decodeURIComponent(hash.slice(5)) : null;
    const start =
      (linked !== null && outline.sectionOf.has(linked) ? linked : null) ??
      firstUnanswered(outline, loadedAnswers) ??
      outline.order[0] ??
      null;
    return {
      section: (start && outline.sectionOf.get(start)) ?? outline.sections[0]?.node.id ?? null,
      active: start,
    };
  });
  // The item to focus after the next render, and how to scroll to it: a resume or a jump
  // centres it, a step with ↑/↓ scrolls no more than needed.
  const focusTarget = useRef<{ id: string; block: ScrollLogicalPosition } | null>(
    place.active ? { id: place.active, block: 'center' } : null,
  );
  const rootRef = useRef<HTMLDivElement>(null);
  const headerRef = useRef<HTMLElement>(null);
  // Sticky parts below the header need its real height, which changes with the width.
  useLayoutEffect(() => {
    const header = headerRef.current;
    const root = rootRef.current;
    if (!header || !root || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--q-header-h', `${header.offsetHeight}px`),
    );
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  const [navOpen, setNavOpen] = useState(false);

  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    focusTarget.current = null;
    const el = document.getElementById(`req-${target.id}`);
    el?.focus({ preventScroll: true });
    el?.scrollIntoView({ block: target.block });
  }, [place]);

  const go = useCallback(
    (requirementId: string, block: ScrollLogicalPosition = 'center') => {
      focusTarget.current = { id: requirementId, block };
      setPlace({ section: outline.sectionOf.get(requirementId) ?? null, active: requirementId });
    },
    [outline],
  );
  const openSection = useCallback(
    (sectionId: string) => {
      const section = outline.sectionById.get(sectionId);
      if (!section) return;
      setNavOpen(false);
      if (section.tailored) {
        setPlace({ section: sectionId, active: null });
        window.scrollTo({ top: 0 });
        return;
      }
      const first =
        section.requirements.find((r) => !answers.get(r.id)?.choice) ?? section.requirements[0];
      if (first) go(first.id);
    },
    [outline, answers, go],
  );
  const activate = useCallback(
    (requirementId: string) =>
      setPlace((p) => (p.active === requirementId ? p : { ...p, active: requirementId })),
    [],
  );
  const onEdit = useCallback(
    (requirementId: string, edit: AnswerEdit) => queue?.edit(requirementId, edit),
    [queue],
  );

  const [keyboardOn, setKeyboardOn] = useKeyboardPreference();
  useKeyboardAnswering({
    enabled: keyboardOn,
    active: place.active,
    naAvailable: (id) => outline.requirements.get(id)?.naAllowed ?? false,
    onChoose: (id, choice) => {
      if (!editable || !queue || locked(id)) return false;
      queue.edit(id, { choice });
      return true;
    },
    onMove: (id, step) => {
      const next = neighbour(outline, id, step);
      if (next) go(next, 'nearest');
      return next !== null;
    },
  });

  // Live preview with the shared engine; deferred so typing never waits for scoring.
  const choices = useMemo(() => {
    const m: Record<string, AnswerChoice> = {};
    for (const [id, a] of answers) if (a.choice && outline.requirements.has(id)) m[id] = a.choice;
    return m;
  }, [answers, outline]);
  const deferredChoices = useDeferredValue(choices);
  const report = useMemo(() => {
    try {
      return scorer.score({
        tailoring: assessment.tailoring,
        answers: deferredChoices,
        targetLevel: assessment.targetLevel as Level,
      });
    } catch {
      return null;
    }
  }, [scorer, assessment.tailoring, assessment.targetLevel, deferredChoices]);

  const overall = progressOf(
    outline,
    outline.sections.map((s) => s.node.id),
    answers,
  );

  const flow = useQuestionnaireSubmit(assessment.id, queue);

  const section = place.section ? outline.sectionById.get(place.section) : undefined;

  return (
    <div className="questionnaire" data-testid="questionnaire" ref={rootRef}>
      <QuestionnaireHeader
        headerRef={headerRef}
        assessment={assessment}
        system={system}
        overall={overall}
        report={report}
        snapshot={editable ? snapshot : null}
        onRetry={() => queue?.retry()}
        keyboardOn={keyboardOn}
        onKeyboard={setKeyboardOn}
        canSubmit={editable && !returned}
        submitDisabled={!queue || flow.submit.isPending}
        onSubmit={() => flow.setConfirming(true)}
      />

      {keyboardOn && <p className="keyboard-help small muted">{t('q.keyboard.help')}</p>}

      {returned && (
        <div className="notice" role="status" data-testid="rectification-banner">
          {t('rect.entry.banner')}{' '}
          <Link to={`/assessments/${assessment.id}/rectification`}>{t('rect.entry.action')}</Link>
        </div>
      )}
      {!editable && (
        <div className="notice" role="status">
          {t('q.locked', { status: t(`status.${assessment.status}`) })}{' '}
          <Link to={`/assessments/${assessment.id}/report`}>{t('q.toReport')}</Link>
        </div>
      )}

      <SubmitConfirm flow={flow} overall={overall} />
      {flow.unanswered && (
        <IncompleteList
          outline={outline}
          unanswered={flow.unanswered}
          answers={answers}
          onJump={go}
        />
      )}

      <div className="q-body">
        <aside className={`q-nav${navOpen ? ' open' : ''}`}>
          <button
            type="button"
            className="btn q-nav-toggle"
            aria-expanded={navOpen}
            onClick={() => setNavOpen((o) => !o)}
          >
            {section
              ? t('q.nav.toggleCurrent', { name: pick(section.node.name) })
              : t('q.nav.toggle')}
          </button>
          <QuestionnaireNav
            outline={outline}
            answers={answers}
            currentSection={place.section}
            onOpen={openSection}
            note={
              quickScan.data
                ? (id) => <QuickScanNavNote scan={quickScan.data} id={id} />
                : undefined
            }
          />
          <div className="q-nav-preview">
            <LivePreview report={report} system={system} />
            <p className="small muted">{t('q.preview.note')}</p>
          </div>
        </aside>
        <div className="q-main">
          {quickScan.data && (
            <QuickScanGuide
              assessmentId={assessment.id}
              scan={quickScan.data}
              subdomainId={section?.node.id ?? null}
              subdomainName={section ? pick(section.node.name) : ''}
              editable={editable && !returned}
              queue={queue}
              weakestFirst={weakestFirst}
              onWeakestFirst={setWeakestFirst}
              onApplied={async () => {
                const fresh = await getAnswers(assessment.id);
                queue?.resetServer(fresh.revision, fresh.answers.map(answerFromView));
              }}
            />
          )}
          {section ? (
            <SectionPane
              outline={outline}
              section={section}
              system={system}
              answers={answers}
              active={place.active}
              readOnly={!editable}
              locked={reopened ? locked : undefined}
              keyboard={keyboardOn}
              onEdit={onEdit}
              onActivate={activate}
              onOpenSection={openSection}
            />
          ) : (
            <p className="muted">{t('q.empty')}</p>
          )}
        </div>
      </div>
    </div>
  );
}

export function Component() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const assessment = useAssessment(id);
  // Opened fresh every time: after loading, the autosave queue holds the truth.
  const answers = useQuery({
    ...answersQueryOptions(id),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
  const doc = useVersionDocument(assessment.data?.version.id);
  useDocumentTitle(assessment.data?.title ?? t('q.title'));

  const failed = [assessment, answers, doc].find((q) => q.isError);
  if (failed) {
    if (failed.error instanceof ApiError && failed.error.status === 404) {
      return (
        <section className="page">
          <div className="error-box" role="alert">
            <p>{t('q.notFound')}</p>
            <Link to="/dashboard">{t('nav.dashboard')}</Link>
          </div>
        </section>
      );
    }
    return (
      <section className="page">
        <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
      </section>
    );
  }
  if (!assessment.data || !answers.data || !doc.data) return <LoadingState />;
  return (
    <Questionnaire
      key={id}
      assessment={assessment.data}
      system={doc.data.document}
      loaded={answers.data}
    />
  );
}
