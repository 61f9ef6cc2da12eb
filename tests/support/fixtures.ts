// The app's `mailer` decorator (its type augments FastifyInstance).
import type {} from '@zhiping/server/plugins/mailer';
import type { FastifyInstance } from 'fastify';
import { linkTokenTo } from './mail.ts';
import {
  PRIVACY_TERMS_VERSION,
  usccCheckCharacter,
  type RegisterBody,
  type Session,
} from '@zhiping/shared';

let counter = 0;

/** A valid, unique unified social credit code (check character computed, not hard-coded). */
export function uniqueCreditCode(): string {
  counter++;
  const body = `91320500MA${String(Date.now() % 1e5).padStart(5, '0')}${String(counter).padStart(2, '0')}`;
  const first17 = body.slice(0, 17);
  return first17 + (usccCheckCharacter(first17) ?? '0');
}

export const PASSWORD = 'Secret-pass-2026';

export function registration(overrides: Partial<RegisterBody['organization']> = {}): RegisterBody {
  counter++;
  return {
    organization: {
      name: `测试制造有限公司${counter}`,
      creditCode: uniqueCreditCode(),
      industry: 'automotive',
      productionType: 'discrete',
      size: 'medium',
      region: '江苏省苏州市',
      ...overrides,
    },
    user: {
      email: `user${counter}-${Date.now()}@example.com`,
      password: PASSWORD,
      displayName: `用户${counter}`,
    },
    privacyConsent: { accepted: true, version: PRIVACY_TERMS_VERSION },
  };
}

export interface Actor {
  token: string;
  session: Session;
  /** The refresh cookie as `name=value`. */
  cookie: string;
  headers: { authorization: string };
}

export function refreshCookieOf(setCookie: string | string[] | undefined): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const c = all.find((v) => v.startsWith('zp_refresh='));
  if (!c) throw new Error('no refresh cookie');
  return c.split(';')[0]!;
}

function actorFrom(res: { json: () => unknown; headers: Record<string, unknown> }): Actor {
  const session = res.json() as Session;
  return {
    token: session.accessToken,
    session,
    cookie: refreshCookieOf(res.headers['set-cookie'] as string | string[] | undefined),
    headers: { authorization: `Bearer ${session.accessToken}` },
  };
}

/** How a test reads the token of a registration's confirmation mail. */
export type ConfirmationReader = (email: string) => Promise<string>;

/** From the app's outbox (no SMTP_URL, as in every test app): the link of the newest mail. */
export const outboxConfirmation =
  (app: FastifyInstance): ConfirmationReader =>
  (email) =>
    linkTokenTo(app.mailer.outboxDir, email, '/register/confirm');

/**
 * Registers an enterprise the way a user does: POST /auth/register (202, the same for every
 * address), the confirmation link from the mail, POST /auth/register/confirm (201, signed in).
 */
export async function registerEnterprise(
  app: FastifyInstance,
  overrides: Partial<RegisterBody['organization']> = {},
  opts: { confirmation?: ConfirmationReader; remoteAddress?: string } = {},
): Promise<Actor & { body: RegisterBody }> {
  const body = registration(overrides);
  const ip = opts.remoteAddress ? { remoteAddress: opts.remoteAddress } : {};
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: body,
    ...ip,
  });
  if (res.statusCode !== 202) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  const token = await (opts.confirmation ?? outboxConfirmation(app))(body.user.email);
  const confirmed = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register/confirm',
    payload: { token, password: body.user.password },
    ...ip,
  });
  if (confirmed.statusCode !== 201)
    throw new Error(`register confirm failed: ${confirmed.statusCode} ${confirmed.body}`);
  return { ...actorFrom(confirmed), body };
}

/**
 * The same over HTTP, for a server process (tests/support/server-process.ts): its outbox is
 * `${dataDir}/outbox`. Answers the session and the refresh cookie.
 */
export async function registerOverHttp(
  baseUrl: string,
  outboxDir: string,
  overrides: Partial<RegisterBody['organization']> = {},
): Promise<{ body: RegisterBody; session: Session; cookie: string }> {
  const body = registration(overrides);
  const post = (url: string, payload: unknown) =>
    fetch(`${baseUrl}${url}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
  const res = await post('/api/v1/auth/register', body);
  if (res.status !== 202) throw new Error(`register failed: ${res.status} ${await res.text()}`);
  const token = await linkTokenTo(outboxDir, body.user.email, '/register/confirm');
  const confirmed = await post('/api/v1/auth/register/confirm', {
    token,
    password: body.user.password,
  });
  if (confirmed.status !== 201)
    throw new Error(`register confirm failed: ${confirmed.status} ${await confirmed.text()}`);
  return {
    body,
    session: (await confirmed.json()) as Session,
    cookie: refreshCookieOf(confirmed.headers.getSetCookie()),
  };
}

/** The token of the newest invitation mailed to `email` (from the app's outbox). */
export const invitationTokenFor = (app: FastifyInstance, email: string) =>
  linkTokenTo(app.mailer.outboxDir, email, '/invite');

export async function login(app: FastifyInstance, email: string, password: string): Promise<Actor> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
  });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  return actorFrom(res);
}

export interface PublishedVersion {
  id: string;
  systemCode: string;
  version: string;
  profiles: { id: string; productionType: string; industry: string | null }[];
}

export async function publishedVersion(
  app: FastifyInstance,
  actor: Actor,
  systemCode = 'cmmm-2020',
): Promise<PublishedVersion> {
  const res = await app.inject({
    method: 'GET',
    url: '/api/v1/indicator-systems',
    headers: actor.headers,
  });
  const v = res
    .json<{ items: PublishedVersion[] }>()
    .items.find((i) => i.systemCode === systemCode);
  if (!v) throw new Error(`no published ${systemCode}`);
  return v;
}

export interface QuestionnaireRequirement {
  id: string;
  subdomainId: string;
  level: number;
  naAllowed: boolean;
}

/** Every requirement of a version under a profile, read from the API's document. */
export async function requirementsOf(
  app: FastifyInstance,
  actor: Actor,
  versionId: string,
  profileId: string,
): Promise<QuestionnaireRequirement[]> {
  const { effectiveTree } = await import('@zhiping/shared');
  const res = await app.inject({
    method: 'GET',
    url: `/api/v1/indicator-systems/versions/${versionId}`,
    headers: actor.headers,
  });
  const doc = res.json<{ document: Parameters<typeof effectiveTree>[0] }>().document;
  const out: QuestionnaireRequirement[] = [];
  const walk = (nodes: ReturnType<typeof effectiveTree>) => {
    for (const n of nodes) {
      if (n.kind === 'subdomain' && !n.notApplicable)
        for (const r of n.requirements)
          out.push({ id: r.id, subdomainId: n.id, level: r.level, naAllowed: r.naAllowed });
      walk(n.children);
    }
  };
  walk(effectiveTree(doc, profileId));
  return out;
}

export async function startAssessment(
  app: FastifyInstance,
  actor: Actor,
  body: Partial<{
    versionId: string;
    profileId: string;
    targetLevel: number;
    title: string;
    tailoring: unknown[];
  }> = {},
) {
  const v = await publishedVersion(app, actor);
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/assessments',
    headers: actor.headers,
    payload: {
      versionId: v.id,
      title: '2026 年度自评估',
      profileId: 'automotive',
      targetLevel: 3,
      ...body,
    },
  });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json<{
    id: string;
    revision: number;
    versionId: string;
    profileId: string;
    version: { id: string };
  }>();
}
