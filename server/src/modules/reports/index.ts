/** The reports module's public surface: other modules import only this file. */
export { buildReportWithCatalog } from './service.ts';
