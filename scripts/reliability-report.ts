/**
 * Writes the figures of the last reliability run (test-results/reliability.jsonl, appended by
 * the tests themselves) into docs/reliability.md, between the FIGURES markers.
 *
 *   pnpm test:reliability      (runs the tests, then this)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const FILE = join(ROOT, 'test-results', 'reliability.jsonl');
const DOC = join(ROOT, 'docs', 'reliability.md');
const START = '<!-- FIGURES:START -->';
const END = '<!-- FIGURES:END -->';

type Entry = { name: string; at: string; [k: string]: unknown };
const entries: Entry[] = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Entry);

// The last run: every entry since the first one of the most recent run (entries more than
// 30 minutes older than the newest are from an earlier run).
const newest = Math.max(...entries.map((e) => Date.parse(e.at)));
const recent = entries.filter((e) => newest - Date.parse(e.at) < 30 * 60_000);

const groups = new Map<string, Entry[]>();
for (const e of recent) {
  const key = `${e.name}${typeof e.database === 'string' ? ` (${e.database})` : ''}`;
  groups.set(key, [...(groups.get(key) ?? []), e]);
}
const sum = (es: Entry[], k: string) =>
  es.reduce((s, e) => s + (typeof e[k] === 'number' ? e[k] : 0), 0);

const rows: string[] = [];
for (const [key, es] of [...groups].sort()) {
  const last = es[es.length - 1]!;
  const fields = Object.keys(last).filter((k) => !['name', 'at', 'database'].includes(k));
  // Fuzz entries are per route batch: show totals; the rest: the last value.
  const shown = fields.map((k) =>
    key.startsWith('fuzz') &&
    ['requests', 'routes', 'fiveHundreds', 'refusedChecked', 'durationMs'].includes(k)
      ? `${k} ${sum(es, k)}`
      : `${k} ${String(last[k])}`,
  );
  rows.push(`| ${key} | ${es.length} | ${shown.join(', ')} |`);
}

const table = [
  START,
  `Last run: ${new Date(newest).toISOString().slice(0, 16).replace('T', ' ')} UTC (from \`test-results/reliability.jsonl\`).`,
  '',
  '| check | entries | figures |',
  '|---|---|---|',
  ...rows,
  END,
].join('\n');

const doc = readFileSync(DOC, 'utf8');
const i = doc.indexOf(START);
const j = doc.indexOf(END);
writeFileSync(
  DOC,
  i >= 0 && j > i ? doc.slice(0, i) + table + doc.slice(j + END.length) : `${doc}\n${table}\n`,
);
console.log(table);
