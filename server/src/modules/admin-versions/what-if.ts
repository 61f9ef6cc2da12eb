import {
  AssessmentInputError,
  IndicatorSystemError,
  type AnswerChoice,
  type AssessmentStatus,
  type Scorer,
  type TailoringEntry,
  type WhatIfItem,
  type WhatIfResponse,
} from '@zhiping/shared';
import type { Db } from '../../db/client.ts';
import {
  loadVersion,
  requirementIndex,
  scoreAssessment,
  scorerFor,
  type VersionRecord,
} from '../scoring/index.ts';
import { createVersionRepository } from './repository.ts';

type Result = { maturityLevel: number; score: number };
type Assessment = Awaited<
  ReturnType<ReturnType<typeof createVersionRepository>['submittedAssessments']>
>[number];

/** Scores differing by less than this are the same score (the engine is exact; floats are not). */
const EPSILON = 1e-9;

function tryScore(
  version: VersionRecord,
  a: Assessment,
  answers: Record<string, AnswerChoice>,
): { result: Result } | { issues: string[] } {
  try {
    const report = scoreAssessment(version, a, answers);
    return { result: { maturityLevel: report.maturityLevel, score: report.score } };
  } catch (err) {
    if (err instanceof AssessmentInputError) return { issues: err.issues.map((i) => i.message) };
    if (err instanceof IndicatorSystemError) return { issues: [err.message] };
    throw err;
  }
}

/** Answers the draft knows, and what it asks that the assessment never answered. */
function fitAnswers(scorer: Scorer, a: Assessment, answers: Record<string, AnswerChoice>) {
  const idx = requirementIndex(scorer);
  const tailored = new Set((a.tailoring as TailoringEntry[]).map((t) => t.subdomainId));
  const kept: Record<string, AnswerChoice> = {};
  let ignoredAnswers = 0;
  for (const [id, choice] of Object.entries(answers)) {
    if (idx.requirements.has(id)) kept[id] = choice;
    else ignoredAnswers++;
  }
  let newRequirementsUnanswered = 0;
  for (const [, sd] of idx.subdomains) {
    if (sd.notApplicable || tailored.has(sd.id)) continue;
    for (const r of sd.requirements) if (!(r.id in kept)) newRequirementsUnanswered++;
  }
  return { kept, ignoredAnswers, newRequirementsUnanswered };
}

function whatIfItem(
  draft: VersionRecord,
  pinned: VersionRecord,
  a: Assessment,
  answers: Record<string, AnswerChoice>,
): WhatIfItem {
  const base = {
    assessmentId: a.id,
    title: a.title,
    organizationId: a.organizationId,
    organizationName: a.organizationName,
    status: a.status as AssessmentStatus,
    profileId: a.profileId,
    pinnedVersion: { id: a.versionId, version: a.version },
  };
  const oldScored = tryScore(pinned, a, answers);
  const old = 'result' in oldScored ? oldScored.result : null;
  const empty = { new: null, delta: null, newRequirementsUnanswered: 0, ignoredAnswers: 0 };
  if (!draft.document.profiles.some((p) => p.id === a.profileId)) {
    return {
      ...base,
      ...empty,
      old,
      change: 'profile_missing',
      profileMissing: true,
      issues: [`the draft has no profile ${a.profileId}`],
    };
  }
  const fit = fitAnswers(scorerFor(draft, a.profileId), a, answers);
  const scored = tryScore(draft, a, fit.kept);
  const counts = {
    newRequirementsUnanswered: fit.newRequirementsUnanswered,
    ignoredAnswers: fit.ignoredAnswers,
  };
  if (!('result' in scored) || !old) {
    const issues = 'issues' in scored ? scored.issues : [];
    if ('issues' in oldScored) issues.push(...oldScored.issues.map((m) => `pinned version: ${m}`));
    return {
      ...base,
      ...empty,
      ...counts,
      old,
      change: 'unscorable',
      profileMissing: false,
      issues,
    };
  }
  const next = scored.result;
  const levelDelta = next.maturityLevel - old.maturityLevel;
  const scoreDelta = Math.abs(next.score - old.score) < EPSILON ? 0 : next.score - old.score;
  return {
    ...base,
    ...counts,
    old,
    new: next,
    delta: { maturityLevel: levelDelta, score: scoreDelta },
    change:
      levelDelta > 0
        ? 'up'
        : levelDelta < 0
          ? 'down'
          : scoreDelta !== 0
            ? 'score_only'
            : 'unchanged',
    profileMissing: false,
    issues: [],
  };
}

/** Assessments needing attention first: unscorable, then the largest moves. */
function attention(i: WhatIfItem): number {
  if (i.change === 'profile_missing' || i.change === 'unscorable') return Infinity;
  return Math.abs(i.delta?.maturityLevel ?? 0) * 10 + Math.abs(i.delta?.score ?? 0);
}

/**
 * Re-scores every submitted assessment of the version's system with the version's document
 * (same profile, tailoring and answers) beside its result under the version it pinned.
 * Both sides are computed from today's answers, so the delta is the version's doing alone.
 */
export async function whatIf(
  db: Db,
  versionId: string,
  q: { page: number; limit: number; onlyChanged?: boolean | undefined },
): Promise<WhatIfResponse> {
  const draft = await loadVersion(db, versionId);
  const repo = createVersionRepository(db);
  const [assessments, answerRows] = await Promise.all([
    repo.submittedAssessments(draft.systemId),
    repo.submittedAnswers(draft.systemId),
  ]);
  const answersOf = new Map<string, Record<string, AnswerChoice>>();
  for (const r of answerRows) {
    let m = answersOf.get(r.assessmentId);
    if (!m) answersOf.set(r.assessmentId, (m = {}));
    m[r.requirementId] = r.choice as AnswerChoice;
  }
  const pinned = new Map<string, VersionRecord>();
  const items: WhatIfItem[] = [];
  for (const a of assessments) {
    let p = pinned.get(a.versionId);
    if (!p) pinned.set(a.versionId, (p = await loadVersion(db, a.versionId)));
    items.push(whatIfItem(draft, p, a, answersOf.get(a.id) ?? {}));
  }
  const count = (pred: (i: WhatIfItem) => boolean) => items.filter(pred).length;
  const summary = {
    assessments: items.length,
    levelUp: count((i) => i.change === 'up'),
    levelDown: count((i) => i.change === 'down'),
    unchanged: count((i) => i.change === 'unchanged' || i.change === 'score_only'),
    scoreChanged: count((i) => i.change === 'score_only'),
    profileMissing: count((i) => i.change === 'profile_missing'),
    unscorable: count((i) => i.change === 'unscorable'),
    withNewRequirementsUnanswered: count((i) => i.newRequirementsUnanswered > 0),
  };
  // Stable sort: equal attention keeps the repository's order (organization name, id).
  const listed = (q.onlyChanged ? items.filter((i) => i.change !== 'unchanged') : items).sort(
    (x, y) => {
      const ax = attention(x);
      const ay = attention(y);
      return ax === ay ? 0 : ay > ax ? 1 : -1;
    },
  );
  return {
    version: { id: draft.id, systemCode: draft.systemCode, version: draft.version },
    summary,
    items: listed.slice((q.page - 1) * q.limit, q.page * q.limit),
    page: q.page,
    limit: q.limit,
    total: listed.length,
  };
}
