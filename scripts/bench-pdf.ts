/**
 * Roadmap-PDF benchmark: full CMMM 2020 reports (the seeded model, 236 requirements plus the
 * automotive profile's extras, the seeded standards catalog) rendered with the server's
 * renderer, board edition (the default) and full edition. "typical": the test fixture's
 * answers (level 2, target 4, two phases);
 * "worst": every requirement partly met, target 5 (every requirement a gap, five phases).
 * Time covers building the PDF data (recommendations) and rendering; the first render of
 * the process also parses the two 10 MB fonts and is reported apart (cold).
 *
 *   pnpm tsx scripts/bench-pdf.ts [iterations]
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareScoring, type AnswerChoice, type ReportLang } from '../shared/src/index.ts';
import { renderRoadmapPdf, roadmapPdfData, type PdfEdition } from '../server/src/pdf/index.ts';
import { fullReport, patternAnswers } from '../tests/server/roadmap/roadmap-pdf-fixture.ts';

const iterations = Number(process.argv[2] ?? 20);
const typical = fullReport();
const worstAnswers: Record<string, AnswerChoice> = Object.fromEntries(
  Object.keys(patternAnswers(typical.system, 'automotive')).map((id) => [id, 'partial']),
);
const worstSelf = prepareScoring(typical.system, 'automotive').score({
  tailoring: [],
  answers: worstAnswers,
  targetLevel: 5,
});
const cases = {
  typical: typical.input,
  worst: { ...typical.input, self: worstSelf },
};

/** Wall time, and CPU time of this process (what the render costs when the machine is busy). */
async function once(input: typeof typical.input, lang: ReportLang, edition: PdfEdition = 'board') {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const pdf = await renderRoadmapPdf(roadmapPdfData(input), { lang, edition });
  const cpu = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, pdf };
}

const fmt = (v: number) => v.toFixed(0).padStart(5);
const cold = await once(cases.typical, 'zh-CN');
console.log(
  `cold first render (fonts parsed): ${cold.ms.toFixed(0)} ms wall, ${cold.cpuMs.toFixed(0)} ms CPU`,
);
console.log(
  'case     edition lang   gaps   pages  size(KB)  median   p95   max  (ms wall, warm)  median CPU ms',
);
for (const [name, input] of Object.entries(cases)) {
  for (const [edition, lang] of [
    ['board', 'zh-CN'],
    ['board', 'en'],
    ['full', 'zh-CN'],
    ['full', 'en'],
  ] as const) {
    const times: number[] = [];
    const cpu: number[] = [];
    let size = 0;
    let last: Buffer | null = null;
    for (let i = 0; i < iterations; i++) {
      const { ms, cpuMs, pdf } = await once(input, lang, edition);
      times.push(ms);
      cpu.push(cpuMs);
      size = pdf.length;
      last = pdf;
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
    const file = join(tmpdir(), `zhiping-bench-${name}-${edition}-${lang}.pdf`);
    writeFileSync(file, last!);
    const pages = (last!.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
    console.log(
      `${name.padEnd(8)} ${edition.padEnd(7)} ${lang.padEnd(6)} ${String(input.self.gaps.length).padStart(4)}  ${String(pages).padStart(6)}  ${(size / 1024).toFixed(0).padStart(8)}  ${fmt(at(0.5))} ${fmt(at(0.95))} ${fmt(times.at(-1)!)}                 ${fmt(cpu[cpu.length >> 1]!)}   ${file}`,
    );
  }
}
