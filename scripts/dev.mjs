#!/usr/bin/env node
// `pnpm dev`: the API with hot reload and Vite's dev server with /api proxied to it.
import { spawn } from 'node:child_process';

const procs = [
  spawn('pnpm', ['--filter', '@zhiping/server', 'dev'], { stdio: 'inherit' }),
  spawn('pnpm', ['--filter', '@zhiping/web', 'dev'], { stdio: 'inherit' }),
];
const stop = (signal) => procs.forEach((p) => p.kill(signal));
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
for (const p of procs)
  p.on('exit', (code) => {
    stop('SIGTERM');
    process.exitCode = code ?? 0;
  });
