#!/usr/bin/env node
// The whole test suite: system packages the browser and PDF tests need, the web build the
// browser tests serve, then every vitest project (PostgreSQL too when TEST_DATABASE_URL is set).
import { execSync, spawnSync } from 'node:child_process';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const hasCjkFont = () =>
  spawnSync('sh', ['-c', "fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'"]).status === 0;

const missing = [];
if (!has('chromium') && !process.env.CHROMIUM_PATH) missing.push('chromium');
if (!hasCjkFont()) missing.push('fonts-noto-cjk');
if (!has('pdftotext')) missing.push('poppler-utils');
if (missing.length) {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && has('apt-get')) {
    console.log(`installing system packages: ${missing.join(' ')}`);
    execSync('apt-get update -qq', { stdio: 'inherit' });
    execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, {
      stdio: 'inherit',
    });
  } else {
    console.error(
      `The browser and PDF tests need: ${missing.join(' ')}.\n` +
        `Install them (Debian/Ubuntu): sudo apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
}

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('pnpm', ['build']);
run('pnpm', ['exec', 'vitest', 'run', ...process.argv.slice(2)]);
