import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { login, registration } from '../support/fixtures.ts';
import type { TestDbKind } from '../support/database.ts';
import {
  authRefusal,
  createMatrixFixtures,
  MATRIX_ROLES,
  multipartUpload,
  ROUTE_TABLE,
  TINY_PDF,
  type MatrixFixtures,
  type MatrixRequest,
  type MatrixRole,
} from '../support/route-table.ts';
import { recordFigure } from './figures.ts';

/**
 * Property-based requests against every route of the OpenAPI document, as each role and
 * anonymously: malformed JSON, wrong types, oversized bodies, unicode edge cases, random
 * path params and query strings, wrong content types. Properties:
 *  - no 5xx, ever;
 *  - every 4xx is application/problem+json carrying its status and a code;
 *  - authentication and role come first: anonymous is 401 and a wrong role 403 on a route
 *    the caller may not use, whatever else the request carries (the policy of
 *    tests/support/route-table.ts);
 *  - the server stays up (GET /api/health after each route's batch);
 *  - a refused request writes nothing: a fingerprint of the whole database (row count and
 *    row versions of every table, the sum of assessment revisions, the latest updated_at)
 *    is taken after every request, and one that got a 4xx must leave it as it was. Refused
 *    sign-ins are audited by design, so audit rows `auth.login_failed` are left out.
 *
 * Requests are built from the OpenAPI schemas and, mostly, by breaking one or two fields
 * of the valid request the authorization table holds for the route (a wrong type, an edge
 * string, a NUL slipped into a valid string, a field removed or added), so that many get
 * past validation into the handlers and the database.
 *
 * Runs on PGlite always and on PostgreSQL when TEST_DATABASE_URL is set. FUZZ_SEED replays
 * a run (the seed is printed); FUZZ_RUNS changes the random requests per route.
 * FUZZ_ONLY=<substring> narrows the run to matching routes; FUZZ_DEBUG=1 prints every
 * random request's role, kind and answer. The figures go to test-results/reliability.jsonl
 * (name 'fuzz').
 */

const SIGN_OUT_EVERYWHERE = 'POST /api/v1/auth/sessions/revoke-all';
/** Admin routes that can disable a shared actor or its enterprise, or change its role. */
const STANDING_ROUTES = new Set([
  'PATCH /api/v1/admin/users/{id}',
  'PATCH /api/v1/admin/organizations/{id}',
]);
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 30);
/**
 * FUZZ_DEADLINE (epoch ms, set by `pnpm test:soak`): no route is started after it; the
 * figures then say how many routes were covered (routesCovered < routes).
 */
const DEADLINE = Number(process.env.FUZZ_DEADLINE ?? Infinity);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** Routes that accept bodies above the default 1 MiB (whole documents and backups). */
const LARGE_BODY_ROUTES = new Set([
  'PUT /api/v1/admin/indicator-systems/versions/{id}',
  'POST /api/v1/admin/indicator-systems/import',
  'POST /api/v1/admin/organizations/import',
]);
const OVERSIZED_BYTES = 2 * 1024 * 1024;
/** Rounds per route, each from a fresh valid request to mutate. */
const ROUNDS = 3;

// ---- The OpenAPI document ----

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  $ref?: string;
}

interface Operation {
  parameters?: { in: 'path' | 'query' | 'header'; name: string; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

interface FuzzRoute {
  key: string;
  method: string;
  path: string;
  pathParams: string[];
  query: { name: string; schema: JsonSchema }[];
  /** The JSON body schema, or 'multipart', or none. */
  body: JsonSchema | 'multipart' | undefined;
}

function routesOf(doc: { paths: Record<string, Record<string, Operation>> }): FuzzRoute[] {
  const out: FuzzRoute[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(ops)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(m)) continue;
      const params = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      out.push({
        key: `${m.toUpperCase()} ${path}`,
        method: m.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query'),
        body: content['multipart/form-data']
          ? 'multipart'
          : (content['application/json']?.schema ?? undefined),
      });
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

// ---- Arbitraries ----

/**
 * Percent-encodes what a client would send: UTF-8 bytes (a lone surrogate, which UTF-8
 * cannot carry, becomes U+FFFD as in every encoder), everything but unreserved characters.
 */
const enc = (s: string) =>
  [...Buffer.from(s, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

/** Strings that have broken servers: NUL, lone surrogates, bidi overrides, huge, injections. */
const EDGE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uD83D',
  '\u202Eevil.pdf',
  '\u200F\u200E',
  '\uFEFFbom',
  '👩‍👩‍👧‍👦',
  '𠜎𠜱𠝹',
  'e\u0301\u0301\u0301',
  '\u2028\u2029',
  '\r\n\t\v\f',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  "'; DROP TABLE users; --",
  '%',
  '%00',
  '\\',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  'null',
  'NaN',
  '-1',
  '1e309',
  '__proto__',
  'constructor',
  'a'.repeat(10_000),
  '中'.repeat(5_000),
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '12345678-1234-1234-1234-123456789012',
];

const edgeString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EDGE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(...EDGE_STRINGS.filter((s) => s.length < 50)), { maxLength: 5 })
      .map((a) => a.join('')),
  },
);

/** A value of the wrong kind for whatever field it lands in. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  edgeString,
  fc.integer(),
  fc.constantFrom(
    0,
    -0,
    -1,
    2 ** 31,
    2 ** 53 + 1,
    -(2 ** 63),
    1e308,
    -1e308,
    5e-324,
    0.1,
    true,
    false,
    null,
  ),
  fc.constant({}),
  fc.constant([]),
  fc.constant({ __proto__: { admin: true }, constructor: { prototype: { x: 1 } } }),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true}}') as unknown),
  fc.constant(Array.from({ length: 2_000 }, (_, i) => i)),
  fc.constant(nest(200)),
  fc.jsonValue({ maxDepth: 2 }),
);

function nest(depth: number): unknown {
  let v: unknown = 'deep';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

/** Values shaped by the schema, with a wrong value at any node now and then. */
function fromSchema(
  schema: JsonSchema | undefined,
  ids: string[],
  depth = 0,
): fc.Arbitrary<unknown> {
  const shaped = shapedBy(schema, ids, depth);
  return fc.oneof({ weight: 9, arbitrary: shaped }, { weight: 1, arbitrary: wrongValue });
}

function shapedBy(
  schema: JsonSchema | undefined,
  ids: string[],
  depth: number,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return fc.jsonValue({ maxDepth: 1 });
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alts = schema.anyOf ?? schema.oneOf;
  if (alts?.length) return fc.oneof(...alts.map((s) => fromSchema(s, ids, depth + 1)));
  if (schema.allOf?.length) return fromSchema(schema.allOf[0], ids, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const props = schema.properties ?? {};
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, s] of Object.entries(props)) model[k] = fromSchema(s, ids, depth + 1);
      const required = (schema.required ?? []).filter((k) => k in model);
      const base = Object.keys(model).length
        ? fc.record(model, { requiredKeys: required })
        : fc.constant({});
      const extra =
        typeof schema.additionalProperties === 'object'
          ? fc.dictionary(
              fc.oneof(fc.string({ maxLength: 70 }), edgeString),
              fromSchema(schema.additionalProperties, ids, depth + 1),
              { maxKeys: 4 },
            )
          : fc.constant({});
      return fc.tuple(base, extra).map(([a, b]) => ({ ...b, ...a }));
    }
    case 'array':
      return fc.array(fromSchema(schema.items, ids, depth + 1), {
        minLength: Math.min(schema.minItems ?? 0, 3),
        maxLength: Math.min(schema.maxItems ?? 4, 4),
      });
    case 'string':
      switch (schema.format) {
        case 'uuid':
          return fc.oneof(fc.constantFrom(...ids), fc.uuid());
        case 'email':
          return fc.emailAddress();
        case 'date-time':
          return fc
            .date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true })
            .map((d) => d.toISOString());
        case 'uri':
          return fc.webUrl();
        default:
          return fc.string({
            minLength: Math.min(schema.minLength ?? 0, 20),
            maxLength: Math.max(Math.min(schema.maxLength ?? 40, 40), schema.minLength ?? 0),
          });
      }
    case 'integer':
      return fc.integer({
        min: Math.max(schema.minimum ?? -1e6, Number.MIN_SAFE_INTEGER),
        max: Math.min(schema.maximum ?? 1e6, Number.MAX_SAFE_INTEGER),
      });
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

type FuzzRole = MatrixRole | 'junkToken';
const FUZZ_ROLES: FuzzRole[] = [...MATRIX_ROLES, 'junkToken'];

/** A valid request of the route (from the authorization table) and a role allowed to send it. */
interface SeedRequest {
  role: MatrixRole;
  request: MatrixRequest;
}

/** Every path into a JSON value (objects and arrays), the root included. */
function pathsOf(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (out.length > 5_000) return out;
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...at, i], out));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) pathsOf(x, [...at, k], out);
  return out;
}

type Mutation = {
  path: (string | number)[];
  op: 'replace' | 'delete' | 'extra' | 'taint';
  value: unknown;
  /** For 'taint': a character slipped into a string that is otherwise valid. */
  char: string;
  at: number;
};

/** Characters that survive validation of a string field and may trouble what stores it. */
const TAINT_CHARS = [
  '\u0000',
  '\uD800',
  '\uDC00',
  '\u202E',
  '\uFEFF',
  '\u2028',
  '\u0007',
  '💥',
  "'",
  '\\',
  '%',
];

const isContainer = (v: unknown): v is Record<string | number, unknown> =>
  typeof v === 'object' && v !== null;

/** Applies a mutation where its path still leads somewhere (an earlier one may have cut it). */
function applyMutation(root: unknown, mutation: Mutation): unknown {
  // Values come from shared constants: insert a copy, or later mutations could make cycles.
  const m = { ...mutation, value: structuredClone(mutation.value) };
  if (!m.path.length) {
    if (m.op === 'replace') return m.value;
    return m.op === 'taint' && typeof root === 'string' ? root + m.char : root;
  }
  let parent: unknown = root;
  for (const k of m.path.slice(0, -1)) {
    if (!isContainer(parent)) return root;
    parent = parent[k];
  }
  if (!isContainer(parent)) return root;
  const last = m.path[m.path.length - 1]!;
  const current = parent[last];
  if (m.op === 'taint') {
    if (typeof current !== 'string') return root;
    const i = current.length ? m.at % (current.length + 1) : 0;
    parent[last] = current.slice(0, i) + m.char + current.slice(i);
  } else if (m.op === 'replace') parent[last] = m.value;
  else if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (Array.isArray(target)) target.push(m.value);
    else if (isContainer(target)) target[`extra${String(last)}`] = m.value;
    else parent[last] = m.value;
  }
  return root;
}

/** The valid body with one or two of its fields broken, removed or added to. */
function mutantOf(seed: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(seed);
  const mutation: fc.Arbitrary<Mutation> = fc.record({
    path: fc.constantFrom(...paths),
    op: fc.constantFrom<Mutation['op']>('replace', 'replace', 'taint', 'taint', 'delete', 'extra'),
    value: fc.oneof(edgeString, wrongValue),
    char: fc.constantFrom(...TAINT_CHARS),
    at: fc.nat(),
  });
  return fc
    .array(mutation, { minLength: 1, maxLength: 2 })
    .map((ms) => ms.reduce<unknown>((v, m) => applyMutation(v, m), structuredClone(seed)));
}

interface FuzzRequest {
  role: FuzzRole;
  /** Whether the path is one the router matches to this route. */
  routable: boolean;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer | object;
  label: string;
}

/** A path param: a real id, a random UUID, or junk (encoded, or raw and unroutable). */
function paramArb(ids: string[]) {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...ids).map((v) => ({ v, raw: false })) },
    { weight: 2, arbitrary: fc.uuid().map((v) => ({ v, raw: false })) },
    {
      weight: 3,
      arbitrary: edgeString.filter((s) => s.length > 0).map((v) => ({ v, raw: false })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          '..',
          '../..',
          '..%2f..%2fetc%2fpasswd',
          '%2e%2e%2f',
          '%ZZ',
          '%',
          '%00',
          '%C0%AE%C0%AE',
          '%ED%A0%80',
          '%FF%FE',
          'a'.repeat(300),
          '.%00.',
          '?x=1',
          '#frag',
        )
        .map((v) => ({ v, raw: true })),
    },
  );
}

function queryArb(route: FuzzRoute, ids: string[]): fc.Arbitrary<string> {
  const known = route.query.map((q) => q.name);
  const key = fc.oneof(
    { weight: 4, arbitrary: known.length ? fc.constantFrom(...known) : fc.constant('page') },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'a[b]', 'x.y', '') },
    { weight: 1, arbitrary: edgeString },
  );
  const byName = new Map(route.query.map((q) => [q.name, q.schema]));
  const pair = key.chain((k) =>
    fc
      .oneof(
        { weight: 3, arbitrary: fromSchema(byName.get(k), ids) },
        { weight: 1, arbitrary: edgeString },
      )
      .map((v) => `${enc(k)}=${enc(typeof v === 'string' ? v : (JSON.stringify(v) ?? ''))}`),
  );
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant('') },
    {
      weight: 6,
      arbitrary: fc.array(pair, { minLength: 1, maxLength: 5 }).map((a) => `?${a.join('&')}`),
    },
    { weight: 1, arbitrary: fc.constantFrom('?a=%', '?%ZZ=1', '?&&=&', '?limit=1&limit=2', '?=') },
  );
}

const MALFORMED_JSON = [
  '{',
  '{"a":',
  '[1,2',
  'nul',
  '{"a":1}{"b":2}',
  '"\\ud800"',
  '{"a":"\\u0000"}',
  '{"revision":1e999}',
  '\u0000',
  ' ',
  '{"__proto__":{"polluted":true}}',
];

const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=zz',
  'multipart/form-data',
  'application/json; charset=utf-16',
  'application/octet-stream',
  'application/JSON',
  'image/png',
  'application/json, text/plain',
];

type Body = Pick<FuzzRequest, 'payload' | 'headers'> & { label: string };

function bodyArb(
  route: FuzzRoute,
  fx: MatrixFixtures,
  ids: string[],
  seed: SeedRequest | undefined,
): fc.Arbitrary<Body> {
  const json = (label: string) => (v: unknown) =>
    ({
      label,
      payload: JSON.stringify(v),
      headers: { 'content-type': 'application/json' },
    }) as Body;
  const schemaBody =
    route.body && route.body !== 'multipart'
      ? fromSchema(route.body, ids).map(json('schema'))
      : fc.jsonValue({ maxDepth: 3 }).map(json('json'));
  const malformed = fc
    .oneof(fc.constantFrom(...MALFORMED_JSON), fc.string({ unit: 'binary', maxLength: 30 }))
    .map((s) => ({
      label: 'malformed',
      payload: s,
      headers: { 'content-type': 'application/json' },
    }));
  const invalidUtf8 = fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => ({
    label: 'bytes',
    payload: Buffer.concat([Buffer.from([0xff, 0xfe, 0xc0]), Buffer.from(b)]),
    headers: { 'content-type': 'application/json' },
  }));
  const wrongType = fc
    .tuple(fc.constantFrom(...WRONG_CONTENT_TYPES), fc.string({ maxLength: 40 }))
    .map(([ct, s]) => ({
      label: `content-type ${ct}`,
      payload: s,
      headers: { 'content-type': ct },
    }));
  // Mostly a valid upload with one part gone wrong, so that many reach the handler.
  const multipart = fc
    .record({
      requirementId: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...fx.requirements.slice(0, 3).map((r) => r.id)) },
        { weight: 1, arbitrary: edgeString },
      ),
      filename: fc.oneof(
        { weight: 3, arbitrary: fc.constant('evidence.pdf') },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            'a.png',
            'x.exe',
            '../../etc/passwd.pdf',
            '\u202Efdp.exe',
            '.pdf',
          ),
        },
        { weight: 1, arbitrary: edgeString },
      ),
      bytes: fc.oneof(
        { weight: 3, arbitrary: fc.constant(TINY_PDF) },
        { weight: 1, arbitrary: fc.uint8Array({ maxLength: 256 }).map((b) => Buffer.from(b)) },
      ),
      // Sometimes the body is cut short, or the boundary is left out of the content type.
      cut: fc.oneof(
        { weight: 5, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.nat() },
      ),
      noBoundary: fc.oneof(
        { weight: 5, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) },
      ),
    })
    .map(({ requirementId, filename, bytes, cut, noBoundary }) => {
      const m = multipartUpload(
        requirementId.replace(/[\r\n]/g, ''),
        filename.replace(/["\r\n]/g, ''),
        bytes,
      );
      return {
        label: 'multipart',
        payload: cut === null ? m.payload : m.payload.subarray(0, cut % m.payload.length),
        headers: noBoundary ? { 'content-type': 'multipart/form-data' } : m.headers,
      };
    });
  const none = fc.constant<Body>({ label: 'no body', headers: {} });
  const seedBody = seed?.request.body;
  const mutant = seedBody !== undefined ? mutantOf(seedBody).map(json('mutant')) : schemaBody;
  if (route.method === 'GET') {
    return fc.oneof({ weight: 5, arbitrary: none }, { weight: 1, arbitrary: schemaBody });
  }
  return fc.oneof(
    { weight: 8, arbitrary: mutant },
    { weight: 3, arbitrary: schemaBody },
    { weight: route.body === 'multipart' ? 10 : 0, arbitrary: multipart },
    { weight: 2, arbitrary: malformed },
    { weight: 1, arbitrary: invalidUtf8 },
    { weight: 2, arbitrary: wrongType },
    { weight: 1, arbitrary: none },
  );
}

function requestArb(
  route: FuzzRoute,
  fx: MatrixFixtures,
  ids: string[],
  seed: SeedRequest | undefined,
): fc.Arbitrary<FuzzRequest> {
  const seedParams = route.pathParams.map((n) => seed?.request.params?.[n]);
  const params = fc.oneof(
    { weight: 2, arbitrary: fc.tuple(...route.pathParams.map(() => paramArb(ids))) },
    {
      weight: seedParams.every((v) => v !== undefined) ? 3 : 0,
      arbitrary: fc.constant(seedParams.map((v) => ({ v: v ?? '', raw: false }))),
    },
  );
  const role = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom<FuzzRole>(...FUZZ_ROLES) },
    { weight: seed ? 6 : 0, arbitrary: fc.constant<FuzzRole>(seed?.role ?? 'admin') },
  );
  const seedQuery = seed?.request.query;
  const query = seedQuery
    ? fc.oneof(
        queryArb(route, ids),
        fc
          .record(
            Object.fromEntries(
              Object.entries(seedQuery).map(([k, v]) => [
                k,
                fc.oneof(fc.constant(v), edgeString, fc.uuid()),
              ]),
            ),
          )
          .map(
            (q) =>
              `?${Object.entries(q)
                .map(([k, v]) => `${enc(k)}=${enc(v)}`)
                .join('&')}`,
          ),
      )
    : queryArb(route, ids);
  return fc
    .record({
      role,
      params: route.pathParams.length ? params : fc.constant([]),
      query,
      body: bodyArb(route, fx, ids, seed),
      junk: fc.oneof(
        fc.constantFrom(
          'Bearer',
          'Bearer ',
          'Basic YWRtaW46YWRtaW4=',
          'Bearer null',
          'bearer x.y.z',
        ),
        edgeString.map((s) => `Bearer ${s.replace(/[^\x20-\x7e]/g, '')}`),
      ),
      cookie: fc.oneof(
        fc.constant(undefined),
        edgeString.map((s) => `zp_refresh=${enc(s)}`),
      ),
    })
    .map(({ role, params, query, body, junk, cookie }) => {
      let path = route.path;
      let routable = true;
      route.pathParams.forEach((name, i) => {
        const p = params[i]!;
        if (p.raw) routable = false;
        // Beyond the router's maxParamLength (200) no route matches.
        if (!p.raw && Buffer.byteLength(p.v) > 200) routable = false;
        path = path.replace(`{${name}}`, p.raw ? p.v : enc(p.v));
      });
      const headers: Record<string, string> = { ...body.headers };
      if (role === 'junkToken') headers.authorization = junk;
      else if (role !== 'anonymous') headers.authorization = fx.actors[role].headers.authorization;
      if (cookie) headers.cookie = cookie;
      return {
        role,
        routable,
        url: path + query,
        headers,
        payload: body.payload,
        label: body.label,
      };
    });
}

// ---- Checks ----

const matrixRole = (role: FuzzRole): MatrixRole => (role === 'junkToken' ? 'anonymous' : role);

/** Problems found, described; the property fails on the first. */
function problemsWith(route: FuzzRoute, req: FuzzRequest, res: LightMyRequestResponse): string[] {
  const out: string[] = [];
  if (res.statusCode >= 500) out.push(`${res.statusCode}: ${res.body.slice(0, 300)}`);
  if (res.statusCode >= 400) {
    if (!String(res.headers['content-type']).includes('application/problem+json')) {
      out.push(`${res.statusCode} is not problem+json: ${String(res.headers['content-type'])}`);
    } else {
      const p = res.json<{ status?: unknown; code?: unknown }>();
      if (p.status !== res.statusCode || typeof p.code !== 'string') {
        out.push(`malformed problem: ${res.body.slice(0, 200)}`);
      }
    }
  }
  const refusal = req.routable ? authRefusal(route.key, matrixRole(req.role)) : undefined;
  if (refusal !== undefined && res.statusCode !== refusal) {
    out.push(`${req.role} must get ${refusal} before anything else, got ${res.statusCode}`);
  }
  return out;
}

function authOf(fx: MatrixFixtures, role: FuzzRole): Record<string, string> {
  if (role === 'anonymous') return {};
  if (role === 'junkToken') return { authorization: 'Bearer not.a.token' };
  return fx.actors[role].headers;
}

/** The table's valid request of the route for the first role it allows (owner first). */
async function seedRequestOf(fx: MatrixFixtures, key: string): Promise<SeedRequest | undefined> {
  const c = ROUTE_TABLE[key]?.[0];
  if (!c) return undefined;
  const order: MatrixRole[] = [
    'owner',
    'admin',
    'assignedAssessor',
    'assessor',
    'otherRespondent',
    'anonymous',
  ];
  const role = order.find((ro) => {
    const e = c.expect[ro];
    return e !== 401 && e !== 403 && e !== 404;
  });
  if (!role) return undefined;
  return { role, request: await c.request(fx, role) };
}

interface Runner {
  t: TestApp;
  fx: MatrixFixtures;
  requests: number;
  inject(opts: InjectOptions): Promise<LightMyRequestResponse>;
}

type RawClient = {
  query(q: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
};
const rawClient = (t: TestApp) => (t.db.database.db as unknown as { $client: RawClient }).$client;

/** The shared actors enabled, with the role and enterprise the fixtures gave them. */
async function restoreStanding(t: TestApp, fx: MatrixFixtures): Promise<void> {
  const client = rawClient(t);
  for (const a of Object.values(fx.actors)) {
    const { user, organization } = a.session;
    await client.query(
      'update users set disabled_at = null, role = $2, organization_id = $3 where id = $1',
      [user.id, user.role, organization?.id ?? null],
    );
    if (organization) {
      await client.query('update organizations set disabled_at = null where id = $1', [
        organization.id,
      ]);
    }
  }
}

/** Row count and row versions of every table; refused sign-ins' audit rows left out. */
async function fingerprint(t: TestApp): Promise<string> {
  const client = rawClient(t);
  const tables = (
    await client.query(
      "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
    )
  ).rows.map((r) => String(r.name));
  // xmin is the transaction that wrote a row version: any insert, update (even to the same
  // values) or delete changes a table's count or its list of xmins, while reads and row
  // locks (select … for update) do not. Cheaper than hashing contents, and stricter.
  const parts = tables.map((name) => {
    const where = name === 'audit_events' ? " where x.action <> 'auth.login_failed'" : '';
    return (
      `select '${name}' as t, count(*)::int as n, ` +
      `md5(coalesce(string_agg(x.xmin::text, ',' order by x.ctid), '')) as h ` +
      `from "${name}" x${where}`
    );
  });
  parts.push(
    "select 'assessments.revision' as t, coalesce(sum(revision), 0)::int as n, coalesce(max(updated_at)::text, '') as h from assessments",
  );
  const rows = (await client.query(parts.join(' union all '))).rows;
  return rows.map((r) => `${String(r.t)}:${String(r.n)}:${String(r.h)}`).join('\n');
}

// ---- The runs ----

const targets: { name: string; kind: TestDbKind }[] = [{ name: 'PGlite', kind: 'pglite' }];
if (process.env.TEST_DATABASE_URL) targets.push({ name: 'PostgreSQL', kind: 'postgres' });
/** FUZZ_DB=pglite|postgres: one database only (the soak fuzzes both side by side). */
const runTargets = targets.filter((x) => !process.env.FUZZ_DB || x.kind === process.env.FUZZ_DB);

describe.each(runTargets)('fuzzing every route on $name', ({ name, kind }) => {
  let r: Runner;
  let routes: FuzzRoute[];
  let ids: string[];

  beforeAll(async () => {
    // tests/support/database.ts picks the database from ZP_TEST_DB.
    const previous = process.env.ZP_TEST_DB;
    process.env.ZP_TEST_DB = kind;
    let t: TestApp;
    try {
      t = await createTestApp({
        LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
        AUTH_IP_RATE_LIMIT_PER_MINUTE: '100000',
        // A soak-sized run outlasts the 15-minute access tokens of the shared actors.
        ACCESS_TOKEN_TTL_SECONDS: '86400',
        QUICK_SCAN_RATE_LIMIT_PER_HOUR: '100000',
        // The fuzzer invites through the shared owner for every fresh invitation token.
        INVITATION_RATE_LIMIT_PER_HOUR: '100000',
      });
    } finally {
      process.env.ZP_TEST_DB = previous;
    }
    const fx = await createMatrixFixtures(t.app);
    r = {
      t,
      fx,
      requests: 0,
      inject(opts) {
        this.requests++;
        return t.app.inject(opts);
      },
    };
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, Record<string, Operation>>;
    }>();
    routes = routesOf(doc).filter((x) => x.key.includes(process.env.FUZZ_ONLY ?? ''));
    // A password change ends every session of its user (the shared actors' access tokens
    // included) and may leave an unknown password: that route is fuzzed last.
    // So does signing out everywhere, which leaves the passwords alone: it goes just before,
    // and the shared actors sign in again between the two (see the loop).
    const last = (k: string) =>
      k === 'POST /api/v1/auth/password' ? 2 : k === SIGN_OUT_EVERYWHERE ? 1 : 0;
    routes.sort((x, y) => last(x.key) - last(y.key));
    ids = [
      ...new Set(
        [
          ...Object.values(fx.ids),
          ...Object.values(fx.actors).map((a) => a.session.user.id),
          fx.actors.owner.session.organization!.id,
          fx.actors.otherRespondent.session.organization!.id,
        ].filter((v) => /^[0-9a-f-]{36}$/.test(v)),
      ),
    ];
  });
  afterAll(() => r?.t.close());

  /** Inputs the fuzzer found answered 5xx (or not as problem+json), kept as examples. */
  describe('regressions found by fuzzing', () => {
    const call = (
      actor: keyof MatrixFixtures['actors'] | undefined,
      method: InjectOptions['method'],
      url: string,
      payload?: unknown,
    ) =>
      r.t.app.inject({
        method,
        url,
        headers: actor ? r.fx.actors[actor].headers : {},
        ...(payload !== undefined ? { payload: payload as object } : {}),
      });
    const fieldsOf = (res: LightMyRequestResponse) =>
      res.json<{ errors?: { field: string }[] }>().errors?.map((e) => e.field) ?? [];

    test('U+0000 in a string (PostgreSQL cannot store it) is 400 naming the field', async () => {
      const reg = registration({ name: '测试\u0000公司' });
      const res = await call(undefined, 'POST', '/api/v1/auth/register', reg);
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toEqual(['body.organization.name']);

      const draft = r.fx.ids.draft;
      const rev = await r.fx.revisionOf(draft);
      const save = await call('owner', 'PATCH', `/api/v1/assessments/${draft}/answers`, {
        revision: rev,
        answers: [{ requirementId: r.fx.requirements[0]!.id, choice: 'full', comment: 'a\u0000b' }],
      });
      expect(save.statusCode).toBe(400);
      expect(fieldsOf(save)).toEqual(['body.answers.0.comment']);
      expect(await r.fx.revisionOf(draft)).toBe(rev);

      const search = await call('owner', 'GET', '/api/v1/standards?q=a%00b');
      expect(search.statusCode).toBe(400);
      expect(fieldsOf(search)).toEqual(['querystring.q']);
    });

    test('an unpaired surrogate (not Unicode; jsonb refuses it) is 400 naming the field', async () => {
      const res = await call(
        'admin',
        'POST',
        `/api/v1/admin/indicator-systems/versions/${r.fx.ids.publishedVersion}/copy`,
        { version: '\udc00copy' },
      );
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toEqual(['body.version']);
    });

    test('a revision beyond the 32-bit column is 400, not 500', async () => {
      const res = await call('owner', 'PATCH', `/api/v1/assessments/${r.fx.ids.draft}/answers`, {
        revision: 2_147_483_648,
        answers: [{ requirementId: r.fx.requirements[0]!.id, choice: 'full' }],
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    });

    test('a multipart body without a boundary, or cut short, is 400', async () => {
      const upload = multipartUpload(r.fx.requirements[0]!.id);
      for (const [headers, payload] of [
        [{ 'content-type': 'multipart/form-data' }, ''],
        [{ 'content-type': 'multipart/form-data' }, upload.payload],
        [upload.headers, upload.payload.subarray(0, 120)],
      ] as const) {
        const res = await r.t.app.inject({
          method: 'POST',
          url: `/api/v1/assessments/${r.fx.ids.draft}/evidence`,
          headers: { ...r.fx.actors.owner.headers, ...headers },
          payload,
        });
        expect(res.statusCode).toBe(400);
        expect(res.json()).toMatchObject({ code: 'malformed_multipart' });
      }
    });

    test('a path the router refuses (bad percent-encoding, over-long id) is problem+json', async () => {
      for (const [url, status] of [
        ['/api/v1/assessments/%FF%FE', 400],
        [`/api/v1/assessments/${'a'.repeat(201)}`, 414],
      ] as const) {
        const res = await call('owner', 'GET', url);
        expect(res.statusCode).toBe(status);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json()).toMatchObject({ status });
      }
    });

    test('an enterprise import with a bad date, or rows of another enterprise, is 400 naming the field', async () => {
      const base = await r.fx.fresh.enterpriseExport();
      const withUser = (patch: Record<string, unknown>) => ({
        ...base,
        users: (base.users as Record<string, unknown>[]).map((u) => ({ ...u, ...patch })),
      });
      const cases: [unknown, string][] = [
        [
          { ...base, organization: { ...(base.organization as object), createdAt: 'yesterday' } },
          'body.organization.createdAt',
        ],
        [withUser({ disabledAt: {} }), 'body.users.0.disabledAt'],
        [
          withUser({ organizationId: r.fx.actors.otherRespondent.session.organization!.id }),
          'body.users.0.organizationId',
        ],
        [withUser({ role: 'admin' }), 'body.users.0.role'],
      ];
      for (const [body, field] of cases) {
        const res = await call('admin', 'POST', '/api/v1/admin/organizations/import', body);
        expect(res.statusCode, field).toBe(400);
        expect(fieldsOf(res)).toContain(field);
      }
      // A row the database refuses (a user id already taken): 422, and nothing written.
      const taken = withUser({ id: r.fx.actors.owner.session.user.id });
      const res = await call('admin', 'POST', '/api/v1/admin/organizations/import', taken);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'import_inconsistent' });
      const org = (base.organization as { id: string }).id;
      expect(
        (await call('admin', 'GET', `/api/v1/admin/organizations/${org}/export`)).statusCode,
      ).toBe(404);
      // The untouched export imports.
      expect(
        (await call('admin', 'POST', '/api/v1/admin/organizations/import', base)).statusCode,
      ).toBe(201);
    });
  });

  test('no input gets a 5xx, refusals are problem+json, auth comes first, and refused requests write nothing', async () => {
    const started = Date.now();
    const statuses = new Map<number, number>();
    const failures: string[] = [];
    let refusedChecked = 0;
    console.log(`fuzz on ${name}: seed ${SEED}, ${RUNS_PER_ROUTE} random requests per route`);

    /**
     * Sends one request and checks that a refusal wrote nothing: the fingerprint after a 4xx
     * equals the one before it. After a 2xx the fingerprint is simply the new baseline.
     */
    let baseline = await fingerprint(r.t);
    async function send(route: FuzzRoute, opts: InjectOptions): Promise<LightMyRequestResponse> {
      const res = await r.inject({ ...opts, method: route.method });
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      // Disabling an account or an enterprise ends its sessions at once: the next request of
      // this route as that actor must still meet its expected refusal, not a 401.
      if (STANDING_ROUTES.has(route.key) && res.statusCode < 300 && (await sessionEnded())) {
        await resumeSharedActors();
      }
      const after = await fingerprint(r.t);
      if (res.statusCode >= 400) {
        refusedChecked++;
        if (after !== baseline) {
          const before = new Set(baseline.split('\n'));
          const changed = after.split('\n').filter((l) => !before.has(l));
          failures.push(
            `${route.key} ${typeof opts.url === 'string' ? opts.url.slice(0, 120) : ''} got ${res.statusCode} and ` +
              `changed the database: ${changed.map((l) => l.split(':')[0]).join(', ')}`,
          );
        }
      }
      baseline = after;
      return res;
    }

    // A fuzzed request may end a shared actor's session (a real session id given to a
    // session route, a refresh-token reuse, an admin route called with a valid body that
    // disables an actor or its enterprise, or changes its role): checked, not assumed.
    const sessionEnded = async () => {
      for (const a of Object.values(r.fx.actors)) {
        const me = await r.t.app.inject({
          method: 'GET',
          url: '/api/v1/auth/me',
          headers: a.headers,
        });
        if (me.statusCode === 401) return true;
      }
      return false;
    };
    /** The shared actors' standing as the fixtures made it, and new sessions for them. */
    async function resumeSharedActors() {
      await restoreStanding(r.t, r.fx);
      for (const role of Object.keys(r.fx.actors) as (keyof MatrixFixtures['actors'])[]) {
        const a = await login(r.t.app, r.fx.actors[role].session.user.email, r.fx.passwords[role]);
        Object.assign(r.fx.actors[role], a);
      }
    }

    const routeMs: [string, number][] = [];
    let signedOutEverywhere = false;
    for (const [index, route] of routes.entries()) {
      if (Date.now() > DEADLINE) break;
      if (signedOutEverywhere || (await sessionEnded())) {
        await resumeSharedActors();
        signedOutEverywhere = false;
      }
      if (route.key === SIGN_OUT_EVERYWHERE) signedOutEverywhere = true;
      const routeStarted = Date.now();
      const seed = await seedRequestOf(r.fx, route.key);
      baseline = await fingerprint(r.t);

      // Fixed edge cases: ids the router refuses, ...
      if (route.pathParams.length) {
        for (const bad of [
          'a'.repeat(201),
          '%FF%FE',
          '%ED%A0%80',
          '..%2F..%2Fetc%2Fpasswd',
          '%00',
        ]) {
          const url = route.path.replace(/\{(\w+)\}/g, () => bad);
          const res = await send(route, {
            url,
            headers: {
              ...(seed ? authOf(r.fx, seed.role) : {}),
              'content-type': 'application/json',
            },
            ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: '{}' }),
          });
          const req: FuzzRequest = {
            role: seed?.role ?? 'anonymous',
            routable: false,
            url,
            headers: {},
            label: 'bad id',
          };
          const problems = problemsWith(route, req, res);
          if (res.statusCode < 400) problems.push(`accepted ${res.statusCode}`);
          if (problems.length)
            failures.push(`${route.key} id ${bad.slice(0, 20)}: ${problems.join('; ')}`);
        }
      }
      // ... and for every role oversized, malformed and foreign-typed bodies.
      const edgeUrl = route.path.replace(/\{(\w+)\}/g, () => r.fx.ids.inReview);
      for (const role of FUZZ_ROLES) {
        if (!['POST', 'PUT', 'PATCH'].includes(route.method)) continue;
        const refusal = authRefusal(route.key, matrixRole(role));
        const edge: [string, string, string, (status: number) => boolean][] = [
          [
            'oversized',
            `{"x":"${'a'.repeat(OVERSIZED_BYTES)}"}`,
            'application/json',
            (st) =>
              refusal !== undefined
                ? st === refusal
                : LARGE_BODY_ROUTES.has(route.key)
                  ? st >= 400 && st < 500
                  : st === 413,
          ],
          [
            'malformed JSON',
            '{"revision": 1, "x": ',
            'application/json',
            (st) => (refusal !== undefined ? st === refusal : st === 400),
          ],
          [
            'XML',
            '<revision>1</revision>',
            'application/xml',
            (st) => (refusal !== undefined ? st === refusal : st === 415),
          ],
        ];
        for (const [label, payload, contentType, ok] of edge) {
          const res = await send(route, {
            url: edgeUrl,
            headers: { ...authOf(r.fx, role), 'content-type': contentType },
            payload,
          });
          const req: FuzzRequest = { role, routable: true, url: edgeUrl, headers: {}, label };
          const problems = problemsWith(route, req, res);
          if (!ok(res.statusCode)) problems.push(`unexpected ${res.statusCode}`);
          if (problems.length) {
            failures.push(`${route.key} ${label} as ${role}: ${problems.join('; ')}`);
          }
        }
      }

      // Random requests, in rounds that each start from a fresh valid request (the one
      // before may have been consumed: an import done, a draft submitted); fast-check
      // shrinks a failure to a small counterexample.
      for (let round = 0; round < ROUNDS; round++) {
        const roundSeed = round === 0 ? seed : await seedRequestOf(r.fx, route.key);
        baseline = await fingerprint(r.t);
        try {
          await fc.assert(
            fc.asyncProperty(requestArb(route, r.fx, ids, roundSeed), async (req) => {
              const res = await send(route, {
                url: req.url,
                headers: req.headers,
                ...(req.payload !== undefined ? { payload: req.payload } : {}),
              });
              if (process.env.FUZZ_DEBUG)
                console.log('DBG', req.role, req.label, res.statusCode, res.body.slice(0, 90));
              const problems = problemsWith(route, req, res);
              if (problems.length) {
                throw new Error(
                  `${route.key} as ${req.role} (${req.label}) ${req.url.slice(0, 200)}: ${problems.join('; ')}`,
                );
              }
            }),
            {
              numRuns: Math.ceil(RUNS_PER_ROUTE / ROUNDS),
              seed: SEED + index * ROUNDS + round,
            },
          );
        } catch (err) {
          failures.push((err as Error).message.slice(0, 3_000));
          break;
        }
      }

      const health = await r.t.app.inject({ method: 'GET', url: '/api/health' });
      if (health.statusCode !== 200) {
        failures.push(`after ${route.key}: health ${health.statusCode}`);
      }
      routeMs.push([route.key, Date.now() - routeStarted]);
    }

    const durationMs = Date.now() - started;
    const fiveHundreds = [...statuses].filter(([st]) => st >= 500).reduce((n, [, c]) => n + c, 0);
    console.log(
      `fuzz on ${name}: ${r.requests} requests over ${routes.length} routes in ${durationMs} ms; ` +
        `statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}; ` +
        `${refusedChecked} refusals checked to have written nothing; slowest: ` +
        routeMs
          .sort((a, b) => b[1] - a[1])
          .slice(0, 4)
          .map(([k, ms]) => `${k} ${ms} ms`)
          .join(', '),
    );
    recordFigure('fuzz', {
      database: kind,
      seed: SEED,
      requests: r.requests,
      routes: routes.length,
      runsPerRoute: RUNS_PER_ROUTE,
      routesCovered: routeMs.length,
      fiveHundreds,
      refusedChecked,
      durationMs,
    });
    expect(failures).toEqual([]);
  });
});
