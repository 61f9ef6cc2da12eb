import {
  indicatorSystemSchema,
  prepareScoring,
  type IndicatorSystem,
  type Scorer,
} from '@zhiping/shared';
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { indicatorSystems, indicatorSystemVersions } from '../../db/schema.ts';
import { NotFoundError } from '../../lib/errors.ts';

export interface VersionRecord {
  id: string;
  systemId: string;
  systemCode: string;
  version: string;
  status: 'draft' | 'published' | 'archived';
  revision: number;
  document: IndicatorSystem;
}

/**
 * Published versions never change, so each is parsed once and each (version, profile) scorer
 * is prepared once per process. Drafts change, so they are keyed by their revision too.
 */
const documents = new Map<string, VersionRecord>();
const scorers = new Map<string, Scorer>();
const MAX_ENTRIES = 256;

function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value as K);
  map.set(key, value);
  return value;
}

export async function loadVersion(db: Tx, versionId: string): Promise<VersionRecord> {
  const cached = documents.get(versionId);
  if (cached && cached.status !== 'draft') return cached;
  const [row] = await db
    .select({
      id: indicatorSystemVersions.id,
      systemId: indicatorSystemVersions.systemId,
      systemCode: indicatorSystems.code,
      version: indicatorSystemVersions.version,
      status: indicatorSystemVersions.status,
      revision: indicatorSystemVersions.revision,
      document: indicatorSystemVersions.document,
    })
    .from(indicatorSystemVersions)
    .innerJoin(indicatorSystems, eq(indicatorSystems.id, indicatorSystemVersions.systemId))
    .where(eq(indicatorSystemVersions.id, versionId));
  if (!row) throw new NotFoundError('Indicator-system version');
  if (cached && cached.revision === row.revision && cached.status === row.status) return cached;
  const record: VersionRecord = {
    ...row,
    status: row.status as VersionRecord['status'],
    document: indicatorSystemSchema.parse(row.document),
  };
  return remember(documents, versionId, record);
}

export function scorerFor(version: VersionRecord, profileId: string): Scorer {
  const key = `${version.id}@${version.revision}/${profileId}`;
  return scorers.get(key) ?? remember(scorers, key, prepareScoring(version.document, profileId));
}
