/**
 * Scoring-engine benchmark (tinybench), detailed: `pnpm tsx scripts/bench-engine.ts`.
 */
import { Bench } from 'tinybench';
import { benchEngine } from './bench-engine-lib.ts';

const {
  bench,
  requirementCount: n,
  sample,
} = await benchEngine(new Bench({ time: 2000, warmupTime: 500 }));
const requirementIds = { length: n };
console.log(
  `document: ${requirementIds.length} requirements, ${sample.nodes.length} nodes; sample result level ${sample.maturityLevel}, score ${sample.score}, ${sample.gaps.length} gaps`,
);
console.log(`node ${process.version}, ${process.arch}`);
console.log(
  'task'.padEnd(54),
  'mean ms'.padStart(9),
  'p50 ms'.padStart(9),
  'p99 ms'.padStart(9),
  'samples'.padStart(9),
);
for (const task of bench.tasks) {
  const result = task.result;
  if (!('latency' in result)) {
    console.log(task.name.padEnd(54), result.state);
    continue;
  }
  const { mean, p50, p99, samplesCount } = result.latency;
  console.log(
    task.name.padEnd(54),
    mean.toFixed(4).padStart(9),
    p50.toFixed(4).padStart(9),
    p99.toFixed(4).padStart(9),
    String(samplesCount).padStart(9),
  );
}
