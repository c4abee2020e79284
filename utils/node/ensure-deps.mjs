// Installs dependencies when a fresh clone has none (or the lockfile changed since the last install),
// so that `npm start` and `npm test` work as the first commands run in a clone.
// Plain JavaScript on purpose: it runs before TypeScript tooling is installed.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !fs.existsSync(marker) || fs.statSync('package-lock.json').mtimeMs > fs.statSync(marker).mtimeMs + 1000;
if (stale) {
  process.stderr.write('Installing dependencies (npm ci)…\n');
  execSync('npm ci --no-audit --no-fund', { stdio: ['ignore', process.stderr, process.stderr] });
}
