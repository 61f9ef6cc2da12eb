/** The benchmarks module's public surface: other modules import only this file. */
export { benchmarkFor, type BenchmarkSubject } from './service.ts';
export { peerCountsQuery, type PeerQuery } from './repository.ts';
