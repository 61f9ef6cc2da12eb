import { loadConfig } from '../config.ts';
import { openDatabase } from './client.ts';
import { seedDatabase } from './seed.ts';

const config = loadConfig();
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  pgliteDir: config.pgliteDir,
});
await database.migrate();
const summary = await seedDatabase(database.db, { demo: config.seedDemo });
await database.close();
process.stdout.write(`seeded (${database.kind}): ${JSON.stringify(summary)}\n`);
