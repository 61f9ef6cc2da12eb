export * from './indicator-system/schema.ts';
