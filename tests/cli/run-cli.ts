import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { main } from '@zhiping/server/cli/main';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const ROOT = resolve(import.meta.dirname, '../..');

/** A stream that appends what is written to it, synchronously. */
function collector(append: (text: string) => void): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      append(chunk.toString());
      done();
    },
  });
}

/**
 * The zhiping command run in this process: the same main() the bin entry calls, with an empty
 * stdin and stdout / stderr captured. Starts no tsx, so a case costs milliseconds.
 */
export async function zhiping(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough();
  stdin.end();
  const code = await main(args, {
    stdin,
    stdout: collector((t) => (stdout += t)),
    stderr: collector((t) => (stderr += t)),
  });
  return { code, stdout, stderr };
}

/** The bin entry (server/src/cli/zhiping.ts) in a tsx process of its own, as `pnpm zhiping` runs it. */
export function zhipingProcess(...args: string[]): CliRun {
  const run = spawnSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    [join(ROOT, 'server/src/cli/zhiping.ts'), ...args],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
  );
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
