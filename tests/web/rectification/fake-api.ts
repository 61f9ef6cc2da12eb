import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  effectiveTree,
  indicatorSystemSchema,
  type AnswerChoice,
  type AnswerView,
  type AssessmentStatus,
  type AssessmentView,
  type FindingView,
} from '@zhiping/shared';
import { vi } from 'vitest';
import { requirementPlaces } from '../../../web/src/features/rectification/model.ts';

export const system = indicatorSystemSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../seeds/data/cmmm-2020.json'), 'utf8')),
);
export const places = requirementPlaces(effectiveTree(system, 'automotive'));
/** Requirement ids in questionnaire order. */
export const order = [...places.keys()];

export const ASSESSMENT_ID = '22222222-2222-4222-8222-222222222222';
export const VERSION_ID = '33333333-3333-4333-8333-333333333333';
export const USER_ID = '11111111-1111-4111-8111-111111111111';
export const ASSESSOR_ID = '55555555-5555-4555-8555-555555555555';
export const ORG_ID = '44444444-4444-4444-8444-444444444444';

const at = '2026-01-05T08:00:00.000Z';

export const answerView = (requirementId: string, choice: AnswerChoice | null): AnswerView => ({
  requirementId,
  choice,
  comment: '',
  evidence: { notes: '', links: [] },
  updatedAt: at,
  updatedBy: USER_ID,
});

export const finding = (
  id: string,
  requirementId: string | null,
  text: string,
  status: FindingView['status'] = 'open',
  response: string | null = null,
): FindingView => ({
  id,
  assessmentId: ASSESSMENT_ID,
  requirementId,
  text,
  status,
  response,
  createdBy: ASSESSOR_ID,
  createdAt: at,
  updatedAt: at,
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });
const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  json(status, { type: 'about:blank', title: code, status, code, detail: code, ...extra });
const urlOf = (input: RequestInfo | URL) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

interface Body {
  revision?: number;
  answers?: (Partial<AnswerView> & { requirementId: string })[];
  response?: string;
}

export interface Sent {
  method: string;
  path: string;
  body: unknown;
}

/**
 * The API of one assessment as the enterprise sees it, with the server's rules of 弱项整改:
 * answers change only at the current revision and only for requirements with an open
 * finding; a response keeps the finding open; resubmission needs every open finding
 * responded to and every requirement answered. Every request is recorded.
 */
export function fakeApi(init: {
  status?: AssessmentStatus;
  revision?: number;
  findings: FindingView[];
  answers?: Map<string, AnswerView>;
  files?: { requirementId: string; filename: string }[];
}) {
  const state = {
    status: init.status ?? 'returned',
    revision: init.revision ?? 10,
    findings: init.findings.map((f) => ({ ...f })),
    answers: init.answers ?? new Map(order.map((id) => [id, answerView(id, 'full')])),
  };
  const sent: Sent[] = [];
  const progress = () => ({ answered: 0, applicable: order.length, total: order.length });
  const view = (): AssessmentView => ({
    id: ASSESSMENT_ID,
    organizationId: ORG_ID,
    organizationName: '苏州精密制造有限公司',
    title: '2026 年度自评估',
    status: state.status,
    revision: state.revision,
    version: {
      id: VERSION_ID,
      systemCode: system.code,
      version: system.version,
      name: system.name,
    },
    profileId: 'automotive',
    targetLevel: 3,
    tailoring: [],
    assessorId: ASSESSOR_ID,
    progress: progress(),
    result: null,
    judgment: null,
    opinion: null,
    createdAt: at,
    updatedAt: at,
    submittedAt: at,
    signedOffAt: null,
    quickScanId: null,
  });
  const base = `/api/v1/assessments/${ASSESSMENT_ID}`;

  const handle = (method: string, path: string, query: URLSearchParams, body: Body): Response => {
    if (method === 'GET' && path === base) return json(200, view());
    if (method === 'GET' && path === `/api/v1/indicator-systems/versions/${VERSION_ID}`)
      return json(200, {
        id: VERSION_ID,
        systemCode: system.code,
        version: system.version,
        status: 'published',
        revision: 1,
        document: system,
      });
    if (method === 'GET' && path === `${base}/answers`)
      return json(200, {
        revision: state.revision,
        answers: [...state.answers.values()],
        progress: progress(),
      });
    if (method === 'GET' && path === `${base}/findings`) {
      const status = query.get('status');
      const items = state.findings.filter((f) => !status || f.status === status);
      return json(200, { items, page: 1, limit: 100, total: items.length });
    }
    if (method === 'GET' && path === `${base}/evidence`) {
      const items = (init.files ?? []).map((f, i) => ({
        id: `66666666-6666-4666-8666-00000000000${i}`,
        requirementId: f.requirementId,
        filename: f.filename,
        mimeType: 'text/plain; charset=utf-8',
        sizeBytes: 10,
        sha256: 'x',
        createdAt: at,
      }));
      return json(200, { items, page: 1, limit: 100, total: items.length });
    }
    if (method === 'PATCH' && path === `${base}/answers`) {
      const patch = body.answers ?? [];
      const ids = patch.map((a) => a.requirementId);
      if (state.status !== 'returned' && state.status !== 'draft')
        return problem(409, 'assessment_locked', { state: state.status });
      if (body.revision !== state.revision)
        return problem(409, 'revision_conflict', {
          currentRevision: state.revision,
          current: ids.flatMap((id) => state.answers.get(id) ?? []),
        });
      const open = new Set(
        state.findings.filter((f) => f.status === 'open').map((f) => f.requirementId),
      );
      const closed = ids.filter((id) => !open.has(id));
      if (closed.length) return problem(409, 'answer_not_reopened', { requirementIds: closed });
      state.revision++;
      const saved = patch.map((a) => {
        const prev = state.answers.get(a.requirementId) ?? answerView(a.requirementId, null);
        const next: AnswerView = {
          ...prev,
          choice: a.choice === undefined ? prev.choice : a.choice,
          comment: a.comment ?? prev.comment,
        };
        state.answers.set(a.requirementId, next);
        return next;
      });
      return json(200, { revision: state.revision, answers: saved, progress: progress() });
    }
    const respond = /^\/api\/v1\/findings\/([^/]+)\/response$/.exec(path);
    if (method === 'POST' && respond) {
      const f = state.findings.find((x) => x.id === respond[1]);
      if (!f) return problem(404, 'not_found');
      if (state.status !== 'returned') return problem(409, 'invalid_transition');
      if (f.status !== 'open') return problem(409, 'invalid_transition');
      f.response = String(body.response).trim();
      state.revision++;
      return json(200, { finding: f, revision: state.revision });
    }
    if (method === 'POST' && path === `${base}/resubmit`) {
      if (state.status !== 'returned')
        return problem(409, 'invalid_transition', { state: state.status });
      if (body.revision !== state.revision)
        return problem(409, 'revision_conflict', { currentRevision: state.revision });
      const unresponded = state.findings.filter((f) => f.status === 'open' && !f.response);
      if (unresponded.length)
        return problem(422, 'findings_unanswered', { findingIds: unresponded.map((f) => f.id) });
      const unanswered = order.filter((id) => !state.answers.get(id)?.choice);
      if (unanswered.length) return problem(422, 'assessment_incomplete', { unanswered });
      for (const f of state.findings) if (f.status === 'open' && f.response) f.status = 'answered';
      state.status = 'in_review';
      state.revision++;
      return json(200, {
        assessmentId: ASSESSMENT_ID,
        status: state.status,
        revision: state.revision,
        assessorId: ASSESSOR_ID,
        judgment: null,
        opinion: null,
        signedOffAt: null,
        selfResult: null,
        complete: false,
        items: [],
        findings: state.findings.filter((f) => f.response !== null),
        assessedReport: null,
      });
    }
    return problem(404, 'not_found', { detail: `${method} ${path}` });
  };

  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, req?: RequestInit) => {
      const url = new URL(urlOf(input), 'http://zhiping.test');
      const method = req?.method ?? 'GET';
      const body = (typeof req?.body === 'string' ? JSON.parse(req.body) : {}) as Body;
      if (method !== 'GET') sent.push({ method, path: url.pathname, body });
      return handle(method, url.pathname, url.searchParams, body);
    }),
  );
  return { state, sent, writes: () => sent.map((s) => `${s.method} ${s.path}`) };
}
