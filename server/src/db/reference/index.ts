import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../client.ts';
import { indicatorSystemsDataset } from './indicator-systems.ts';
import { standardsDataset } from './standards.ts';

/**
 * Reference data every instance needs, demo or production: loaded at every start (and by
 * `pnpm db:seed`), after the migrations. A dataset must be idempotent: insert what is missing,
 * never rewrite a row an admin may have edited, never delete.
 */
export interface ReferenceDataset {
  /** Short name, used in the start-up log and the summary (`industries`, `regions`, ...). */
  name: string;
  /** Inserts what is missing inside the given transaction; returns how many rows it added. */
  load(tx: Tx): Promise<number>;
}

/** In load order: a dataset may rely on the ones before it. */
export const REFERENCE_DATASETS: readonly ReferenceDataset[] = [
  indicatorSystemsDataset,
  standardsDataset,
];

/** Serializes the load when several instances start at once on one PostgreSQL. */
const REFERENCE_LOCK_KEY = 7_391_224_002;

/** Loads every dataset in one transaction; returns rows added per dataset (0 on a re-run). */
export async function loadReferenceData(
  db: Db,
  datasets: readonly ReferenceDataset[] = REFERENCE_DATASETS,
): Promise<Record<string, number>> {
  const added: Record<string, number> = {};
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${REFERENCE_LOCK_KEY})`);
    for (const dataset of datasets) added[dataset.name] = await dataset.load(tx);
  });
  return added;
}
