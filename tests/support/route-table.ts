// The app's `mailer` decorator (its type augments FastifyInstance).
import type {} from '@zhiping/server/plugins/mailer';
import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { DEMO_PASSWORD } from '@zhiping/server/db/seed';
import {
  login,
  PASSWORD,
  registerEnterprise,
  registration,
  requirementsOf,
  uniqueCreditCode,
  type Actor,
  type QuestionnaireRequirement,
} from './fixtures.ts';
import { linkTokenTo } from './mail.ts';
import { totpCode } from './totp.ts';

/**
 * The authorization policy of every route under /api/v1, and the real resources it is
 * checked against. tests/server/platform/authorization-matrix.test.ts takes the route list from the
 * OpenAPI document of a running app and fails when a route is missing here (or named here
 * without existing); tests/reliability/fuzz.test.ts reuses the fixtures to reach handlers
 * with ids that exist.
 */

// ---- Roles and outcomes ----

export const MATRIX_ROLES = [
  'anonymous',
  /** A respondent of the enterprise that owns the resource. */
  'owner',
  /** A respondent of another enterprise. */
  'otherRespondent',
  /** An assessor the assessment is not assigned to. */
  'assessor',
  /** The assessor who claimed the assessment. */
  'assignedAssessor',
  'admin',
] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

/**
 * 'ok': a 2xx. 401 / 403 / 404: exactly that status (anonymous, wrong role, other tenant).
 * `{ domain }`: the caller got through authentication, role and tenancy and was refused by
 * a rule of the domain with one of these statuses (e.g. 409 for a state transition).
 */
export type Expected = 'ok' | 401 | 403 | 404 | { domain: number[] };

const roles = (
  anonymous: Expected,
  owner: Expected,
  otherRespondent: Expected,
  assessor: Expected,
  assignedAssessor: Expected,
  admin: Expected,
): Record<MatrixRole, Expected> => ({
  anonymous,
  owner,
  otherRespondent,
  assessor,
  assignedAssessor,
  admin,
});

/** No authentication at all. */
const PUBLIC = roles('ok', 'ok', 'ok', 'ok', 'ok', 'ok');
/** Any signed-in user; nothing tenant-specific. */
const SIGNED_IN = roles(401, 'ok', 'ok', 'ok', 'ok', 'ok');
const ADMIN_ONLY = roles(401, 403, 403, 403, 403, 'ok');
const STAFF = roles(401, 403, 403, 'ok', 'ok', 'ok');
/** Respondents only, acting in their own enterprise (no resource of another tenant named). */
const RESPONDENTS = roles(401, 'ok', 'ok', 403, 403, 403);
/** Respondents only, on a resource of the owning enterprise. */
const OWNER_WRITE = roles(401, 'ok', 404, 403, 403, 403);
/** Reading an assessment in review: its enterprise, its assessor and admins. */
const READ_IN_REVIEW = roles(401, 'ok', 404, 404, 'ok', 'ok');
/** Reading a draft: assessors never see one. */
const READ_DRAFT = roles(401, 'ok', 404, 404, 404, 'ok');
/** Reading a submitted, unclaimed assessment: every assessor may look before claiming. */
const READ_CLAIMABLE = roles(401, 'ok', 404, 'ok', 'ok', 'ok');
/** A quick scan claimed by the owner's enterprise: its users only; the token no longer counts. */
const CLAIMED_SCAN = roles(401, 'ok', 404, 404, 404, 404);
/** The assigned assessor's work on an assessment in review. */
const ASSESSOR_WORK = roles(401, 403, 403, 404, 'ok', 403);

// ---- Requests ----

export interface MatrixRequest {
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** A JSON body. */
  body?: unknown;
  /** A raw body with its headers (multipart). */
  raw?: { payload: Buffer; headers: Record<string, string> };
  cookie?: string;
  /** Sent instead of the role's own token (a session the call may end). */
  authorization?: string;
  /** Extra headers (e.g. a quick scan's token). */
  headers?: Record<string, string>;
}

export interface MatrixCase {
  label: string;
  /** Builds the request for one role (fresh resources where the call changes state). */
  request: (fx: MatrixFixtures, role: MatrixRole) => MatrixRequest | Promise<MatrixRequest>;
  expect: Record<MatrixRole, Expected>;
}

/** Keyed `METHOD /api/v1/path/{param}` exactly as the OpenAPI document names the route. */
export type RouteTable = Record<string, MatrixCase[]>;

const one = (
  label: string,
  expect: Record<MatrixRole, Expected>,
  request: MatrixCase['request'] = () => ({}),
): MatrixCase[] => [{ label, expect, request }];

let unique = 0;
const uniq = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++unique}`;

// ---- Fixtures: real resources of two enterprises, two assessors and an admin ----

export interface MatrixFixtures {
  app: FastifyInstance;
  actors: Record<Exclude<MatrixRole, 'anonymous'>, Actor>;
  /** Passwords of the actors, for the password-change route. */
  passwords: Record<Exclude<MatrixRole, 'anonymous'>, string>;
  ids: {
    publishedVersion: string;
    /** A published version of another system, copied for publish checks. */
    publishedDraft2024: string;
    draftVersion: string;
    /** A node of the draft version's tree, for weight edits. */
    draftNodeId: string;
    /** The owner's assessment in review, claimed by assignedAssessor, with a file and a finding. */
    inReview: string;
    inReviewFile: string;
    inReviewFinding: string;
    /** The owner's assessment submitted and not claimed. */
    claimable: string;
    /** The owner's draft. */
    draft: string;
    standard: string;
    /** An enterprise and a user no check disables or changes for good. */
    spareOrganization: string;
    spareUser: string;
    assignedAssessorUser: string;
    /** An anonymous quick scan and its token. */
    anonymousScan: string;
    anonymousScanToken: string;
    /** A quick scan claimed by the owner, and the owner's draft started from it. */
    claimedScan: string;
    scanDraft: string;
  };
  requirements: QuestionnaireRequirement[];
  /** The email of an account that exists only to be signed in to. */
  loginEmail: string;
  call(actor: Actor | undefined, opts: InjectOptions): Promise<LightMyRequestResponse>;
  fresh: {
    /** A complete draft of the owner (every requirement answered). */
    completeDraft(): Promise<{ id: string; revision: number }>;
    submitted(): Promise<string>;
    /** Claimed by assignedAssessor; with an open finding when asked. */
    inReview(withFinding?: boolean): Promise<{ id: string; revision: number; findingId?: string }>;
    /** Returned to the enterprise with an open finding (responded to when asked). */
    returned(responded: boolean): Promise<{ id: string; revision: number; findingId: string }>;
    /** Back in review with an answered finding. */
    answeredFinding(): Promise<{ id: string; findingId: string }>;
    evidenceFile(): Promise<{ assessmentId: string; fileId: string }>;
    draftVersion(): Promise<{ id: string; revision: number }>;
    standard(): Promise<string>;
    invitationToken(): Promise<string>;
    /** The token of a new registration's confirmation mail. */
    registrationToken(): Promise<string>;
    refreshCookie(): Promise<string>;
    /** A new anonymous quick scan with its token. */
    quickScan(): Promise<{ id: string; token: string }>;
    /** The export of a new enterprise with every id, code and email renamed: importable. */
    enterpriseExport(): Promise<Record<string, unknown>>;
  };
  revisionOf(assessmentId: string): Promise<number>;
  versionRevisionOf(versionId: string): Promise<number>;
  /** The draft version's document, for replace and import. */
  draftDocument(): Promise<Record<string, unknown>>;
}

/** A 1-page PDF, the smallest evidence file the server recognizes by content. */
export const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n' +
    '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

export function multipartUpload(
  requirementId: string,
  filename = 'evidence.pdf',
  bytes = TINY_PDF,
) {
  const boundary = `----zp${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="requirementId"\r\n\r\n${requirementId}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
        'Content-Type: application/pdf\r\n\r\n',
      'utf8',
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** An Excel import form: the draft's revision and the workbook. */
function workbookUpload(revision: number, workbook: Buffer) {
  const boundary = `----zp${randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="revision"\r\n\r\n${revision}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="v.xlsx"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
      'utf8',
    ),
    workbook,
    Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

function expectStatus(res: LightMyRequestResponse, status: number, what: string) {
  if (res.statusCode !== status) {
    throw new Error(`${what}: expected ${status}, got ${res.statusCode} ${res.body.slice(0, 500)}`);
  }
}

/** Builds every resource the table refers to, through the API. */
export async function createMatrixFixtures(app: FastifyInstance): Promise<MatrixFixtures> {
  const call = (actor: Actor | undefined, opts: InjectOptions) =>
    app.inject({
      ...opts,
      headers: { ...(actor ? actor.headers : {}), ...(opts.headers ?? {}) },
    });

  const owner = await registerEnterprise(app);
  const other = await registerEnterprise(app);
  const spare = await registerEnterprise(app);
  const loginTarget = await registerEnterprise(app);
  const admin = await login(app, 'admin@zhiping.local', DEMO_PASSWORD);
  const assigned = await login(app, 'assessor@zhiping.local', DEMO_PASSWORD);
  const secondAssessorEmail = `${uniq('assessor')}@example.com`;
  expectStatus(
    await call(admin, {
      method: 'POST',
      url: '/api/v1/admin/users',
      payload: {
        email: secondAssessorEmail,
        displayName: '第二评估师',
        role: 'assessor',
        password: PASSWORD,
      },
    }),
    201,
    'create the second assessor',
  );
  const assessor = await login(app, secondAssessorEmail, PASSWORD);

  const versions = (await call(owner, { method: 'GET', url: '/api/v1/indicator-systems' })).json<{
    items: { id: string; systemCode: string }[];
  }>().items;
  const publishedVersion = versions.find((v) => v.systemCode === 'cmmm-2020')!.id;
  const publishedDraft2024 = versions.find((v) => v.systemCode === 'cmmm-draft-2024')!.id;
  const requirements = await requirementsOf(app, owner, publishedVersion, 'automotive');

  const revisionOf = async (id: string) =>
    (await call(admin, { method: 'GET', url: `/api/v1/assessments/${id}` })).json<{
      revision: number;
    }>().revision;

  async function create(): Promise<{ id: string; revision: number }> {
    const res = await call(owner, {
      method: 'POST',
      url: '/api/v1/assessments',
      payload: {
        versionId: publishedVersion,
        title: uniq('matrix'),
        profileId: 'automotive',
        targetLevel: 3,
      },
    });
    expectStatus(res, 201, 'create an assessment');
    return res.json();
  }

  async function completeDraft() {
    const a = await create();
    const res = await call(owner, {
      method: 'PATCH',
      url: `/api/v1/assessments/${a.id}/answers`,
      payload: {
        revision: a.revision,
        answers: requirements.map((r) => ({
          requirementId: r.id,
          choice: r.level <= 2 ? 'full' : 'none',
        })),
      },
    });
    expectStatus(res, 200, 'answer every requirement');
    return { id: a.id, revision: res.json<{ revision: number }>().revision };
  }

  async function submitted() {
    const a = await completeDraft();
    expectStatus(
      await call(owner, {
        method: 'POST',
        url: `/api/v1/assessments/${a.id}/submit`,
        payload: { revision: a.revision },
      }),
      200,
      'submit',
    );
    return a.id;
  }

  async function raiseFinding(id: string) {
    const res = await call(assigned, {
      method: 'POST',
      url: `/api/v1/assessments/${id}/findings`,
      payload: { requirementId: requirements[0]!.id, text: '证据不足，请补充设备联网记录' },
    });
    expectStatus(res, 201, 'raise a finding');
    return res.json<{ finding: { id: string }; revision: number }>();
  }

  async function inReview(withFinding = false) {
    const id = await submitted();
    const claim = await call(assigned, { method: 'POST', url: `/api/v1/assessments/${id}/claim` });
    expectStatus(claim, 200, 'claim');
    let revision = claim.json<{ revision: number }>().revision;
    let findingId: string | undefined;
    if (withFinding) {
      const f = await raiseFinding(id);
      findingId = f.finding.id;
      revision = f.revision;
    }
    return { id, revision, findingId };
  }

  async function returned(responded: boolean) {
    const a = await inReview(true);
    const ret = await call(assigned, {
      method: 'POST',
      url: `/api/v1/assessments/${a.id}/return`,
      payload: { revision: a.revision },
    });
    expectStatus(ret, 200, 'return');
    let revision = ret.json<{ revision: number }>().revision;
    if (responded) {
      const r = await call(owner, {
        method: 'POST',
        url: `/api/v1/findings/${a.findingId}/response`,
        payload: { response: '已补充设备联网记录' },
      });
      expectStatus(r, 200, 'respond');
      revision = r.json<{ revision: number }>().revision;
    }
    return { id: a.id, revision, findingId: a.findingId! };
  }

  async function answeredFinding() {
    const a = await returned(true);
    expectStatus(
      await call(owner, {
        method: 'POST',
        url: `/api/v1/assessments/${a.id}/resubmit`,
        payload: { revision: a.revision },
      }),
      200,
      'resubmit',
    );
    return { id: a.id, findingId: a.findingId };
  }

  async function upload(assessmentId: string) {
    const res = await call(owner, {
      method: 'POST',
      url: `/api/v1/assessments/${assessmentId}/evidence`,
      ...multipartUpload(requirements[0]!.id),
    });
    expectStatus(res, 201, 'upload evidence');
    return res.json<{ id: string }>().id;
  }

  // The shared resources.
  const draft = await create();
  const reviewDraft = await completeDraft();
  const inReviewFile = await upload(reviewDraft.id);
  expectStatus(
    await call(owner, {
      method: 'POST',
      url: `/api/v1/assessments/${reviewDraft.id}/submit`,
      payload: { revision: reviewDraft.revision },
    }),
    200,
    'submit the shared assessment',
  );
  expectStatus(
    await call(assigned, { method: 'POST', url: `/api/v1/assessments/${reviewDraft.id}/claim` }),
    200,
    'claim the shared assessment',
  );
  const finding = await raiseFinding(reviewDraft.id);
  const claimable = await submitted();

  async function draftVersion(of = publishedVersion) {
    const res = await call(admin, {
      method: 'POST',
      url: `/api/v1/admin/indicator-systems/versions/${of}/copy`,
      payload: { version: uniq('v') },
    });
    expectStatus(res, 201, 'copy a version');
    return res.json<{ id: string; revision: number }>();
  }
  const sharedDraftVersion = await draftVersion();
  const draftDocument = async () =>
    (
      await call(admin, {
        method: 'GET',
        url: `/api/v1/admin/indicator-systems/versions/${sharedDraftVersion.id}/export`,
      })
    ).json<Record<string, unknown>>();
  const draftNodeId = ((await draftDocument()) as { tree: { id: string }[] }).tree[0]!.id;

  async function standard() {
    const res = await call(admin, {
      method: 'POST',
      url: '/api/v1/standards',
      payload: standardBody(),
    });
    expectStatus(res, 201, 'create a standard');
    return res.json<{ id: string }>().id;
  }

  const spareUser = (
    await call(admin, {
      method: 'POST',
      url: '/api/v1/admin/users',
      payload: {
        email: `${uniq('spare')}@example.com`,
        displayName: '备用账号',
        role: 'assessor',
        password: PASSWORD,
      },
    })
  ).json<{ id: string }>().id;

  async function quickScan() {
    const res = await call(undefined, {
      method: 'POST',
      url: '/api/v1/quick-scans',
      payload: { versionId: publishedVersion, profileId: 'automotive' },
    });
    expectStatus(res, 201, 'start a quick scan');
    return res.json<{ id: string; token: string }>();
  }
  const anonymousScan = await quickScan();
  const claimedScan = await quickScan();
  expectStatus(
    await call(owner, {
      method: 'POST',
      url: `/api/v1/quick-scans/${claimedScan.id}/claim`,
      headers: { 'x-quick-scan-token': claimedScan.token },
    }),
    200,
    'claim a quick scan',
  );
  const scanDraft = await call(owner, {
    method: 'POST',
    url: '/api/v1/assessments',
    payload: {
      versionId: publishedVersion,
      title: uniq('from-scan'),
      profileId: 'automotive',
      targetLevel: 3,
      quickScanId: claimedScan.id,
    },
  });
  expectStatus(scanDraft, 201, 'start an assessment from a quick scan');

  return {
    app,
    actors: { owner, otherRespondent: other, assessor, assignedAssessor: assigned, admin },
    passwords: {
      owner: PASSWORD,
      otherRespondent: PASSWORD,
      assessor: PASSWORD,
      assignedAssessor: DEMO_PASSWORD,
      admin: DEMO_PASSWORD,
    },
    ids: {
      publishedVersion,
      publishedDraft2024,
      draftVersion: sharedDraftVersion.id,
      draftNodeId,
      inReview: reviewDraft.id,
      inReviewFile,
      inReviewFinding: finding.finding.id,
      claimable,
      draft: draft.id,
      standard: await standard(),
      spareOrganization: spare.session.organization!.id,
      spareUser,
      assignedAssessorUser: assigned.session.user.id,
      anonymousScan: anonymousScan.id,
      anonymousScanToken: anonymousScan.token,
      claimedScan: claimedScan.id,
      scanDraft: scanDraft.json<{ id: string }>().id,
    },
    requirements,
    loginEmail: loginTarget.body.user.email,
    call,
    fresh: {
      completeDraft,
      submitted,
      inReview,
      returned,
      answeredFinding,
      async evidenceFile() {
        const a = await create();
        return { assessmentId: a.id, fileId: await upload(a.id) };
      },
      draftVersion: () => draftVersion(publishedDraft2024),
      standard,
      async invitationToken() {
        const res = await call(owner, {
          method: 'POST',
          url: '/api/v1/organization/invitations',
          payload: { email: `${uniq('invitee')}@example.com` },
        });
        expectStatus(res, 201, 'invite');
        // The token goes to the invitee by mail only (#13).
        return linkTokenTo(app.mailer.outboxDir, res.json<{ email: string }>().email, '/invite');
      },
      async registrationToken() {
        const body = registration();
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/register',
          payload: body,
        });
        expectStatus(res, 202, 'register');
        return linkTokenTo(app.mailer.outboxDir, body.user.email, '/register/confirm');
      },
      async refreshCookie() {
        return (await login(app, loginTarget.body.user.email, PASSWORD)).cookie;
      },
      quickScan,
      async enterpriseExport() {
        const e = await registerEnterprise(app);
        const res = await call(admin, {
          method: 'GET',
          url: `/api/v1/admin/organizations/${e.session.organization!.id}/export`,
        });
        expectStatus(res, 200, 'export an enterprise');
        const renames: [string, string][] = [
          [e.session.organization!.id, randomUUID()],
          [e.session.user.id, randomUUID()],
          [e.session.organization!.creditCode, uniqueCreditCode()],
          [e.session.user.email, `${uniq('imported')}@example.com`],
        ];
        let text = res.body;
        for (const [from, to] of renames) text = text.split(from).join(to);
        return JSON.parse(text) as Record<string, unknown>;
      },
    },
    revisionOf,
    async versionRevisionOf(id: string) {
      const res = await call(admin, {
        method: 'GET',
        url: `/api/v1/indicator-systems/versions/${id}`,
      });
      return res.json<{ revision: number }>().revision;
    },
    draftDocument,
  };
}

export function standardBody() {
  return {
    number: `T/ZP ${uniq('std')}`,
    title: { zh: '矩阵测试标准', en: 'Matrix test standard' },
    summary: { zh: '用于授权矩阵测试', en: 'Used by the authorization matrix' },
    frameworkCode: 'BC',
    links: [
      {
        systemCode: 'cmmm-2020',
        subdomainId: 'energy',
        reason: { zh: '能源管理', en: 'Energy management' },
      },
    ],
  };
}

// ---- The table ----

const actorOf = (fx: MatrixFixtures, role: MatrixRole) =>
  role === 'anonymous' ? undefined : fx.actors[role];

// ---- Account security (#15.4): calls that end sessions or change a factor run as throwaways ----

/** A new user of the role's kind, signed in: for calls that end its sessions or change it. */
async function throwaway(
  fx: MatrixFixtures,
  role: Exclude<MatrixRole, 'anonymous'>,
): Promise<{ token: string; email: string }> {
  if (role === 'owner' || role === 'otherRespondent') {
    const e = await registerEnterprise(fx.app);
    return { token: e.token, email: e.session.user.email };
  }
  const email = `${uniq('throwaway')}@example.com`;
  const created = await fx.call(fx.actors.admin, {
    method: 'POST',
    url: '/api/v1/admin/users',
    payload: {
      email,
      displayName: '临时账号',
      role: role === 'admin' ? 'admin' : 'assessor',
      password: PASSWORD,
    },
  });
  expectStatus(created, 201, 'create a throwaway staff user');
  return { token: (await login(fx.app, email, PASSWORD)).token, email };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
/** The session (refresh-token family) an access token belongs to. */
const sidOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sid: string }).sid;

/** A throwaway user enrolled in TOTP: its secret, recovery codes and the enrolment's token. */
async function enrolledThrowaway(fx: MatrixFixtures, role: Exclude<MatrixRole, 'anonymous'>) {
  const u = await throwaway(fx, role);
  const start = await fx.call(undefined, {
    method: 'POST',
    url: '/api/v1/auth/totp/enrolment',
    headers: bearer(u.token),
  });
  expectStatus(start, 200, 'start a TOTP enrolment');
  const { secret } = start.json<{ secret: string }>();
  const confirm = await fx.call(undefined, {
    method: 'POST',
    url: '/api/v1/auth/totp/enrolment/confirm',
    headers: bearer(u.token),
    payload: { code: await totpCode(secret), currentPassword: PASSWORD },
  });
  expectStatus(confirm, 200, 'confirm a TOTP enrolment');
  const body = confirm.json<{ recoveryCodes: string[]; session: { accessToken: string } }>();
  return { ...u, secret, recoveryCodes: body.recoveryCodes, token: body.session.accessToken };
}

/** A live password-reset token of a new user, read from the mail in the outbox. */
async function resetToken(fx: MatrixFixtures): Promise<string> {
  const e = await registerEnterprise(fx.app);
  const email = e.session.user.email;
  expectStatus(
    await fx.call(undefined, {
      method: 'POST',
      url: '/api/v1/auth/password-reset/request',
      payload: { email },
    }),
    202,
    'request a password reset',
  );
  // The mail goes out after the answer (its timing must not tell whether the address exists).
  for (let i = 0; ; i++) {
    try {
      return await linkTokenTo(fx.app.mailer.outboxDir, email, '/reset-password');
    } catch (err) {
      if (i > 200) throw err;
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}

const ACCOUNT_ROUTES: RouteTable = {
  'POST /api/v1/auth/password-reset/request': one('any address', PUBLIC, () => ({
    body: { email: `${uniq('reset')}@example.com` },
  })),
  'POST /api/v1/auth/password-reset': one('a live reset link', PUBLIC, async (fx) => ({
    body: { token: await resetToken(fx), password: 'Reset-pass-2026-x' },
  })),
  'GET /api/v1/auth/sessions': one('own sessions', SIGNED_IN),
  'DELETE /api/v1/auth/sessions/{id}': [
    {
      label: 'another session of oneself',
      expect: SIGNED_IN,
      request: async (fx, role) => {
        if (role === 'anonymous') return { params: { id: randomUUID() } };
        const again = await login(fx.app, fx.actors[role].session.user.email, fx.passwords[role]);
        return { params: { id: sidOf(again.token) } };
      },
    },
    {
      label: "another user's session",
      expect: roles(401, 404, 404, 404, 404, 404),
      request: async (fx) => ({
        params: { id: sidOf((await login(fx.app, fx.loginEmail, PASSWORD)).token) },
      }),
    },
  ],
  'POST /api/v1/auth/sessions/revoke-all': one(
    'sign out everywhere',
    SIGNED_IN,
    async (fx, role) =>
      role === 'anonymous' ? {} : { authorization: `Bearer ${(await throwaway(fx, role)).token}` },
  ),
  'GET /api/v1/auth/totp': one('own second factor', SIGNED_IN),
  'POST /api/v1/auth/totp/enrolment': one('start an enrolment', SIGNED_IN),
  'POST /api/v1/auth/totp/enrolment/confirm': one(
    'confirm with a code',
    SIGNED_IN,
    async (fx, role) => {
      if (role === 'anonymous') return { body: { code: '123456', currentPassword: PASSWORD } };
      const u = await throwaway(fx, role);
      const start = await fx.call(undefined, {
        method: 'POST',
        url: '/api/v1/auth/totp/enrolment',
        headers: bearer(u.token),
      });
      expectStatus(start, 200, 'start a TOTP enrolment');
      const code = await totpCode(start.json<{ secret: string }>().secret);
      return { authorization: `Bearer ${u.token}`, body: { code, currentPassword: PASSWORD } };
    },
  ),
  'POST /api/v1/auth/totp/recovery-codes': one(
    'replace recovery codes with a code',
    SIGNED_IN,
    async (fx, role) => {
      if (role === 'anonymous') return { body: { code: '123456' } };
      const u = await enrolledThrowaway(fx, role);
      // The enrolment used this step's code: the next step's.
      return { authorization: `Bearer ${u.token}`, body: { code: await totpCode(u.secret, 1) } };
    },
  ),
  'POST /api/v1/auth/totp/disable': one('with a recovery code', SIGNED_IN, async (fx, role) => {
    if (role === 'anonymous') return { body: { code: '123456' } };
    const u = await enrolledThrowaway(fx, role);
    return { authorization: `Bearer ${u.token}`, body: { code: u.recoveryCodes[0]! } };
  }),
  'POST /api/v1/auth/login/totp': one('challenge and recovery code', PUBLIC, async (fx) => {
    const u = await enrolledThrowaway(fx, 'owner');
    const first = await fx.call(undefined, {
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: u.email, password: PASSWORD },
    });
    expectStatus(first, 200, 'sign in to a TOTP account');
    return {
      body: {
        challengeToken: first.json<{ challengeToken: string }>().challengeToken,
        code: u.recoveryCodes[0]!,
      },
    };
  }),
};

export const ROUTE_TABLE: RouteTable = {
  ...ACCOUNT_ROUTES,
  // Auth: public routes answer everyone; the credential of refresh is its cookie.
  'POST /api/v1/auth/register': one('fresh enterprise', PUBLIC, () => ({ body: registration() })),
  'POST /api/v1/auth/register/confirm': one('a mailed confirmation link', PUBLIC, async (fx) => ({
    // The password chosen when registering (registration() uses PASSWORD).
    body: { token: await fx.fresh.registrationToken(), password: PASSWORD },
  })),
  'POST /api/v1/auth/login': one('valid credentials', PUBLIC, (fx) => ({
    body: { email: fx.loginEmail, password: PASSWORD },
  })),
  'POST /api/v1/auth/refresh': one('a live refresh cookie', PUBLIC, async (fx) => ({
    cookie: await fx.fresh.refreshCookie(),
  })),
  'POST /api/v1/auth/logout': one('no session', PUBLIC),
  'GET /api/v1/auth/me': one('self', SIGNED_IN),
  'POST /api/v1/auth/password': one('own password, unchanged', SIGNED_IN, async (fx, role) => {
    const body = { currentPassword: PASSWORD, newPassword: PASSWORD };
    if (role === 'anonymous') return { body };
    // A password change ends every session of its user, access tokens included: the call
    // runs as a throwaway user of the same role, not as the role's shared actor.
    const { token } = await throwaway(fx, role);
    return { authorization: `Bearer ${token}`, body };
  }),
  'POST /api/v1/organization/invitations': one('invite into own enterprise', RESPONDENTS, () => ({
    body: { email: `${uniq('colleague')}@example.com` },
  })),
  'POST /api/v1/auth/invitations/accept': one('a live invitation', PUBLIC, async (fx) => ({
    body: {
      token: await fx.fresh.invitationToken(),
      password: PASSWORD,
      displayName: '新同事',
    },
  })),
  'GET /api/v1/meta': one('platform facts', PUBLIC),

  // Indicator systems: published ones for everyone signed in; drafts for admins only.
  'GET /api/v1/indicator-systems': one('published list', SIGNED_IN),
  'GET /api/v1/indicator-systems/versions/{id}': [
    {
      label: 'published',
      expect: SIGNED_IN,
      request: (fx) => ({ params: { id: fx.ids.publishedVersion } }),
    },
    {
      label: 'draft',
      expect: roles(401, 404, 404, 404, 404, 'ok'),
      request: (fx) => ({ params: { id: fx.ids.draftVersion } }),
    },
  ],

  // Assessments.
  'POST /api/v1/assessments': one('start in own enterprise', RESPONDENTS, (fx) => ({
    body: {
      versionId: fx.ids.publishedVersion,
      title: uniq('matrix'),
      profileId: 'automotive',
      targetLevel: 3,
    },
  })),
  'GET /api/v1/assessments': one('own list', SIGNED_IN),
  'GET /api/v1/assessments/{id}': [
    {
      label: 'in review',
      expect: READ_IN_REVIEW,
      request: (fx) => ({ params: { id: fx.ids.inReview } }),
    },
    {
      label: 'open to claim',
      expect: READ_CLAIMABLE,
      request: (fx) => ({ params: { id: fx.ids.claimable } }),
    },
    { label: 'draft', expect: READ_DRAFT, request: (fx) => ({ params: { id: fx.ids.draft } }) },
  ],
  'GET /api/v1/assessments/{id}/answers': [
    {
      label: 'in review',
      expect: READ_IN_REVIEW,
      request: (fx) => ({ params: { id: fx.ids.inReview } }),
    },
    { label: 'draft', expect: READ_DRAFT, request: (fx) => ({ params: { id: fx.ids.draft } }) },
  ],
  'PATCH /api/v1/assessments/{id}/answers': one(
    'draft, current revision',
    OWNER_WRITE,
    async (fx) => ({
      params: { id: fx.ids.draft },
      body: {
        revision: await fx.revisionOf(fx.ids.draft),
        answers: [{ requirementId: fx.requirements[0]!.id, choice: 'partial' }],
      },
    }),
  ),
  'POST /api/v1/assessments/{id}/submit': one('complete draft', OWNER_WRITE, async (fx) => {
    const a = await fx.fresh.completeDraft();
    return { params: { id: a.id }, body: { revision: a.revision } };
  }),
  'POST /api/v1/assessments/{id}/evidence': one('upload to a draft', OWNER_WRITE, (fx) => ({
    params: { id: fx.ids.draft },
    raw: multipartUpload(fx.requirements[1]!.id),
  })),
  'GET /api/v1/assessments/{id}/evidence': one('in review', READ_IN_REVIEW, (fx) => ({
    params: { id: fx.ids.inReview },
  })),
  'GET /api/v1/assessments/{id}/evidence/{fileId}': one('in review', READ_IN_REVIEW, (fx) => ({
    params: { id: fx.ids.inReview, fileId: fx.ids.inReviewFile },
  })),
  'DELETE /api/v1/assessments/{id}/evidence/{fileId}': one(
    'a file of a draft',
    OWNER_WRITE,
    async (fx) => {
      const f = await fx.fresh.evidenceFile();
      return { params: { id: f.assessmentId, fileId: f.fileId } };
    },
  ),

  // Reviews.
  'GET /api/v1/reviews/queue': one('queue', STAFF),
  'GET /api/v1/assessments/{id}/review': [
    {
      label: 'in review',
      expect: READ_IN_REVIEW,
      request: (fx) => ({ params: { id: fx.ids.inReview } }),
    },
    {
      label: 'open to claim',
      expect: READ_CLAIMABLE,
      request: (fx) => ({ params: { id: fx.ids.claimable } }),
    },
  ],
  'POST /api/v1/assessments/{id}/claim': [
    {
      label: 'open to claim',
      expect: roles(401, 403, 403, 'ok', 'ok', 403),
      request: async (fx) => ({ params: { id: await fx.fresh.submitted() } }),
    },
    {
      // Another assessor's claim is a 404, like a random id (issue #13); the assessor who holds
      // it sees it, and learns its state: 409.
      label: 'already claimed',
      expect: roles(401, 403, 403, 404, { domain: [409] }, 403),
      request: (fx) => ({ params: { id: fx.ids.inReview } }),
    },
    {
      label: 'draft',
      expect: roles(401, 403, 403, 404, 404, 403),
      request: (fx) => ({ params: { id: fx.ids.draft } }),
    },
  ],
  'POST /api/v1/assessments/{id}/assign': one('to its own assessor', ADMIN_ONLY, (fx) => ({
    params: { id: fx.ids.inReview },
    body: { assessorId: fx.ids.assignedAssessorUser },
  })),
  'PUT /api/v1/assessments/{id}/review-items': [
    {
      label: 'in review',
      expect: ASSESSOR_WORK,
      request: async (fx) => ({
        params: { id: fx.ids.inReview },
        body: {
          revision: await fx.revisionOf(fx.ids.inReview),
          items: [{ requirementId: fx.requirements[2]!.id, decision: 'confirm' }],
        },
      }),
    },
    {
      // Every assessor sees it, none is assigned yet: 403, not 404.
      label: 'open to claim',
      expect: roles(401, 403, 403, 403, 403, 403),
      request: async (fx) => ({
        params: { id: fx.ids.claimable },
        body: {
          revision: await fx.revisionOf(fx.ids.claimable),
          items: [{ requirementId: fx.requirements[2]!.id, decision: 'confirm' }],
        },
      }),
    },
  ],
  'POST /api/v1/assessments/{id}/return': one(
    'in review with an open finding',
    ASSESSOR_WORK,
    async (fx) => {
      const a = await fx.fresh.inReview(true);
      return { params: { id: a.id }, body: { revision: a.revision } };
    },
  ),
  'POST /api/v1/assessments/{id}/resubmit': one(
    'returned, finding responded',
    OWNER_WRITE,
    async (fx) => {
      const a = await fx.fresh.returned(true);
      return { params: { id: a.id }, body: { revision: a.revision } };
    },
  ),
  'POST /api/v1/assessments/{id}/sign-off': one(
    'in review, nothing open',
    ASSESSOR_WORK,
    async (fx) => {
      const a = await fx.fresh.inReview(false);
      return {
        params: { id: a.id },
        body: { revision: a.revision, judgment: 'confirmed', opinion: '自评结果与现场核查一致。' },
      };
    },
  ),
  'POST /api/v1/assessments/{id}/findings': one('in review', ASSESSOR_WORK, (fx) => ({
    params: { id: fx.ids.inReview },
    body: { text: '请补充说明' },
  })),
  'GET /api/v1/assessments/{id}/findings': one('in review', READ_IN_REVIEW, (fx) => ({
    params: { id: fx.ids.inReview },
  })),
  'GET /api/v1/assessments/{id}/adjustments': one('in review', READ_IN_REVIEW, (fx) => ({
    params: { id: fx.ids.inReview },
  })),
  'POST /api/v1/findings/{id}/response': [
    {
      label: 'returned',
      expect: OWNER_WRITE,
      request: async (fx) => ({
        params: { id: (await fx.fresh.returned(false)).findingId },
        body: { response: '已整改' },
      }),
    },
    {
      // Not handed to the enterprise yet: it does not exist for the enterprise.
      label: 'still in review',
      expect: roles(401, 404, 404, 403, 403, 403),
      request: (fx) => ({ params: { id: fx.ids.inReviewFinding }, body: { response: '已整改' } }),
    },
  ],
  'POST /api/v1/findings/{id}/verify': one('answered', ASSESSOR_WORK, async (fx) => ({
    params: { id: (await fx.fresh.answeredFinding()).findingId },
  })),
  'POST /api/v1/findings/{id}/reopen': one('answered', ASSESSOR_WORK, async (fx) => ({
    params: { id: (await fx.fresh.answeredFinding()).findingId },
  })),

  // Admin: indicator systems.
  'GET /api/v1/admin/indicator-systems': one('list', ADMIN_ONLY),
  'POST /api/v1/admin/indicator-systems/versions/{id}/copy': one('published', ADMIN_ONLY, (fx) => ({
    params: { id: fx.ids.publishedVersion },
    body: { version: uniq('copy') },
  })),
  'PUT /api/v1/admin/indicator-systems/versions/{id}': one('draft', ADMIN_ONLY, async (fx) => ({
    params: { id: fx.ids.draftVersion },
    body: {
      revision: await fx.versionRevisionOf(fx.ids.draftVersion),
      document: await fx.draftDocument(),
    },
  })),
  'DELETE /api/v1/admin/indicator-systems/versions/{id}': one('draft', ADMIN_ONLY, async (fx) => ({
    params: { id: (await fx.fresh.draftVersion()).id },
  })),
  'PATCH /api/v1/admin/indicator-systems/versions/{id}/weights': one(
    'draft',
    ADMIN_ONLY,
    async (fx) => ({
      params: { id: fx.ids.draftVersion },
      body: {
        revision: await fx.versionRevisionOf(fx.ids.draftVersion),
        profileId: 'automotive',
        weights: { [fx.ids.draftNodeId]: null },
      },
    }),
  ),
  'GET /api/v1/admin/indicator-systems/versions/{id}/what-if': one('draft', ADMIN_ONLY, (fx) => ({
    params: { id: fx.ids.draftVersion },
  })),
  'POST /api/v1/admin/indicator-systems/versions/{id}/publish': one(
    'draft',
    ADMIN_ONLY,
    async (fx) => {
      const v = await fx.fresh.draftVersion();
      return { params: { id: v.id }, body: { revision: v.revision } };
    },
  ),
  'POST /api/v1/admin/indicator-systems/import': one('new version', ADMIN_ONLY, async (fx) => ({
    body: { document: { ...(await fx.draftDocument()), version: uniq('imported') } },
  })),
  'GET /api/v1/admin/indicator-systems/versions/{id}/export': one('draft', ADMIN_ONLY, (fx) => ({
    params: { id: fx.ids.draftVersion },
  })),
  'GET /api/v1/admin/indicator-systems/versions/{id}/export.xlsx': one(
    'draft',
    ADMIN_ONLY,
    (fx) => ({ params: { id: fx.ids.draftVersion } }),
  ),
  'POST /api/v1/admin/indicator-systems/versions/{id}/import.xlsx': one(
    'draft, its own export',
    ADMIN_ONLY,
    async (fx) => {
      const v = await fx.fresh.draftVersion();
      const workbook = await fx.call(fx.actors.admin, {
        method: 'GET',
        url: `/api/v1/admin/indicator-systems/versions/${v.id}/export.xlsx`,
      });
      return { params: { id: v.id }, raw: workbookUpload(v.revision, workbook.rawPayload) };
    },
  ),

  // Standards: everyone signed in reads, admins write.
  'GET /api/v1/standards': one('catalog', SIGNED_IN),
  'POST /api/v1/standards': one('new number', ADMIN_ONLY, () => ({ body: standardBody() })),
  'GET /api/v1/standards/{id}': one('one', SIGNED_IN, (fx) => ({
    params: { id: fx.ids.standard },
  })),
  'PUT /api/v1/standards/{id}': one('replace', ADMIN_ONLY, (fx) => ({
    params: { id: fx.ids.standard },
    body: standardBody(),
  })),
  'DELETE /api/v1/standards/{id}': one('remove', ADMIN_ONLY, async (fx) => ({
    params: { id: await fx.fresh.standard() },
  })),

  // Admin: enterprises, users, audit.
  'GET /api/v1/admin/organizations': one('list', ADMIN_ONLY),
  'PATCH /api/v1/admin/organizations/{id}': one('keep enabled', ADMIN_ONLY, (fx) => ({
    params: { id: fx.ids.spareOrganization },
    body: { disabled: false },
  })),
  'GET /api/v1/admin/users': one('list', ADMIN_ONLY),
  'POST /api/v1/admin/users': one('new assessor', ADMIN_ONLY, () => ({
    body: {
      email: `${uniq('staff')}@example.com`,
      displayName: '新评估师',
      role: 'assessor',
      password: PASSWORD,
    },
  })),
  'PATCH /api/v1/admin/users/{id}': one('keep enabled', ADMIN_ONLY, (fx) => ({
    params: { id: fx.ids.spareUser },
    body: { disabled: false },
  })),
  'GET /api/v1/admin/audit': one('log', ADMIN_ONLY),
  'GET /api/v1/admin/organizations/{id}/export': one('an enterprise', ADMIN_ONLY, (fx) => ({
    params: { id: fx.ids.spareOrganization },
  })),
  'POST /api/v1/admin/organizations/import': one('a new enterprise', ADMIN_ONLY, async (fx) => ({
    body: await fx.fresh.enterpriseExport(),
  })),

  // Reports: whoever may read the assessment.
  'GET /api/v1/assessments/compare': one(
    'two of the owner',
    roles(401, 'ok', 404, 403, 403, 'ok'),
    (fx) => ({ query: { a: fx.ids.inReview, b: fx.ids.claimable } }),
  ),
  'GET /api/v1/assessments/{id}/report': one('in review', READ_IN_REVIEW, (fx) => ({
    params: { id: fx.ids.inReview },
  })),
  'GET /api/v1/assessments/{id}/benchmark': one('in review', READ_IN_REVIEW, (fx) => ({
    params: { id: fx.ids.inReview },
  })),
  'GET /api/v1/assessments/{id}/export.csv': one('in review', READ_IN_REVIEW, (fx) => ({
    params: { id: fx.ids.inReview },
  })),
  'GET /api/v1/assessments/{id}/export.xlsx': one('in review', READ_IN_REVIEW, (fx) => ({
    params: { id: fx.ids.inReview },
  })),
  'GET /api/v1/assessments/{id}/roadmap.pdf': one('in review', READ_IN_REVIEW, (fx) => ({
    params: { id: fx.ids.inReview },
  })),

  // Quick scan: anonymous under a token (a header); once claimed, its enterprise only.
  'GET /api/v1/quick-scans/options': one('published versions with items', PUBLIC),
  'POST /api/v1/quick-scans': one('start without an account', PUBLIC, (fx) => ({
    body: { versionId: fx.ids.publishedVersion, profileId: 'automotive' },
  })),
  'GET /api/v1/quick-scans': one("the enterprise's claimed scans", RESPONDENTS),
  ...Object.fromEntries(
    (['GET /api/v1/quick-scans/{id}', 'GET /api/v1/quick-scans/{id}/result'] as const).map(
      (route) => [
        route,
        [
          {
            label: 'anonymous, with its token',
            expect: PUBLIC,
            request: (fx: MatrixFixtures) => ({
              params: { id: fx.ids.anonymousScan },
              headers: { 'x-quick-scan-token': fx.ids.anonymousScanToken },
            }),
          },
          {
            label: 'claimed by the owner',
            expect: CLAIMED_SCAN,
            request: (fx: MatrixFixtures) => ({ params: { id: fx.ids.claimedScan } }),
          },
        ],
      ],
    ),
  ),
  'PUT /api/v1/quick-scans/{id}/answers': [
    {
      label: 'anonymous, with its token',
      expect: PUBLIC,
      request: (fx) => ({
        params: { id: fx.ids.anonymousScan },
        headers: { 'x-quick-scan-token': fx.ids.anonymousScanToken },
        body: { answers: [{ subdomainId: 'energy', choice: 2 }] },
      }),
    },
    {
      label: 'claimed by the owner',
      expect: CLAIMED_SCAN,
      request: (fx) => ({
        params: { id: fx.ids.claimedScan },
        body: { answers: [{ subdomainId: 'energy', choice: 3 }] },
      }),
    },
  ],
  'POST /api/v1/quick-scans/{id}/claim': one(
    'a fresh anonymous scan with its token',
    RESPONDENTS,
    async (fx) => {
      const scan = await fx.fresh.quickScan();
      return { params: { id: scan.id }, headers: { 'x-quick-scan-token': scan.token } };
    },
  ),
  'GET /api/v1/assessments/{id}/quick-scan': one(
    'a draft from a claimed scan',
    READ_DRAFT,
    (fx) => ({
      params: { id: fx.ids.scanDraft },
    }),
  ),
  'POST /api/v1/assessments/{id}/quick-scan/apply': one(
    'a draft from a claimed scan, current revision',
    OWNER_WRITE,
    async (fx) => ({
      params: { id: fx.ids.scanDraft },
      body: {
        revision: await fx.revisionOf(fx.ids.scanDraft),
        subdomainId: 'energy',
        level: 2,
      },
    }),
  ),
};

// ---- Running one check ----

/** `/api/v1/assessments/{id}` with the params substituted (encoded). */
export function fillPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`no value for {${name}} in ${path}`);
    return encodeURIComponent(v);
  });
}

export async function sendMatrixRequest(
  fx: MatrixFixtures,
  route: string,
  role: MatrixRole,
  req: MatrixRequest,
): Promise<LightMyRequestResponse> {
  const [method, path] = route.split(' ') as [InjectOptions['method'], string];
  const qs = req.query ? `?${new URLSearchParams(req.query).toString()}` : '';
  const headers: Record<string, string> = { ...(req.raw?.headers ?? {}), ...(req.headers ?? {}) };
  if (req.cookie) headers.cookie = req.cookie;
  if (req.authorization && role !== 'anonymous') headers.authorization = req.authorization;
  return fx.call(actorOf(fx, role), {
    method,
    url: fillPath(path, req.params) + qs,
    headers,
    ...(req.raw
      ? { payload: req.raw.payload }
      : req.body !== undefined
        ? { payload: req.body as object }
        : {}),
  });
}

/** Whether a status meets the expectation; a 5xx never does. */
export function meets(status: number, expected: Expected): boolean {
  if (status >= 500) return false;
  if (expected === 'ok') return status >= 200 && status < 300;
  if (typeof expected === 'number') return status === expected;
  return expected.domain.includes(status);
}

export const describeExpected = (e: Expected) =>
  e === 'ok' ? '2xx' : typeof e === 'number' ? String(e) : `domain ${e.domain.join('/')}`;

/** What a role meets before any handler runs: 401/403 when every case refuses it so. */
export function authRefusal(route: string, role: MatrixRole): 401 | 403 | undefined {
  const cases = ROUTE_TABLE[route];
  if (!cases?.length) return undefined;
  const first = cases[0]!.expect[role];
  if ((first === 401 || first === 403) && cases.every((c) => c.expect[role] === first)) {
    return first;
  }
  return undefined;
}

/** Every `METHOD path` of the OpenAPI document of a running app. */
export async function openApiRoutes(app: FastifyInstance, prefix = '/api/v1/'): Promise<string[]> {
  const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
  if (res.statusCode !== 200) throw new Error(`no OpenAPI document: ${res.statusCode}`);
  const doc = res.json<{ paths: Record<string, Record<string, unknown>> }>();
  const methods = new Set(['get', 'post', 'put', 'patch', 'delete']);
  const out: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    if (!path.startsWith(prefix)) continue;
    for (const m of Object.keys(ops)) if (methods.has(m)) out.push(`${m.toUpperCase()} ${path}`);
  }
  return out.sort();
}
