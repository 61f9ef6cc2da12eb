export * from './schema.ts';
export * from './classify.ts';
