import {
  resolveProfile,
  validateIndicatorSystem,
  type CopyVersionBody,
  type IndicatorSystem,
  type PatchWeightsBody,
  type PutVersionBody,
} from '@zhiping/shared';
import type { Actor } from '../../lib/actor.ts';
import type { Db, Tx } from '../../db/client.ts';
import { audit } from '../../lib/audit.ts';
import {
  ConflictError,
  NotFoundError,
  ValidationError,
  type FieldError,
} from '../../lib/errors.ts';
import { readXlsx } from '../../lib/spreadsheet/xlsx-read.ts';
import { encodeXlsx } from '../../lib/spreadsheet/xlsx-write.ts';
import { isCheckViolation, isUniqueViolation } from '../../db/sql-state.ts';
import { loadVersion } from '../scoring/index.ts';
import { diffDocuments } from './diff.ts';
import { pathSegments, validDocumentOr400 } from './document-issues.ts';
import { applyWorkbook, versionWorkbook } from './excel.ts';
import { createVersionRepository, type VersionWithCode } from './repository.ts';
import { systemView, versionView } from './views.ts';

const ENTITY = 'indicator_system_version';
const safeName = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');

const immutable = (row: { status: string }) =>
  new ConflictError(
    'version_immutable',
    `This version is ${row.status}; a published version never changes. Copy it into a draft to edit.`,
    { state: row.status },
  );

const staleRevision = (current: number) =>
  new ConflictError(
    'revision_conflict',
    `The version is at revision ${current}; reload and reapply your changes`,
    { currentRevision: current },
  );

const versionTaken = (code: string, version: string) =>
  new ConflictError('version_exists', `${code} already has a version "${version}"`);

/** A draft the caller may write at the revision they saw, or the 404/409 that says why not. */
function writableDraft(row: VersionWithCode | undefined, revision: number): VersionWithCode {
  if (!row) throw new NotFoundError('Indicator-system version');
  if (row.status !== 'draft') throw immutable(row);
  if (row.revision !== revision) throw staleRevision(row.revision);
  return row;
}

/** The database trigger is the last guard: its refusal is the same 409 as the service's. */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isCheckViolation(err)) {
      throw new ConflictError('version_immutable', 'A published version never changes');
    }
    throw err;
  }
}

export function createAdminVersionService(deps: { db: Db }) {
  const { db } = deps;
  const repo = createVersionRepository(db);

  async function insertDraft(
    actor: Actor,
    tx: Tx,
    systemId: string,
    document: IndicatorSystem,
    basedOnId: string | null,
  ) {
    if (await repo.versionTaken(systemId, document.version, tx)) {
      throw versionTaken(document.code, document.version);
    }
    return repo.insert(
      {
        systemId,
        version: document.version,
        status: 'draft',
        document,
        basedOnId,
        createdBy: actor.userId,
      },
      tx,
    );
  }

  async function uniqueVersion<T>(code: string, version: string, work: () => Promise<T>) {
    try {
      return await work();
    } catch (err) {
      if (isUniqueViolation(err)) throw versionTaken(code, version);
      throw err;
    }
  }

  const service = {
    async list(q: { page: number; limit: number }) {
      const { systems, versions, total } = await repo.listSystems(q.page, q.limit);
      const items = systems.map((s) =>
        systemView(
          s,
          versions.filter((v) => v.systemId === s.id),
        ),
      );
      return { items, page: q.page, limit: q.limit, total };
    },

    async copy(actor: Actor, id: string, body: CopyVersionBody) {
      const source = await repo.find(id);
      if (!source) throw new NotFoundError('Indicator-system version');
      const { document } = await loadVersion(db, id);
      const copy: IndicatorSystem = { ...structuredClone(document), version: body.version };
      const row = await uniqueVersion(source.systemCode, body.version, () =>
        db.transaction(async (tx) => {
          const r = await insertDraft(actor, tx, source.systemId, copy, source.id);
          await audit(tx, actor, {
            action: 'indicator_system.version_copied',
            entityType: ENTITY,
            entityId: r.id,
            before: { id: source.id, version: `${source.systemCode}@${source.version}` },
            after: { version: `${source.systemCode}@${r.version}`, status: 'draft' },
          });
          return r;
        }),
      );
      return versionView(row, source.systemCode);
    },

    async replaceDocument(actor: Actor, id: string, body: PutVersionBody) {
      const row = await guarded(() =>
        db.transaction(async (tx) => {
          const current = writableDraft(await repo.findForUpdate(id, tx), body.revision);
          const next = validDocumentOr400(body.document);
          const errors: FieldError[] = [];
          if (next.code !== current.systemCode) {
            errors.push({
              field: 'body.document.code',
              message: `must stay "${current.systemCode}", the code of this indicator system`,
            });
          }
          if (next.version !== current.version) {
            errors.push({
              field: 'body.document.version',
              message: `must stay "${current.version}"; copy the version to name a new one`,
            });
          }
          if (errors.length) throw new ValidationError(errors);
          const updated = await repo.update(id, body.revision, { document: next }, tx);
          if (!updated) throw staleRevision(body.revision + 1);
          const diff = diffDocuments(current.document, next);
          await audit(tx, actor, {
            action: 'indicator_system.document_replaced',
            entityType: ENTITY,
            entityId: id,
            before: { revision: current.revision },
            after: { revision: updated.revision, changeCount: diff.total, changes: diff.changes },
          });
          return { ...updated, systemCode: current.systemCode };
        }),
      );
      return versionView(row, row.systemCode);
    },

    /** The weight editor's edit: overrides of one profile, validated like a whole document. */
    async patchWeights(actor: Actor, id: string, body: PatchWeightsBody) {
      const row = await guarded(() =>
        db.transaction(async (tx) => {
          const current = writableDraft(await repo.findForUpdate(id, tx), body.revision);
          const { document } = await loadVersion(tx, id);
          const index = document.profiles.findIndex((p) => p.id === body.profileId);
          const profile = document.profiles[index];
          if (!profile) {
            throw new ValidationError([
              { field: 'body.profileId', message: `no profile ${body.profileId} in this version` },
            ]);
          }
          const weights = { ...profile.weights };
          const before: Record<string, number | null> = {};
          const effectiveBefore: Record<string, number | null> = {};
          const inherited = resolveProfile(document, profile.id).weights;
          for (const [nodeId, weight] of Object.entries(body.weights)) {
            before[nodeId] = profile.weights[nodeId] ?? null;
            effectiveBefore[nodeId] = inherited[nodeId] ?? null;
            if (weight === null) delete weights[nodeId];
            else weights[nodeId] = weight;
          }
          const next = {
            ...document,
            profiles: document.profiles.map((p, i) => (i === index ? { ...p, weights } : p)),
          };
          const result = validateIndicatorSystem(next);
          if (!result.ok) {
            throw new ValidationError(
              result.issues.map((issue) => {
                const [top, p, field, nodeId] = pathSegments(issue.path);
                const mine = top === 'profiles' && p === String(index) && field === 'weights';
                return {
                  field: mine && nodeId ? `body.weights.${nodeId}` : 'body.weights',
                  message: issue.message,
                };
              }),
            );
          }
          const updated = await repo.update(id, body.revision, { document: result.system }, tx);
          if (!updated) throw staleRevision(body.revision + 1);
          await audit(tx, actor, {
            action: 'indicator_system.weights_changed',
            entityType: ENTITY,
            entityId: id,
            // Overrides as they were (null: none) and the weights that applied through them.
            before: {
              revision: current.revision,
              profileId: profile.id,
              weights: before,
              effective: effectiveBefore,
            },
            after: { revision: updated.revision, profileId: profile.id, weights: body.weights },
          });
          return { ...updated, systemCode: current.systemCode };
        }),
      );
      return versionView(row, row.systemCode);
    },

    /** Draft → published. Older published versions stay published: assessments pin them. */
    async publish(actor: Actor, id: string, revision: number) {
      const row = await guarded(() =>
        db.transaction(async (tx) => {
          const current = await repo.findForUpdate(id, tx);
          if (!current) throw new NotFoundError('Indicator-system version');
          if (current.status !== 'draft') {
            throw new ConflictError(
              'invalid_transition',
              `Cannot publish a version that is ${current.status}`,
              { state: current.status },
            );
          }
          if (current.revision !== revision) throw staleRevision(current.revision);
          validDocumentOr400(current.document, 'document');
          const publishedAt = new Date();
          const updated = await repo.update(id, revision, { status: 'published', publishedAt }, tx);
          if (!updated) throw staleRevision(revision + 1);
          await audit(tx, actor, {
            action: 'indicator_system.version_published',
            entityType: ENTITY,
            entityId: id,
            before: { status: 'draft', revision },
            after: {
              status: 'published',
              version: `${current.systemCode}@${current.version}`,
              publishedAt: publishedAt.toISOString(),
            },
          });
          return { ...updated, systemCode: current.systemCode };
        }),
      );
      return versionView(row, row.systemCode);
    },

    async remove(actor: Actor, id: string) {
      await guarded(() =>
        db.transaction(async (tx) => {
          const current = await repo.findForUpdate(id, tx);
          if (!current) throw new NotFoundError('Indicator-system version');
          if (current.status !== 'draft') throw immutable(current);
          await repo.remove(id, tx);
          await audit(tx, actor, {
            action: 'indicator_system.version_deleted',
            entityType: ENTITY,
            entityId: id,
            before: {
              version: `${current.systemCode}@${current.version}`,
              status: current.status,
              revision: current.revision,
              basedOnId: current.basedOnId,
            },
          });
        }),
      );
    },

    /** A document from a file becomes a draft (and its system, if the code is new). */
    async importDocument(actor: Actor, input: unknown) {
      const document = validDocumentOr400(input);
      const row = await uniqueVersion(document.code, document.version, () =>
        db.transaction(async (tx) => {
          const existed = await repo.findSystemByCode(document.code, tx);
          const system = existed ?? (await repo.ensureSystem(document.code, document.name, tx));
          const r = await insertDraft(actor, tx, system.id, document, null);
          await audit(tx, actor, {
            action: 'indicator_system.version_imported',
            entityType: ENTITY,
            entityId: r.id,
            after: {
              version: `${document.code}@${document.version}`,
              status: 'draft',
              systemCreated: !existed,
            },
          });
          return r;
        }),
      );
      return versionView(row, document.code);
    },

    async exportDocument(id: string) {
      const version = await loadVersion(db, id);
      return {
        filename: `${safeName(version.systemCode)}-${safeName(version.version)}.json`,
        document: version.document,
      };
    },

    async exportWorkbook(id: string) {
      const { systemCode, version, document } = await loadVersion(db, id);
      return {
        filename: `${safeName(systemCode)}-${safeName(version)}.xlsx`,
        bytes: await encodeXlsx(versionWorkbook(document)),
      };
    },

    /** A workbook edited in Excel replaces a draft's document, exactly like the JSON PUT. */
    async importWorkbook(actor: Actor, id: string, revision: number, file: Buffer) {
      writableDraft(await repo.find(id), revision);
      const { document } = await loadVersion(db, id);
      // Bounded, in a worker thread; a refused workbook is a 4xx naming the problem.
      const sheets = await readXlsx(file);
      const result = applyWorkbook(document, sheets);
      if (result.errors.length) throw new ValidationError(result.errors);
      return service.replaceDocument(actor, id, { revision, document: result.document });
    },
  };
  return service;
}
export type AdminVersionService = ReturnType<typeof createAdminVersionService>;
