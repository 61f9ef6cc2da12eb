import type {
  CapabilityNode,
  LocalizedText,
  Standard,
  StandardLink,
  StandardView,
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
import { isUniqueViolation } from '../../db/sql-state.ts';
import { loadVersion } from '../scoring/index.ts';
import {
  createStandardRepository,
  type LinkRow,
  type StandardFilters,
  type StandardRow,
} from './repository.ts';

const ENTITY = 'standard';

function standardView(row: StandardRow, links: LinkRow[]): StandardView {
  return {
    id: row.id,
    number: row.number,
    title: row.title as LocalizedText,
    summary: row.summary as LocalizedText,
    frameworkCode: row.frameworkCode,
    productionTypes: row.productionTypes as StandardView['productionTypes'],
    uncertain: row.uncertain,
    sourceNote: row.sourceNote,
    links: links.map((l) => ({
      systemCode: l.systemCode,
      subdomainId: l.subdomainId,
      reason: l.reason as LocalizedText,
      minLevel: l.minLevel,
      maxLevel: l.maxLevel,
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of a standard: its content, not its timestamps. */
const audited = ({ createdAt: _c, updatedAt: _u, ...rest }: StandardView) => rest;

function subdomainIds(nodes: readonly CapabilityNode[], out: Set<string>): Set<string> {
  for (const n of nodes) {
    if (n.children) subdomainIds(n.children, out);
    else out.add(n.id);
  }
  return out;
}

const numberTaken = (number: string) =>
  new ConflictError('standard_number_taken', `A standard numbered ${number} already exists`);

export function createStandardService(deps: { db: Db }) {
  const { db } = deps;
  const repo = createStandardRepository(db);

  /** Every link must name a sub-domain of a published or draft version of its system. */
  async function checkLinks(links: readonly StandardLink[], tx: Tx) {
    const known = new Map<string, Set<string> | null>();
    for (const code of new Set(links.map((l) => l.systemCode))) {
      const ids = await repo.linkableVersionIds(code, tx);
      const set = new Set<string>();
      for (const id of ids) subdomainIds((await loadVersion(tx, id)).document.tree, set);
      known.set(code, ids.length ? set : null);
    }
    const seen = new Set<string>();
    const errors: FieldError[] = [];
    links.forEach((l, i) => {
      const subdomains = known.get(l.systemCode);
      const key = `${l.systemCode}\u0000${l.subdomainId}`;
      if (!subdomains) {
        errors.push({
          field: `body.links.${i}.systemCode`,
          message: `no indicator system ${l.systemCode} with a published or draft version`,
        });
      } else if (!subdomains.has(l.subdomainId)) {
        errors.push({
          field: `body.links.${i}.subdomainId`,
          message: `${l.subdomainId} is not a sub-domain of any published or draft version of ${l.systemCode}`,
        });
      } else if (seen.has(key)) {
        errors.push({
          field: `body.links.${i}.subdomainId`,
          message: `${l.systemCode} / ${l.subdomainId} is linked twice`,
        });
      }
      seen.add(key);
    });
    if (errors.length) throw new ValidationError(errors);
  }

  async function withLinks(row: StandardRow, tx: Tx = db) {
    return standardView(row, await repo.linksOf([row.id], tx));
  }

  async function unique<T>(number: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (isUniqueViolation(err)) throw numberTaken(number);
      throw err;
    }
  }

  const columns = (body: Standard) => ({
    number: body.number,
    title: body.title,
    summary: body.summary,
    frameworkCode: body.frameworkCode,
    productionTypes: body.productionTypes,
    uncertain: body.uncertain,
    sourceNote: body.sourceNote,
  });

  return {
    async list(q: StandardFilters & { page: number; limit: number }) {
      const { rows, total } = await repo.list(q, q.page, q.limit);
      const links = await repo.linksOf(rows.map((r) => r.id));
      const items = rows.map((r) =>
        standardView(
          r,
          links.filter((l) => l.standardId === r.id),
        ),
      );
      return { items, page: q.page, limit: q.limit, total };
    },

    async get(id: string) {
      const row = await repo.find(id);
      if (!row) throw new NotFoundError('Standard');
      return withLinks(row);
    },

    async create(actor: Actor, body: Standard) {
      return unique(body.number, () =>
        db.transaction(async (tx) => {
          if (await repo.numberTaken(body.number, null, tx)) throw numberTaken(body.number);
          await checkLinks(body.links, tx);
          const row = await repo.insert(columns(body), tx);
          await repo.replaceLinks(row.id, body.links, tx);
          const view = await withLinks(row, tx);
          await audit(tx, actor, {
            action: 'standard.created',
            entityType: ENTITY,
            entityId: row.id,
            after: audited(view),
          });
          return view;
        }),
      );
    },

    /** Replaces the entry and its links. */
    async update(actor: Actor, id: string, body: Standard) {
      return unique(body.number, () =>
        db.transaction(async (tx) => {
          const current = await repo.findForUpdate(id, tx);
          if (!current) throw new NotFoundError('Standard');
          if (await repo.numberTaken(body.number, id, tx)) throw numberTaken(body.number);
          await checkLinks(body.links, tx);
          const before = await withLinks(current, tx);
          const row = await repo.update(id, columns(body), tx);
          await repo.replaceLinks(id, body.links, tx);
          const view = await withLinks(row, tx);
          await audit(tx, actor, {
            action: 'standard.updated',
            entityType: ENTITY,
            entityId: id,
            before: audited(before),
            after: audited(view),
          });
          return view;
        }),
      );
    },

    async remove(actor: Actor, id: string) {
      await db.transaction(async (tx) => {
        const current = await repo.findForUpdate(id, tx);
        if (!current) throw new NotFoundError('Standard');
        const before = await withLinks(current, tx);
        await repo.remove(id, tx);
        await audit(tx, actor, {
          action: 'standard.deleted',
          entityType: ENTITY,
          entityId: id,
          before: audited(before),
        });
      });
    },
  };
}
export type StandardService = ReturnType<typeof createStandardService>;
