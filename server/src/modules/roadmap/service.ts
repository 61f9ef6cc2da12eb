import type { CatalogStandard, IndicatorSystem, ReportLang, ReportResponse } from '@zhiping/shared';
import type { Tx } from '../../db/client.ts';
import type { AccessClaims } from '../../lib/actor.ts';
import {
  renderRoadmapPdf,
  roadmapPdfData,
  type PdfEdition,
  type RoadmapPdfData,
} from '../../pdf/index.ts';
import { loadVersion } from '../scoring/index.ts';
import { buildReportWithCatalog } from '../reports/index.ts';

const date = (iso: string | null) => (iso ? new Date(iso) : null);

/** The PDF's data from the report the web page shows (same numbers, same standards). */
export function roadmapDataFromReport(
  report: ReportResponse,
  system: IndicatorSystem,
  generatedAt: Date,
  catalog: readonly CatalogStandard[],
): RoadmapPdfData {
  const a = report.assessment;
  const reviewed = a.assessorName !== null || a.signedOffAt !== null;
  return roadmapPdfData({
    generatedAt,
    enterprise: {
      name: a.organization.name,
      industry: a.organization.industry,
      size: a.organization.size,
      region: a.organization.region,
    },
    assessment: { id: a.id, title: a.title, status: a.status, submittedAt: date(a.submittedAt) },
    system,
    self: report.self,
    assessed: report.assessed,
    basis: report.basis,
    review: reviewed
      ? {
          assessorName: a.assessorName,
          judgment: a.judgment,
          opinion: a.opinion,
          signedOffAt: date(a.signedOffAt),
        }
      : null,
    standards: catalog,
    heatmap: report.heatmap,
    benchmark: report.benchmark,
  });
}

export interface RoadmapFile {
  pdf: Buffer;
  /** ASCII file name (without extension) and the assessment's title for a UTF-8 name. */
  fileBase: string;
  title: string;
}

export async function buildRoadmapPdf(
  db: Tx,
  user: AccessClaims,
  assessmentId: string,
  lang: ReportLang,
  edition: PdfEdition = 'board',
): Promise<RoadmapFile> {
  const { report, catalog } = await buildReportWithCatalog(db, user, assessmentId, { lang });
  const version = await loadVersion(db, report.assessment.version.id);
  const data = roadmapDataFromReport(report, version.document, new Date(), catalog);
  return {
    pdf: await renderRoadmapPdf(data, { lang, edition }),
    fileBase: `zhiping-roadmap-${version.systemCode}-${assessmentId.slice(0, 8)}`,
    title: report.assessment.title,
  };
}
