import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { quickScans } from '../../db/schema.ts';
import { ValidationError } from '../../lib/errors.ts';

/**
 * The enterprise's claimed scan a full assessment is started from (its origin), or a 400 on
 * body.quickScanId: a scan of another enterprise, an unclaimed one, or one of another version.
 */
export async function originScan(
  tx: Tx,
  organizationId: string,
  scanId: string,
  versionId: string,
): Promise<string> {
  const [row] = await tx
    .select({ id: quickScans.id, versionId: quickScans.versionId })
    .from(quickScans)
    .where(and(eq(quickScans.id, scanId), eq(quickScans.organizationId, organizationId)));
  if (!row) {
    throw new ValidationError([
      {
        field: 'body.quickScanId',
        message: 'no quick scan of your enterprise with this id (claim it first)',
      },
    ]);
  }
  if (row.versionId !== versionId) {
    throw new ValidationError([
      {
        field: 'body.quickScanId',
        message: 'the quick scan was made on another indicator-system version',
      },
    ]);
  }
  return row.id;
}
