import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export const SERVER_BUNDLE = join(REPO_ROOT, 'server', 'dist', 'server.mjs');

/**
 * Starts the real server process and waits for its URL line: from the TypeScript sources
 * through tsx (as `pnpm dev` does), or with `bundled` the build's dist/server.mjs with plain
 * Node, exactly as `pnpm start` runs it.
 */
export async function startServer(
  env: Record<string, string> = {},
  /** `root`: run `<root>/server/dist/server.mjs` from `root` (the image's layout). */
  opts: { nodeArgs?: string[]; bundled?: boolean; root?: string } = {},
): Promise<ServerProcess> {
  const bundle = opts.root ? join(opts.root, 'server', 'dist', 'server.mjs') : SERVER_BUNDLE;
  if ((opts.bundled || opts.root) && !existsSync(bundle)) {
    throw new Error(`${bundle} is missing: run \`pnpm build\` first`);
  }
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'zp-srv-'));
  const entry =
    opts.bundled || opts.root
      ? ['--enable-source-maps', bundle]
      : ['--import', 'tsx', 'server/src/server.ts'];
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), ...entry], {
    cwd: opts.root ?? REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
  const url = await new Promise<string>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`server did not start:\n${out}`)), 90_000);
    const check = () => {
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        res(m[1]);
      }
    };
    child.stdout.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      rej(new Error(`server exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    dataDir,
    child,
    output: () => out,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
