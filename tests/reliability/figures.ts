import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Figures from a reliability run, collected for docs/reliability.md
 * (test-results/reliability.jsonl; `pnpm test:soak` points RELIABILITY_FIGURES elsewhere).
 */
export const FIGURES_FILE =
  process.env.RELIABILITY_FIGURES ??
  join(import.meta.dirname, '..', '..', 'test-results', 'reliability.jsonl');

export function recordFigure(name: string, values: Record<string, number | string>): void {
  mkdirSync(join(FIGURES_FILE, '..'), { recursive: true });
  appendFileSync(
    FIGURES_FILE,
    JSON.stringify({ name, at: new Date().toISOString(), ...values }) + '\n',
  );
}
