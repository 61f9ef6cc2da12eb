/** The quick-scan module's public surface: other modules import only this file. */
export { originScan } from './origin.ts';
