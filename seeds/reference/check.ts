/**
 * Validates the reference data (divisions, industry codes, size rule) in seeds/data/reference;
 * run by `pnpm seeds:check` after seeds/check.ts. Exits 1 on any problem.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATA_DIR } from '../build.ts';
import {
  checkDivisions,
  checkIndustries,
  checkSizeRule,
  REFERENCE_FILES,
  type ReferenceProblem,
} from './index.ts';

export function checkReferenceFiles(dataDir: string = DATA_DIR): {
  ok: boolean;
  lines: string[];
} {
  const lines = ['zhiping reference data check', ''];
  let ok = true;
  const checks = [
    ['divisions (GB/T 2260)', REFERENCE_FILES.divisions, checkDivisions],
    ['industry codes (GB/T 4754-2017)', REFERENCE_FILES.industries, checkIndustries],
    ['size rule', REFERENCE_FILES.sizeRule, checkSizeRule],
  ] as const;
  for (const [title, file, check] of checks) {
    const problems: ReferenceProblem[] = [];
    let summary = 'not readable';
    try {
      summary = check(JSON.parse(readFileSync(join(dataDir, file), 'utf8')), problems);
    } catch (error) {
      problems.push({ where: file, path: '', message: (error as Error).message });
    }
    ok &&= problems.length === 0;
    lines.push(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${title} (seeds/data/${file})`);
    lines.push(`     ${summary}`);
    for (const p of problems)
      lines.push(`     ✗ ${p.where}${p.path ? ` › ${p.path}` : ''}: ${p.message}`);
  }
  lines.push('', ok ? 'All reference data is valid.' : 'Reference data has problems.');
  return { ok, lines };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { ok, lines } = checkReferenceFiles(process.argv[2]);
  console.log(lines.join('\n'));
  process.exitCode = ok ? 0 : 1;
}
