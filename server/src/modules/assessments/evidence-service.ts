import { createHash } from 'node:crypto';
import type { EvidenceFileView, TailoringEntry } from '@zhiping/shared';
import type { Actor } from '../../lib/actor.ts';
import type { Db, Tx } from '../../db/client.ts';
import { audit } from '../../lib/audit.ts';
import {
  AppError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from '../../lib/errors.ts';
import type { AccessClaims } from '../../lib/actor.ts';
import { loadVersion, requirementIndex, scorerFor } from '../scoring/index.ts';
import { loadAssessmentFor, type AssessmentAccess } from './access.ts';
import { cleanFilename, detectEvidenceType } from './evidence-content.ts';
import { createEvidenceRepository, type EvidenceMetadata } from './evidence-repository.ts';
import { openFindingRequirementIds } from './reopened.ts';

/** Files per requirement: evidence, not an archive. */
export const MAX_FILES_PER_REQUIREMENT = 20;

export interface EvidenceUpload {
  requirementId: string | undefined;
  filename: string;
  bytes: Buffer;
}

const view = (m: EvidenceMetadata): EvidenceFileView => ({
  id: m.id,
  requirementId: m.requirementId,
  filename: m.filename,
  mimeType: m.mimeType,
  sizeBytes: m.sizeBytes,
  sha256: m.sha256,
  createdAt: m.createdAt.toISOString(),
});

/** The enterprise changes evidence only while it may change answers (draft, or returned). */
function requireWritable(access: AssessmentAccess): void {
  if (!access.isOwner) throw new ForbiddenError('Only the enterprise manages its evidence');
  const { status } = access.row;
  if (status !== 'draft' && status !== 'returned') {
    throw new ConflictError(
      'assessment_locked',
      `The assessment is ${status}; its evidence cannot change`,
      { state: status },
    );
  }
}

/** During 弱项整改 evidence follows the answers: only requirements with an open finding. */
async function requireReopened(tx: Tx, access: AssessmentAccess, requirementId: string) {
  if (access.row.status !== 'returned') return;
  const open = await openFindingRequirementIds(tx, access.row.id);
  if (!open.has(requirementId)) {
    throw new ConflictError(
      'answer_not_reopened',
      'During 弱项整改 only requirements with open findings can change',
      { requirementIds: [requirementId] },
    );
  }
}

const mb = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${(bytes / 1024).toFixed(1)} KB`;

/**
 * @param quotaBytes evidence storage per enterprise, over all its assessments
 *   (EVIDENCE_QUOTA_MB); an upload beyond it is 413 `evidence_quota_exceeded`.
 */
export function createEvidenceService(deps: { db: Db; quotaBytes: number }) {
  const { db, quotaBytes } = deps;
  const repo = createEvidenceRepository(db);

  return {
    /** Cheap refusal before a large body is read: the caller must be able to upload at all. */
    async precheck(user: AccessClaims, id: string) {
      requireWritable(await loadAssessmentFor(db, user, id));
    },

    async upload(actor: Actor, user: AccessClaims, id: string, upload: EvidenceUpload) {
      const requirementId = upload.requirementId?.trim() ?? '';
      if (!requirementId || requirementId.length > 64) {
        throw new ValidationError([
          { field: 'body.requirementId', message: 'name the requirement the file is evidence for' },
        ]);
      }
      const filename = cleanFilename(upload.filename);
      if (!filename)
        throw new ValidationError([{ field: 'body.file', message: 'needs a file name' }]);
      if (!upload.bytes.length) {
        throw new ValidationError([{ field: 'body.file', message: 'the file is empty' }]);
      }
      const detected = detectEvidenceType(upload.bytes, filename);
      if (!detected.ok) {
        throw new AppError(415, 'unsupported_file_type', `File refused: ${detected.reason}`);
      }
      const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
      return db.transaction(async (tx) => {
        const access = await loadAssessmentFor(tx, user, id, { forUpdate: true });
        requireWritable(access);
        const { row } = access;
        const version = await loadVersion(tx, row.versionId);
        const idx = requirementIndex(scorerFor(version, row.profileId));
        const r = idx.requirements.get(requirementId);
        const tailored = (row.tailoring as TailoringEntry[]).some(
          (t) => t.subdomainId === r?.subdomainId,
        );
        if (!r || tailored || idx.subdomains.get(r.subdomainId)?.notApplicable) {
          throw new ValidationError([
            {
              field: 'body.requirementId',
              message: `no requirement ${requirementId} in this assessment`,
            },
          ]);
        }
        await requireReopened(tx, access, requirementId);
        if ((await repo.countFor(id, requirementId, tx)) >= MAX_FILES_PER_REQUIREMENT) {
          throw new ConflictError(
            'evidence_limit_reached',
            `A requirement holds at most ${MAX_FILES_PER_REQUIREMENT} files; delete one first`,
            { limit: MAX_FILES_PER_REQUIREMENT },
          );
        }
        const used = await repo.usageOfOrganizationLocked(row.organizationId, tx);
        if (used + upload.bytes.length > quotaBytes) {
          throw new AppError(
            413,
            'evidence_quota_exceeded',
            `The enterprise's evidence storage is limited to ${mb(quotaBytes)}; ` +
              `${mb(used)} are in use and this file needs ${mb(upload.bytes.length)}. ` +
              'Delete files that are no longer needed first',
            { quotaBytes, usedBytes: used, fileBytes: upload.bytes.length },
          );
        }
        const saved = await repo.insert(
          {
            assessmentId: id,
            requirementId,
            filename,
            mimeType: detected.mimeType,
            sizeBytes: upload.bytes.length,
            sha256,
            content: upload.bytes,
            uploadedBy: user.sub,
          },
          tx,
        );
        await audit(tx, actor, {
          action: 'evidence.uploaded',
          entityType: 'evidence_file',
          entityId: saved.id,
          organizationId: row.organizationId,
          after: { assessmentId: id, ...view(saved) },
        });
        return view(saved);
      });
    },

    async list(
      user: AccessClaims,
      id: string,
      q: { requirementId?: string | undefined; page: number; limit: number },
    ) {
      await loadAssessmentFor(db, user, id);
      const { rows, total } = await repo.list(id, q);
      return { items: rows.map(view), page: q.page, limit: q.limit, total };
    },

    async download(user: AccessClaims, id: string, fileId: string) {
      await loadAssessmentFor(db, user, id);
      const file = await repo.withContent(id, fileId);
      if (!file) throw new NotFoundError('Evidence file');
      return file;
    },

    async remove(actor: Actor, user: AccessClaims, id: string, fileId: string) {
      await db.transaction(async (tx) => {
        const access = await loadAssessmentFor(tx, user, id, { forUpdate: true });
        const file = await repo.metadata(id, fileId, tx);
        if (!file) throw new NotFoundError('Evidence file');
        requireWritable(access);
        await requireReopened(tx, access, file.requirementId);
        await repo.remove(fileId, tx);
        await audit(tx, actor, {
          action: 'evidence.deleted',
          entityType: 'evidence_file',
          entityId: fileId,
          organizationId: access.row.organizationId,
          before: { assessmentId: id, ...view(file) },
        });
      });
    },
  };
}
export type EvidenceService = ReturnType<typeof createEvidenceService>;
