import { Worker } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import {
  DEFAULT_XLSX_LIMITS,
  XLSX_PROBLEMS,
  type XlsxLimits,
  type XlsxProblem,
} from './xlsx-limits.ts';
import type { ReadSheet } from './sheet.ts';

export { DEFAULT_XLSX_LIMITS, type XlsxLimits } from './xlsx-limits.ts';

/** A refused workbook as an HTTP problem naming what was wrong (code, limit, the field). */
export class XlsxReadError extends AppError {
  constructor(problem: XlsxProblem, message: string, limit?: number) {
    super(XLSX_PROBLEMS[problem], problem, `body.file: ${message}`, {
      field: 'body.file',
      ...(limit === undefined ? {} : { limit }),
    });
  }
}

/** Under tsx or vitest this module is a .ts source; in the bundle it is dist/server.mjs. */
const FROM_SOURCE = import.meta.url.endsWith('.ts');

function startWorker(file: Buffer, limits: XlsxLimits): Worker {
  const options = {
    resourceLimits: {
      maxOldGenerationSizeMb: limits.maxHeapMb,
      maxYoungGenerationSizeMb: 32,
      stackSizeMb: 4,
    },
  };
  const data = { file: new Uint8Array(file), limits };
  return FROM_SOURCE
    ? new Worker(new URL('./xlsx-worker-dev.mjs', import.meta.url), {
        ...options,
        workerData: { ...data, entry: new URL('./xlsx-worker.ts', import.meta.url).href },
      })
    : new Worker(new URL('./xlsx-worker.mjs', import.meta.url), { ...options, workerData: data });
}

type WorkerAnswer =
  | { ok: true; sheets: ReadSheet[] }
  | { ok: false; problem: XlsxProblem; message: string; limit?: number };

/** Parses run one worker each; at most this many at once, the others wait their turn. */
const MAX_PARALLEL = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function slot(): Promise<() => void> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

/**
 * The worksheets of an uploaded .xlsx file, read by exceljs in a worker thread so that no
 * workbook can block the service: the worker has a heap limit and is terminated after
 * `timeoutMs`; the package, sheet, row, column, cell and cell-length bounds of `limits` are
 * checked on the way (xlsx-parse.ts). Every refusal is an XlsxReadError (4xx).
 */
export async function readXlsx(
  file: Buffer,
  overrides: Partial<XlsxLimits> = {},
): Promise<ReadSheet[]> {
  const limits = { ...DEFAULT_XLSX_LIMITS, ...overrides };
  const release = await slot();
  try {
    const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
      const worker = startWorker(file, limits);
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(
          new XlsxReadError(
            'workbook_too_complex',
            `the workbook could not be read within ${limits.timeoutMs} ms`,
            limits.timeoutMs,
          ),
        );
      }, limits.timeoutMs);
      const done = () => clearTimeout(timer);
      worker.once('message', (m: WorkerAnswer) => {
        done();
        resolve(m);
        void worker.terminate();
      });
      worker.once('error', (err: Error & { code?: string }) => {
        done();
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new XlsxReadError(
                'workbook_too_complex',
                `reading the workbook needs more than ${limits.maxHeapMb} MB of memory`,
                limits.maxHeapMb,
              )
            : err,
        );
      });
      worker.once('exit', (code) => {
        done();
        reject(new Error(`the workbook reader stopped (exit code ${code})`));
      });
    });
    if (!answer.ok) throw new XlsxReadError(answer.problem, answer.message, answer.limit);
    return answer.sheets;
  } finally {
    release();
  }
}
