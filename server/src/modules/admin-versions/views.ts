import type { AdminSystem, AdminVersionView, LocalizedText, VersionStatus } from '@zhiping/shared';
import type { indicatorSystems } from '../../db/schema.ts';
import type { VersionRow } from './repository.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const versionView = (row: VersionRow, systemCode: string): AdminVersionView => ({
  id: row.id,
  systemId: row.systemId,
  systemCode,
  version: row.version,
  status: row.status as VersionStatus,
  revision: row.revision,
  publishedAt: iso(row.publishedAt),
  basedOnId: row.basedOnId,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/**
 * Older published versions stay published (assessments pin them, and an enterprise may still
 * start against one); the newest published is the one offered first for new assessments.
 */
export function systemView(
  system: typeof indicatorSystems.$inferSelect,
  versions: VersionRow[],
): AdminSystem {
  const latest = versions
    .filter((v) => v.status === 'published')
    .sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0))[0];
  return {
    id: system.id,
    code: system.code,
    name: system.name as LocalizedText,
    versions: versions.map((v) => {
      const { systemId: _s, systemCode: _c, ...rest } = versionView(v, system.code);
      return { ...rest, latest: v.id === latest?.id };
    }),
  };
}
