import { randomBytes } from 'node:crypto';
import { validateIndicatorSystem } from '@zhiping/shared';
import { eq, inArray, or } from 'drizzle-orm';
import type { Actor } from '../../lib/actor.ts';
import { z } from 'zod';
import type { Db, Tx } from '../../db/client.ts';
import {
  answers,
  assessments,
  auditEvents,
  evidenceFiles,
  findings,
  indicatorSystems,
  indicatorSystemVersions,
  organizations,
  reportSnapshots,
  reviewItems,
  users,
} from '../../db/schema.ts';
import { audit } from '../../lib/audit.ts';
import { hashPassword } from '../../lib/password.ts';
import {
  AppError,
  ConflictError,
  NotFoundError,
  ValidationError,
  type FieldError,
} from '../../lib/errors.ts';
import { defined } from '../../lib/invariant.ts';

/**
 * An enterprise's whole record as one JSON document: the organization, its users, every
 * assessment with answers, evidence files, review items, findings and report snapshots, the
 * assessors it references, the indicator-system versions its assessments pin, and its audit
 * trail. Ids are kept, so an import into another instance reproduces the same reports.
 */
export const ENTERPRISE_EXPORT_FORMAT = 'zhiping.enterprise-export/1';

type Row<T extends { $inferSelect: unknown }> = T['$inferSelect'];

export interface EnterpriseExport {
  format: typeof ENTERPRISE_EXPORT_FORMAT;
  exportedAt: string;
  organization: Row<typeof organizations>;
  users: Row<typeof users>[];
  /** Assessors and admins referenced by reviews (accounts of the platform, not the enterprise). */
  staff: Row<typeof users>[];
  versions: {
    systemCode: string;
    systemName: unknown;
    version: Row<typeof indicatorSystemVersions>;
  }[];
  assessments: Row<typeof assessments>[];
  answers: Row<typeof answers>[];
  evidenceFiles: (Omit<Row<typeof evidenceFiles>, 'content'> & { content: string })[];
  reviewItems: Row<typeof reviewItems>[];
  findings: Row<typeof findings>[];
  reportSnapshots: Row<typeof reportSnapshots>[];
  auditEvents: Omit<Row<typeof auditEvents>, 'id'>[];
}

const exportEnvelopeSchema = z.object({
  format: z.literal(ENTERPRISE_EXPORT_FORMAT),
  exportedAt: z.string(),
  organization: z.object({ id: z.uuid(), creditCode: z.string(), name: z.string() }).passthrough(),
  users: z.array(z.object({ id: z.uuid(), email: z.string() }).passthrough()),
  staff: z.array(z.object({ id: z.uuid(), email: z.string() }).passthrough()),
  versions: z.array(
    z
      .object({
        systemCode: z.string(),
        version: z.object({ id: z.uuid(), version: z.string() }).passthrough(),
      })
      .passthrough(),
  ),
  assessments: z.array(z.object({ id: z.uuid() }).passthrough()),
  answers: z.array(z.object({}).passthrough()),
  evidenceFiles: z.array(z.object({ content: z.string() }).passthrough()),
  reviewItems: z.array(z.object({}).passthrough()),
  findings: z.array(z.object({}).passthrough()),
  reportSnapshots: z.array(z.object({}).passthrough()),
  auditEvents: z.array(z.object({}).passthrough()),
});
export { exportEnvelopeSchema };

const DATE_KEYS = /(At|^at)$/;

/** JSON turns dates into strings; the import turns them back for the timestamp columns. */
function revive<T extends object>(row: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row as Record<string, unknown>)) {
    out[k] = typeof v === 'string' && DATE_KEYS.test(k) ? new Date(v) : v;
  }
  return out as T;
}

/**
 * What the envelope schema leaves open: every date parses, and every row belongs to the
 * enterprise being imported (its users, its assessments and their children, its audit
 * trail), so an edited file cannot write into another tenant or mint enterprise accounts
 * elsewhere. Staff are platform accounts (assessor or admin, no enterprise).
 */
function importProblems(data: EnterpriseExport): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => {
    if (errors.length < 50) errors.push({ field: `body.${field}`, message });
  };
  const orgId = data.organization.id;
  const dates = (section: string, rows: readonly object[], one = false) =>
    rows.forEach((row, i) => {
      const at = one ? section : `${section}.${i}`;
      for (const [k, v] of Object.entries(row)) {
        const valid = v === null || (typeof v === 'string' && !Number.isNaN(Date.parse(v)));
        if (DATE_KEYS.test(k) && !valid) add(`${at}.${k}`, 'must be an ISO 8601 date-time');
      }
    });
  dates('organization', [data.organization], true);
  const sections = [
    'users',
    'staff',
    'assessments',
    'answers',
    'evidenceFiles',
    'reviewItems',
    'findings',
    'reportSnapshots',
    'auditEvents',
  ] as const;
  for (const section of sections) dates(section, data[section]);
  data.versions.forEach((v, i) => dates(`versions.${i}.version`, [v.version], true));

  data.users.forEach((u, i) => {
    if (u.organizationId !== orgId) add(`users.${i}.organizationId`, 'must be the organization');
    if (u.role !== 'respondent') add(`users.${i}.role`, 'enterprise users are respondents');
  });
  data.staff.forEach((u, i) => {
    if (u.organizationId != null) add(`staff.${i}.organizationId`, 'staff have no enterprise');
    if (u.role !== 'assessor' && u.role !== 'admin') add(`staff.${i}.role`, 'must be staff');
  });
  data.assessments.forEach((a, i) => {
    if (a.organizationId !== orgId) {
      add(`assessments.${i}.organizationId`, 'must be the organization');
    }
  });
  const own = new Set(data.assessments.map((a) => a.id));
  for (const section of [
    'answers',
    'evidenceFiles',
    'reviewItems',
    'findings',
    'reportSnapshots',
  ] as const) {
    data[section].forEach((row, i) => {
      if (!own.has(row.assessmentId)) {
        add(`${section}.${i}.assessmentId`, 'must be an assessment of the export');
      }
    });
  }
  data.reportSnapshots.forEach((r, i) => {
    if (r.organizationId !== orgId) {
      add(`reportSnapshots.${i}.organizationId`, 'must be the organization');
    }
  });
  data.auditEvents.forEach((e, i) => {
    if (e.organizationId !== orgId)
      add(`auditEvents.${i}.organizationId`, 'must be the organization');
  });
  return errors;
}

/** A constraint of the database refused a row: the file contradicts itself or this instance. */
export function constraintViolation(err: unknown): AppError | undefined {
  for (
    let e = err as { code?: unknown; cause?: unknown; detail?: unknown } | null, d = 0;
    e && d < 5;
    e = e.cause as typeof e, d++
  ) {
    if (typeof e.code === 'string' && e.code.startsWith('23')) {
      return new AppError(422, 'import_inconsistent', 'The export does not fit this instance', {
        reason: typeof e.detail === 'string' ? e.detail : undefined,
      });
    }
  }
  return undefined;
}

export function createBackupService(deps: { db: Db }) {
  const { db } = deps;

  return {
    async exportEnterprise(organizationId: string): Promise<EnterpriseExport> {
      const [organization] = await db
        .select()
        .from(organizations)
        .where(eq(organizations.id, organizationId));
      if (!organization) throw new NotFoundError('Organization');
      const orgUsers = await db
        .select()
        .from(users)
        .where(eq(users.organizationId, organizationId));
      const asms = await db
        .select()
        .from(assessments)
        .where(eq(assessments.organizationId, organizationId));
      const ids = asms.map((a) => a.id);
      const none = ['00000000-0000-0000-0000-000000000000'];
      const inAsm = (col: Parameters<typeof inArray>[0]) => inArray(col, ids.length ? ids : none);
      const [ans, files, items, finds, snaps, events] = await Promise.all([
        db.select().from(answers).where(inAsm(answers.assessmentId)),
        db.select().from(evidenceFiles).where(inAsm(evidenceFiles.assessmentId)),
        db.select().from(reviewItems).where(inAsm(reviewItems.assessmentId)),
        db.select().from(findings).where(inAsm(findings.assessmentId)),
        db.select().from(reportSnapshots).where(inAsm(reportSnapshots.assessmentId)),
        db
          .select()
          .from(auditEvents)
          .where(eq(auditEvents.organizationId, organizationId))
          .orderBy(auditEvents.id),
      ]);
      const orgUserIds = new Set(orgUsers.map((u) => u.id));
      const staffIds = new Set<string>();
      for (const a of asms)
        if (a.assessorId && !orgUserIds.has(a.assessorId)) staffIds.add(a.assessorId);
      for (const r of items) if (!orgUserIds.has(r.reviewerId)) staffIds.add(r.reviewerId);
      for (const f of finds) if (!orgUserIds.has(f.createdBy)) staffIds.add(f.createdBy);
      for (const a of ans) if (!orgUserIds.has(a.updatedBy)) staffIds.add(a.updatedBy);
      const staff = staffIds.size
        ? await db
            .select()
            .from(users)
            .where(inArray(users.id, [...staffIds]))
        : [];
      const versionIds = [...new Set(asms.map((a) => a.versionId))];
      const versions = versionIds.length
        ? await db
            .select({
              systemCode: indicatorSystems.code,
              systemName: indicatorSystems.name,
              version: indicatorSystemVersions,
            })
            .from(indicatorSystemVersions)
            .innerJoin(indicatorSystems, eq(indicatorSystems.id, indicatorSystemVersions.systemId))
            .where(inArray(indicatorSystemVersions.id, versionIds))
        : [];
      return {
        format: ENTERPRISE_EXPORT_FORMAT,
        exportedAt: new Date().toISOString(),
        organization,
        users: orgUsers,
        staff,
        versions,
        assessments: asms,
        answers: ans,
        evidenceFiles: files.map((f) => ({ ...f, content: f.content.toString('base64') })),
        reviewItems: items,
        findings: finds,
        reportSnapshots: snaps,
        auditEvents: events.map(({ id: _id, ...e }) => e),
      };
    },

    /** Restores an export into this instance in one transaction; refuses to overwrite anything. */
    async importEnterprise(actor: Actor | null, input: unknown) {
      const parsed = exportEnvelopeSchema.safeParse(input);
      if (!parsed.success) {
        throw new ValidationError(
          parsed.error.issues.map((i) => ({
            field: `body.${i.path.join('.')}`,
            message: i.message,
          })),
        );
      }
      const data = input as EnterpriseExport;
      const problems = importProblems(data);
      if (problems.length) throw new ValidationError(problems);
      await db.transaction(async (tx: Tx) => {
        const clash = await tx
          .select({ id: organizations.id })
          .from(organizations)
          .where(
            or(
              eq(organizations.id, data.organization.id),
              eq(organizations.creditCode, data.organization.creditCode),
            ),
          );
        if (clash.length) {
          throw new ConflictError(
            'organization_exists',
            'This enterprise already exists in this instance',
          );
        }
        const emails = [...data.users, ...data.staff].map((u) => u.email);
        const existingUsers = emails.length
          ? await tx
              .select({ id: users.id, email: users.email })
              .from(users)
              .where(inArray(users.email, emails))
          : [];
        const existingById = new Map(existingUsers.map((u) => [u.email, u.id]));
        for (const u of data.users) {
          if (existingById.has(u.email))
            throw new ConflictError('email_taken', `A user with email ${u.email} already exists`);
        }
        for (const s of data.staff) {
          const have = existingById.get(s.email);
          if (have && have !== s.id) {
            throw new ConflictError(
              'staff_conflict',
              `Assessor ${s.email} exists here with another id`,
            );
          }
        }

        for (const v of data.versions) {
          await tx
            .insert(indicatorSystems)
            .values({ code: v.systemCode, name: v.systemName })
            .onConflictDoNothing({ target: indicatorSystems.code });
          const [system] = await tx
            .select({ id: indicatorSystems.id })
            .from(indicatorSystems)
            .where(eq(indicatorSystems.code, v.systemCode));
          const [same] = await tx
            .select({ id: indicatorSystemVersions.id })
            .from(indicatorSystemVersions)
            .where(eq(indicatorSystemVersions.id, v.version.id));
          if (same) continue;
          // A version arriving with an import becomes visible to every enterprise: it must be
          // a valid document of the system it claims to be.
          const checked = validateIndicatorSystem(v.version.document);
          if (!checked.ok || checked.system.code !== v.systemCode) {
            throw new ValidationError([
              {
                field: `body.versions.${data.versions.indexOf(v)}.version.document`,
                message: checked.ok
                  ? `the document's code ${checked.system.code} is not ${v.systemCode}`
                  : checked.issues
                      .slice(0, 3)
                      .map((i) => `${i.path}: ${i.message}`)
                      .join('; '),
              },
            ]);
          }
          await tx.insert(indicatorSystemVersions).values(
            revive({
              ...v.version,
              systemId: defined(system, 'the indicator system of the import').id,
              basedOnId: null,
              createdBy: null,
            }),
          );
        }
        await tx.insert(organizations).values(revive(data.organization));
        // Staff accounts missing here are created disabled, with an unusable password: the
        // reviews they made stay attributed, but a file cannot mint a working admin login.
        const unusable = await hashPassword(randomBytes(32).toString('base64url'));
        const staffToCreate = data.staff
          .filter((s) => !existingById.has(s.email))
          .map((s) => ({ ...s, passwordHash: unusable, disabledAt: new Date() }));
        const allUsers = [...data.users, ...staffToCreate];
        if (allUsers.length) await tx.insert(users).values(allUsers.map((u) => revive(u)));
        // Signed-off assessments freeze their answers (a trigger): insert them open, fill in
        // their children, then restore the status.
        const signedOff = data.assessments
          .filter((a) => a.status === 'signed_off')
          .map((a) => a.id);
        if (data.assessments.length) {
          await tx
            .insert(assessments)
            .values(
              data.assessments.map((a) =>
                revive({ ...a, status: a.status === 'signed_off' ? 'in_review' : a.status }),
              ),
            );
        }
        if (data.answers.length)
          await tx.insert(answers).values(data.answers.map((a) => revive(a)));
        for (const f of data.evidenceFiles) {
          await tx
            .insert(evidenceFiles)
            .values(revive({ ...f, content: Buffer.from(f.content, 'base64') }));
        }
        if (data.reviewItems.length)
          await tx.insert(reviewItems).values(data.reviewItems.map((r) => revive(r)));
        if (data.findings.length)
          await tx.insert(findings).values(data.findings.map((f) => revive(f)));
        if (data.reportSnapshots.length)
          await tx.insert(reportSnapshots).values(data.reportSnapshots.map((s) => revive(s)));
        if (data.auditEvents.length)
          await tx.insert(auditEvents).values(data.auditEvents.map((e) => revive(e)));
        if (signedOff.length) {
          await tx
            .update(assessments)
            .set({ status: 'signed_off' })
            .where(inArray(assessments.id, signedOff));
        }
        await audit(tx, actor, {
          action: 'organization.imported',
          entityType: 'organization',
          entityId: data.organization.id,
          organizationId: data.organization.id,
          after: {
            exportedAt: data.exportedAt,
            assessments: data.assessments.length,
            users: data.users.length,
          },
        });
      });
      return {
        organizationId: data.organization.id,
        users: data.users.length,
        assessments: data.assessments.length,
        reportSnapshots: data.reportSnapshots.length,
      };
    },
  };
}
