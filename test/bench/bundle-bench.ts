/**
 * `npm run bench:bundle`: what each part of the built Chrome extension costs to download and parse,
 * gzipped, beside the floor: Readability and DOMPurify alone, minified the same way. Fonts are listed
 * apart (WOFF2 is already compressed, so gzip changes nothing there).
 *
 *   npm run bench:bundle            builds first
 *   npm run bench:bundle -- --no-build
 */

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(ROOT, '.output/chrome-mv3');

const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const chunkPath = (from: string, relative: string) => path.posix.normalize(path.posix.join(path.posix.dirname(from), relative)).replace(/^\//, '');

/**
 * The scripts and styles an HTML entry loads when it opens: its own tags plus the chunks they import
 * statically, transitively; and apart, the chunks it imports only on demand (`import()`), with theirs.
 */
function filesOf(htmlFile: string): { onOpen: string[]; onDemand: string[] } {
  const html = fs.readFileSync(path.join(OUT, htmlFile), 'utf8');
  const onOpen = new Set<string>();
  const lazy: string[] = [];
  const queue = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  while (queue.length) {
    const file = queue.pop()!;
    if (onOpen.has(file) || !fs.existsSync(path.join(OUT, file))) continue;
    onOpen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = fs.readFileSync(path.join(OUT, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["'`](\.{0,2}\/[^"'`]+\.js)["'`]/g)) queue.push(chunkPath(file, m[1]!));
    for (const m of code.matchAll(/import\(\s*["'`](\.{0,2}\/[^"'`]+\.js)["'`]\s*\)/g)) lazy.push(chunkPath(file, m[1]!));
  }
  const onDemand = new Set<string>();
  while (lazy.length) {
    const file = lazy.pop()!;
    if (onOpen.has(file) || onDemand.has(file) || !fs.existsSync(path.join(OUT, file))) continue;
    onDemand.add(file);
    const code = fs.readFileSync(path.join(OUT, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'`](\.{0,2}\/[^"'`]+\.js)["'`]/g)) lazy.push(chunkPath(file, m[1]!));
  }
  return { onOpen: [...onOpen].sort(), onDemand: [...onDemand].sort() };
}

function measure(files: string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(OUT, file));
    raw += bytes.length;
    gzip += gz(bytes);
  }
  return { raw, gzip };
}

/** Readability + DOMPurify bundled and minified on their own: no extension can read pages for less. */
async function floor(): Promise<{ raw: number; gzip: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'katib-floor-'));
  const entry = path.join(dir, 'floor.js');
  fs.writeFileSync(entry, `import { Readability } from '@mozilla/readability';\nimport DOMPurify from 'dompurify';\nglobalThis.floor = [Readability, DOMPurify];\n`);
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, write: false, format: 'iife', nodePaths: [path.join(ROOT, 'node_modules')], logLevel: 'silent' });
  fs.rmSync(dir, { recursive: true, force: true });
  const bytes = Buffer.from(result.outputFiles[0]!.contents);
  return { raw: bytes.length, gzip: gz(bytes) };
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    const built = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
    if (built.status !== 0) throw new Error('wxt build failed');
  }
  const base = await floor();
  const parts: Array<[string, { onOpen: string[]; onDemand: string[] }]> = [
    ['extractor (injected into the page)', { onOpen: ['extractor.js'], onDemand: [] }],
    ['background', { onOpen: ['background.js'], onDemand: [] }],
    ['popup (JS + CSS)', filesOf('popup.html')],
    ['reader (JS + CSS)', filesOf('reader.html')],
    ['library (JS + CSS)', filesOf('library.html')],
    ['options (JS + CSS)', filesOf('options.html')],
  ];
  const rows = parts.map(([name, files]) => [name, measure(files.onOpen), measure(files.onDemand)] as const);
  const fonts = fs.readdirSync(path.join(OUT, 'assets')).filter((f) => f.endsWith('.woff2'));
  const fontBytes = fonts.reduce((sum, f) => sum + fs.statSync(path.join(OUT, 'assets', f)).size, 0);
  const total = spawnSync('du', ['-sb', OUT], { encoding: 'utf8' }).stdout.split('\t')[0];

  const width = Math.max(...rows.map(([name]) => name.length), 40);
  console.log(`\n${'part (loaded when it opens)'.padEnd(width)}  ${'minified'.padStart(10)}  ${'gzip'.padStart(10)}  ${'gzip ÷ floor'.padStart(12)}  ${'+ on demand, gzip'.padStart(18)}`);
  console.log(`${'floor: Readability + DOMPurify alone'.padEnd(width)}  ${kb(base.raw).padStart(10)}  ${kb(base.gzip).padStart(10)}  ${'1.00'.padStart(12)}`);
  for (const [name, size, later] of rows) {
    const onDemand = later.raw ? kb(later.gzip) : '—';
    console.log(`${name.padEnd(width)}  ${kb(size.raw).padStart(10)}  ${kb(size.gzip).padStart(10)}  ${(size.gzip / base.gzip).toFixed(2).padStart(12)}  ${onDemand.padStart(18)}`);
  }
  console.log(`${`fonts (${fonts.length} WOFF2 files, shared by the pages)`.padEnd(width)}  ${kb(fontBytes).padStart(10)}  ${'—'.padStart(10)}`);
  console.log(`\nWhole unpacked Chrome build: ${kb(Number(total))}`);
}

await main();
