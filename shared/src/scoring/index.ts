export * from './types.ts';
export { prepareScoring, computeReport, checkAnswers } from './report.ts';
export type { Scorer, ComputeReportInput } from './report.ts';
export * from './labels.ts';
export * from './answers-file.ts';
export { scoreQuickScan, weakestQuickScanSubdomains } from './quick-scan.ts';
export type { QuickScanChoice, QuickScanInput } from './quick-scan.ts';
