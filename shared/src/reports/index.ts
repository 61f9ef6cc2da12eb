export * from './assessed-answers.ts';
export * from './national.ts';
export * from './heatmap.ts';
export * from './weak-subdomains.ts';
export * from './compare.ts';
export * from './labels.ts';
