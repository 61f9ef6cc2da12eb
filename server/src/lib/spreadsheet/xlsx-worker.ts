import { parentPort, workerData } from 'node:worker_threads';
import { XlsxRejection, type XlsxLimits } from './xlsx-limits.ts';
import { parseXlsx } from './xlsx-parse.ts';

/**
 * Worker entry of readXlsx: parses the workbook in workerData and posts the sheets or the
 * refusal. Bundled as dist/xlsx-worker.mjs; under tsx it is loaded by xlsx-worker-dev.mjs.
 */
const { file, limits } = workerData as { file: Uint8Array; limits: XlsxLimits };
if (!parentPort) throw new Error('xlsx-worker runs only as a worker thread');
const port = parentPort;
try {
  const sheets = await parseXlsx(
    Buffer.from(file.buffer, file.byteOffset, file.byteLength),
    limits,
  );
  port.postMessage({ ok: true, sheets });
} catch (err) {
  port.postMessage(
    err instanceof XlsxRejection
      ? { ok: false, problem: err.problem, message: err.message, limit: err.limit }
      : {
          ok: false,
          problem: 'malformed_workbook',
          message: `the workbook cannot be read (${String((err as Error)?.message).slice(0, 200)})`,
        },
  );
}
