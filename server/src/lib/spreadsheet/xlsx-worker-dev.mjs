// Loads the TypeScript worker entry (xlsx-worker.ts) when the server runs from its sources
// (tsx, vitest); the built server starts dist/xlsx-worker.mjs directly.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
