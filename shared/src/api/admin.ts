import { z } from 'zod';
import { ASSESSMENT_STATUSES } from './assessments.ts';
import {
  displayNameSchema,
  emailSchema,
  organizationViewSchema,
  passwordSchema,
  userViewSchema,
} from './auth.ts';
import { paginationQuerySchema, revisionSchema, ROLES } from './common.ts';
import { localizedTextSchema, PRODUCTION_TYPES } from '../indicator-system/schema.ts';
import { standardLinkSchema, standardSchema } from '../standards/schema.ts';

/**
 * Contracts of the admin API (indicator-system versions, standards catalog, enterprises,
 * users, audit log). The server validates with them and the web forms reuse them.
 */

/** `?flag=true|false`: z.coerce.boolean() would read "false" as true. */
export const booleanQuerySchema = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const isoDateTime = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });
const searchText = z.string().trim().min(1).max(200);

// ── Indicator-system versions ────────────────────────────────────────────────────────────

export const VERSION_STATUSES = ['draft', 'published', 'archived'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const adminVersionSummarySchema = z.object({
  id: z.uuid(),
  version: z.string(),
  status: z.enum(VERSION_STATUSES),
  revision: z.number().int(),
  publishedAt: z.string().nullable(),
  basedOnId: z.uuid().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The newest published version of its system: what new assessments are offered first. */
  latest: z.boolean(),
});
export type AdminVersionSummary = z.infer<typeof adminVersionSummarySchema>;

export const adminSystemSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: localizedTextSchema,
  /** Newest first. */
  versions: z.array(adminVersionSummarySchema),
});
export type AdminSystem = z.infer<typeof adminSystemSchema>;

export const adminSystemsQuerySchema = paginationQuerySchema;

/** One version as the admin endpoints answer a write (the document is read separately). */
export const adminVersionViewSchema = adminVersionSummarySchema.omit({ latest: true }).extend({
  systemId: z.uuid(),
  systemCode: z.string(),
});
export type AdminVersionView = z.infer<typeof adminVersionViewSchema>;

const versionString = z.string().trim().min(1).max(32);
const revision = revisionSchema;
/** The document is checked by validateIndicatorSystem, which names every failing path. */
const documentInput = z.record(z.string(), z.unknown());

export const copyVersionBodySchema = z.object({ version: versionString });
export type CopyVersionBody = z.infer<typeof copyVersionBodySchema>;

export const putVersionBodySchema = z.object({ revision, document: documentInput });
export type PutVersionBody = z.infer<typeof putVersionBodySchema>;

export const versionRevisionBodySchema = z.object({ revision });

export const patchWeightsBodySchema = z.object({
  revision,
  profileId: z.string().min(1).max(64),
  /** Node id → the profile's weight override; null removes the override (the base applies). */
  weights: z
    .record(z.string().min(1).max(64), z.number().finite().nullable())
    .refine((w) => Object.keys(w).length > 0, 'name at least one weight')
    .refine((w) => Object.keys(w).length <= 500, 'at most 500 weights per edit'),
});
export type PatchWeightsBody = z.infer<typeof patchWeightsBodySchema>;

export const importVersionBodySchema = z.object({ document: documentInput });
export type ImportVersionBody = z.infer<typeof importVersionBodySchema>;

export const whatIfQuerySchema = paginationQuerySchema.extend({
  /** Only assessments whose level or score would change (or that cannot be scored). */
  onlyChanged: booleanQuerySchema.optional(),
});

const resultSchema = z.object({ maturityLevel: z.number().int(), score: z.number() });

export const WHAT_IF_CHANGES = [
  'up',
  'down',
  'score_only',
  'unchanged',
  'profile_missing',
  'unscorable',
] as const;
export type WhatIfChange = (typeof WHAT_IF_CHANGES)[number];

export const whatIfItemSchema = z.object({
  assessmentId: z.uuid(),
  title: z.string(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  status: z.enum(ASSESSMENT_STATUSES),
  profileId: z.string(),
  pinnedVersion: z.object({ id: z.uuid(), version: z.string() }),
  /** Recomputed from the pinned version with the same answers and tailoring. */
  old: resultSchema.nullable(),
  /** With the draft's document; null when the profile is missing or the input does not fit. */
  new: resultSchema.nullable(),
  /** new − old. */
  delta: resultSchema.nullable(),
  change: z.enum(WHAT_IF_CHANGES),
  /** The assessment's industry profile does not exist in the draft. */
  profileMissing: z.boolean(),
  /** Requirements of the draft (in scope for this assessment) it never answered: scored 0. */
  newRequirementsUnanswered: z.number().int(),
  /** Answers to requirements the draft no longer has: ignored. */
  ignoredAnswers: z.number().int(),
  /** Why the draft cannot score this assessment (e.g. a tailoring it no longer allows). */
  issues: z.array(z.string()),
});
export type WhatIfItem = z.infer<typeof whatIfItemSchema>;

export const whatIfResponseSchema = z.object({
  version: z.object({ id: z.uuid(), systemCode: z.string(), version: z.string() }),
  summary: z.object({
    assessments: z.number().int(),
    levelUp: z.number().int(),
    levelDown: z.number().int(),
    /** Same level; `scoreChanged` of them with a different score. */
    unchanged: z.number().int(),
    scoreChanged: z.number().int(),
    profileMissing: z.number().int(),
    unscorable: z.number().int(),
    /** Assessments with at least one requirement of the draft they never answered (scored 0). */
    withNewRequirementsUnanswered: z.number().int(),
  }),
  items: z.array(whatIfItemSchema),
  page: z.number().int(),
  limit: z.number().int(),
  total: z.number().int(),
});
export type WhatIfResponse = z.infer<typeof whatIfResponseSchema>;

// ── Standards catalog ────────────────────────────────────────────────────────────────────

export const standardBodySchema = standardSchema.extend({
  links: z.array(standardLinkSchema).max(200).default([]),
});
export type StandardBody = z.input<typeof standardBodySchema>;

export const standardViewSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  title: localizedTextSchema,
  summary: localizedTextSchema,
  frameworkCode: z.string(),
  productionTypes: z.array(z.enum(PRODUCTION_TYPES)),
  uncertain: z.boolean(),
  sourceNote: z.string(),
  links: z.array(
    z.object({
      systemCode: z.string(),
      subdomainId: z.string(),
      reason: localizedTextSchema,
      minLevel: z.number().int(),
      maxLevel: z.number().int(),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StandardView = z.infer<typeof standardViewSchema>;

export const listStandardsQuerySchema = paginationQuerySchema.extend({
  systemCode: z.string().min(1).max(64).optional(),
  subdomainId: z.string().min(1).max(64).optional(),
  /** Uncertain entries stay out unless asked for (they stay out of reports until confirmed). */
  includeUncertain: booleanQuerySchema.default(false),
  /** Framework code or its prefix (e.g. B for every 关键技术 standard). */
  frameworkCode: z
    .string()
    .regex(/^[A-C][A-G]?[A-D]?$/, 'a framework code such as AE or BC')
    .optional(),
  /** Part of the number or of the title (zh or en). */
  q: searchText.optional(),
});

// ── Enterprises and users ────────────────────────────────────────────────────────────────

export const adminOrganizationsQuerySchema = paginationQuerySchema.extend({
  /** Part of the name or of the unified social credit code. */
  q: searchText.optional(),
  disabled: booleanQuerySchema.optional(),
});

export const adminOrganizationViewSchema = organizationViewSchema.extend({
  createdAt: z.string(),
  userCount: z.number().int(),
  assessmentCount: z.number().int(),
});
export type AdminOrganizationView = z.infer<typeof adminOrganizationViewSchema>;

export const patchOrganizationBodySchema = z.object({ disabled: z.boolean() });

export const adminUsersQuerySchema = paginationQuerySchema.extend({
  role: z.enum(ROLES).optional(),
  organizationId: z.uuid().optional(),
  /** Part of the email. */
  q: searchText.optional(),
  disabled: booleanQuerySchema.optional(),
});

export const adminUserViewSchema = userViewSchema.extend({
  organizationName: z.string().nullable(),
  createdAt: z.string(),
});
export type AdminUserView = z.infer<typeof adminUserViewSchema>;

export const patchUserBodySchema = z
  .object({
    role: z.enum(ROLES).optional(),
    disabled: z.boolean().optional(),
    /** The enterprise of a respondent; required when the role becomes respondent. */
    organizationId: z.uuid().optional(),
  })
  .refine(
    (b) => b.role !== undefined || b.disabled !== undefined || b.organizationId !== undefined,
    'change at least one of role, disabled, organizationId',
  );
export type PatchUserBody = z.infer<typeof patchUserBodySchema>;

export const STAFF_ROLES = ['assessor', 'admin'] as const;

export const createStaffBodySchema = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  role: z.enum(STAFF_ROLES),
  password: passwordSchema,
});
export type CreateStaffBody = z.input<typeof createStaffBodySchema>;

// ── Audit log ────────────────────────────────────────────────────────────────────────────

export const auditQuerySchema = paginationQuerySchema.extend({
  actorId: z.uuid().optional(),
  organizationId: z.uuid().optional(),
  /** Exact action, or a prefix ending in `*` (e.g. `indicator_system.*`). */
  action: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9_.]+\*?$/, 'an action such as auth.login_failed, or a prefix ending in *')
    .optional(),
  entityType: z.string().trim().min(1).max(64).optional(),
  entityId: z.string().trim().min(1).max(200).optional(),
  /** Inclusive lower bound. */
  from: isoDateTime.optional(),
  /** Exclusive upper bound. */
  to: isoDateTime.optional(),
});

export const auditEventViewSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.uuid().nullable(),
  actorEmail: z.string().nullable(),
  actorRole: z.string().nullable(),
  organizationId: z.uuid().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEventView = z.infer<typeof auditEventViewSchema>;

/** The multipart form of an Excel import (documentation: the handler reads the parts). */
export const importWorkbookBodySchema = z.object({
  revision: z
    .string()
    .meta({ description: 'the revision of the draft the workbook was edited from' }),
  file: z.string().meta({ format: 'binary', description: 'the .xlsx workbook' }),
});
