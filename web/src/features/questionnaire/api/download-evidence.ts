// Shared with the review screen; kept here so the questionnaire's imports stay put.
export { downloadEvidence, useDownloadEvidence } from '../../../lib/api/download-evidence.ts';
