import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { openDatabase, type Database } from '../db/client.ts';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
  }
}

export interface DatabasePluginOptions {
  databaseUrl: string | undefined;
  pgliteDir: string | null;
  poolSize: number;
  /** An already open database (tests share one per file); it is then not closed here. */
  database?: Database | undefined;
}

export default fp(
  async function databasePlugin(app: FastifyInstance, opts: DatabasePluginOptions) {
    const owned = !opts.database;
    const database =
      opts.database ??
      (await openDatabase({
        databaseUrl: opts.databaseUrl,
        pgliteDir: opts.pgliteDir,
        poolSize: opts.poolSize,
      }));
    if (owned) await database.migrate();
    app.decorate('database', database);
    if (owned) app.addHook('onClose', () => database.close());
  },
  { name: 'database' },
);
