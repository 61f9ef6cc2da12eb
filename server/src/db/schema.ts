import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const pk = () =>
  uuid('id')
    .primaryKey()
    .default(sql`gen_random_uuid()`);

export const organizations = pgTable('organizations', {
  id: pk(),
  name: text('name').notNull(),
  creditCode: text('credit_code').notNull().unique(),
  industry: text('industry').notNull(),
  productionType: text('production_type').notNull(),
  size: text('size').notNull(),
  region: text('region').notNull(),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  createdAt: createdAt(),
});

export const users = pgTable(
  'users',
  {
    id: pk(),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role').notNull(),
    organizationId: uuid('organization_id').references(() => organizations.id),
    locale: text('locale').notNull().default('zh-CN'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true })
      .notNull()
      .defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_uq').on(t.email), index('users_org_idx').on(t.organizationId)],
);

export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: pk(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    familyId: uuid('family_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    rotatedAt: timestamp('rotated_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /**
     * The successor token, AES-256-GCM sealed under a key derived from this (rotated) token:
     * only a holder of this token can open it, within the refresh grace window (two tabs).
     */
    successorSealed: text('successor_sealed'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('refresh_tokens_hash_uq').on(t.tokenHash),
    index('refresh_tokens_family_idx').on(t.familyId),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    id: pk(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('invitations_hash_uq').on(t.tokenHash)],
);

/**
 * A registration waiting for its confirmation link (no email enumeration: the account is
 * created only when the mailbox's owner follows the link). The token is stored as SHA-256.
 */
export const registrationRequests = pgTable(
  'registration_requests',
  {
    id: pk(),
    email: text('email').notNull(),
    tokenHash: text('token_hash').notNull(),
    organization: jsonb('organization').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    locale: text('locale').notNull().default('zh-CN'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('registration_requests_hash_uq').on(t.tokenHash),
    index('registration_requests_expires_idx').on(t.expiresAt),
  ],
);

export const indicatorSystems = pgTable('indicator_systems', {
  id: pk(),
  code: text('code').notNull().unique(),
  name: jsonb('name').notNull(),
  createdAt: createdAt(),
});

export const indicatorSystemVersions = pgTable(
  'indicator_system_versions',
  {
    id: pk(),
    systemId: uuid('system_id')
      .notNull()
      .references(() => indicatorSystems.id),
    version: text('version').notNull(),
    /** draft | published | archived. A published version never changes (trigger-enforced). */
    status: text('status').notNull(),
    document: jsonb('document').notNull(),
    revision: integer('revision').notNull().default(1),
    basedOnId: uuid('based_on_id'),
    createdBy: uuid('created_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('isv_system_version_uq').on(t.systemId, t.version)],
);

/**
 * Quick scans (自诊断快评, docs/quick-scan.md): started without an account, reached by an
 * unguessable token of which only the SHA-256 is stored. Anonymous scans expire; claiming one
 * attaches it to an enterprise (organization_id), after which only that enterprise reads it.
 */
export const quickScans = pgTable(
  'quick_scans',
  {
    id: pk(),
    tokenHash: text('token_hash').notNull(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => indicatorSystemVersions.id),
    profileId: text('profile_id').notNull(),
    /** [{ subdomainId, reason }] */
    tailoring: jsonb('tailoring').notNull().default([]),
    /** { subdomainId: 0..5 | 'na' } */
    choices: jsonb('choices').notNull().default({}),
    organizationId: uuid('organization_id').references(() => organizations.id),
    claimedBy: uuid('claimed_by').references(() => users.id),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    /** Anonymous scans only; a claimed scan keeps no expiry. */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('quick_scans_token_uq').on(t.tokenHash),
    index('quick_scans_org_idx').on(t.organizationId, t.createdAt),
    index('quick_scans_expiry_idx').on(t.expiresAt),
  ],
);

export const assessments = pgTable(
  'assessments',
  {
    id: pk(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    versionId: uuid('version_id')
      .notNull()
      .references(() => indicatorSystemVersions.id),
    title: text('title').notNull(),
    profileId: text('profile_id').notNull(),
    targetLevel: integer('target_level').notNull(),
    /** [{ subdomainId, reason }] */
    tailoring: jsonb('tailoring').notNull().default([]),
    status: text('status').notNull(),
    /** Optimistic-locking counter: every accepted write bumps it. */
    revision: integer('revision').notNull().default(1),
    assessorId: uuid('assessor_id').references(() => users.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    signedOffAt: timestamp('signed_off_at', { withTimezone: true }),
    judgment: text('judgment'),
    opinion: text('opinion'),
    /** The quick scan this assessment was started from (docs/quick-scan.md), if any. */
    quickScanId: uuid('quick_scan_id').references(() => quickScans.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('assessments_org_idx').on(t.organizationId, t.createdAt),
    index('assessments_status_idx').on(t.status),
    index('assessments_assessor_idx').on(t.assessorId),
  ],
);

export const answers = pgTable(
  'answers',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    requirementId: text('requirement_id').notNull(),
    /** full | most | partial | none | na; null while only a comment or evidence is saved. */
    choice: text('choice'),
    comment: text('comment').notNull().default(''),
    /** { notes: string, links: string[] } */
    evidence: jsonb('evidence').notNull().default({ notes: '', links: [] }),
    updatedBy: uuid('updated_by')
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.requirementId] })],
);

export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: pk(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    requirementId: text('requirement_id').notNull(),
    filename: text('filename').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('evidence_files_assessment_idx').on(t.assessmentId, t.requirementId)],
);

export const reviewItems = pgTable(
  'review_items',
  {
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    requirementId: text('requirement_id').notNull(),
    /** confirm | adjust */
    decision: text('decision').notNull(),
    adjustedChoice: text('adjusted_choice'),
    comment: text('comment').notNull().default(''),
    reviewerId: uuid('reviewer_id')
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.requirementId] })],
);

export const findings = pgTable(
  'findings',
  {
    id: pk(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    requirementId: text('requirement_id'),
    text: text('text').notNull(),
    /** open | answered | verified */
    status: text('status').notNull().default('open'),
    response: text('response'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('findings_assessment_idx').on(t.assessmentId)],
);

export const reportSnapshots = pgTable(
  'report_snapshots',
  {
    id: pk(),
    assessmentId: uuid('assessment_id')
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    /** self | assessed */
    kind: text('kind').notNull(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    industry: text('industry').notNull(),
    sizeBand: text('size_band').notNull(),
    systemCode: text('system_code').notNull(),
    maturityLevel: integer('maturity_level').notNull(),
    score: numeric('score', { precision: 8, scale: 6, mode: 'number' }).notNull(),
    report: jsonb('report').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('report_snapshots_assessment_idx').on(t.assessmentId, t.kind),
    index('report_snapshots_peer_idx').on(t.systemCode, t.kind, t.industry, t.sizeBand, t.score),
  ],
);

export const standards = pgTable('standards', {
  id: pk(),
  number: text('number').notNull().unique(),
  title: jsonb('title').notNull(),
  summary: jsonb('summary').notNull(),
  frameworkCode: text('framework_code').notNull(),
  /** Production types the standard applies to ('discrete', 'process'). */
  productionTypes: jsonb('production_types')
    .$type<string[]>()
    .notNull()
    .default(sql`'["discrete","process"]'::jsonb`),
  uncertain: boolean('uncertain').notNull().default(false),
  sourceNote: text('source_note').notNull().default(''),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const standardLinks = pgTable(
  'standard_links',
  {
    standardId: uuid('standard_id')
      .notNull()
      .references(() => standards.id, { onDelete: 'cascade' }),
    systemCode: text('system_code').notNull(),
    subdomainId: text('subdomain_id').notNull(),
    reason: jsonb('reason').notNull(),
    /** Level band of the requirements the link helps with (1..5). */
    minLevel: integer('min_level').notNull().default(1),
    maxLevel: integer('max_level').notNull().default(5),
  },
  (t) => [
    primaryKey({ columns: [t.standardId, t.systemCode, t.subdomainId] }),
    index('standard_links_subdomain_idx').on(t.systemCode, t.subdomainId),
  ],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role'),
    organizationId: uuid('organization_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_entity_idx').on(t.entityType, t.entityId),
    index('audit_events_actor_idx').on(t.actorId),
  ],
);
