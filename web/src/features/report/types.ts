import type { ReportResponse } from '@zhiping/shared/api/reports';

/** An engine report as the API sends it (the engine's AssessmentReport fits it). */
export type ReportData = ReportResponse['self'];
export type ReportGap = ReportData['gaps'][number];
export type ReportPhase = ReportData['roadmap'][number];
export type ReportNode = ReportData['nodes'][number];
export type Recommendation = ReportResponse['recommendations'][number];
export type Heatmap = ReportResponse['heatmap'];
export type ReportBenchmark = ReportResponse['benchmark'];
