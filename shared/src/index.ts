export * from './indicator-system/schema.ts';
export * from './standards/schema.ts';
export * from './uscc.ts';
