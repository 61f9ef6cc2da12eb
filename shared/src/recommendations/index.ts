export * from './scenarios.ts';
export * from './industries.ts';
export * from './frameworks.ts';
export * from './effort.ts';
export * from './recommend.ts';
export * from './owners.ts';
export * from './coverage.ts';
