/**
 * The `zhiping` command (`pnpm zhiping …`, `node server/dist/cli.mjs …` in the image): the
 * commands of cli/main.ts on the process's own streams, their result as the exit code.
 */
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
