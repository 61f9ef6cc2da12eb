import { eq, inArray, or } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
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
import { ConflictError, NotFoundError, ValidationError } from '../../lib/errors.ts';

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
    async importEnterprise(req: FastifyRequest | null, input: unknown) {
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
          await tx
            .insert(indicatorSystemVersions)
            .values(
              revive({ ...v.version, systemId: system!.id, basedOnId: null, createdBy: null }),
            );
        }
        await tx.insert(organizations).values(revive(data.organization));
        const staffToCreate = data.staff.filter((s) => !existingById.has(s.email));
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
        await audit(tx, req, {
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
