import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const serverProject = (db: 'pglite' | 'postgres'): TestProjectInlineConfiguration => ({
  test: {
    name: `server-${db}`,
    include: ['tests/server/**/*.test.ts'],
    environment: 'node',
    env: { ZP_TEST_DB: db },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

// The same server suite runs on PGlite always, and on PostgreSQL when TEST_DATABASE_URL is set.
const databases: ('pglite' | 'postgres')[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Two cores and PGlite's memory appetite: two workers at most.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'tests/shared/**/*.test.ts',
            'tests/seeds/**/*.test.ts',
            'tests/cli/**/*.test.ts',
            'tests/server-lib/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'web',
          include: ['tests/web/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          // Rendering whole pages in jsdom takes seconds on a loaded two-core machine.
          testTimeout: 20_000,
        },
      },
      ...databases.map(serverProject),
      {
        test: {
          name: 'reliability',
          include: ['tests/reliability/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
