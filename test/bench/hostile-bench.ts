/**
 * `npm run bench:hostile`: the broken and huge pages of `test/hostile/broken-pages.ts`, each decoded and
 * parsed as the batch command does, then extracted by our pipeline and, on a copy of the same document,
 * by plain `@mozilla/readability` 0.6.0. Prints a table: size, elements, the time to decode and parse,
 * the time of each extractor, and what each gave.
 *
 * Options: `--repeats=N` (runs per page and side, fastest kept; default 3), `--only=SLUG[,SLUG]`.
 */

import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/extract/extract-article';
import { decodeHtml } from '../../utils/extract/decode-html';
import { nodeSanitizer, parseHtmlDocument } from '../../utils/node/node-dom';
import type { ExtractionResult } from '../../utils/record/article-record';
import { brokenPages, type BrokenPage } from '../hostile/broken-pages';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const REPEATS = Math.max(1, Number(args.get('repeats') ?? 3));
const ONLY = args.get('only')?.split(',');
const NOW = new Date('2025-11-20T10:00:00Z');
const URL_OF_PAGE = 'https://www.example.gov.tr/haber/kirik-sayfa';

interface Timed<T> {
  value: T;
  ms: number;
}

/** Runs `fn` REPEATS times on fresh input and keeps the fastest run (garbage collection lands anywhere). */
function fastest<T>(fn: () => T): Timed<T> {
  let best: Timed<T> | null = null;
  for (let i = 0; i < REPEATS; i++) {
    const t0 = performance.now();
    const value = fn();
    const ms = performance.now() - t0;
    if (!best || ms < best.ms) best = { value, ms };
  }
  return best!;
}

function parsePage(bytes: Uint8Array): Document {
  return parseHtmlDocument(decodeHtml(bytes).html);
}

function oursOutcome(result: ExtractionResult): string {
  return result.ok ? `article, ${result.record.text.length.toLocaleString('en')} chars` : `${result.reason} (${result.detail ?? ''})`;
}

function readabilityOutcome(run: () => { textContent?: string | null } | null): string {
  try {
    const article = run();
    return article ? `article, ${(article.textContent ?? '').length.toLocaleString('en')} chars` : 'null';
  } catch (error) {
    return `threw: ${error instanceof Error ? error.message.slice(0, 60) : String(error)}`;
  }
}

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(0)} kB` : `${bytes} B`);
const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(1)} ms`);

// Warm both code paths so that JIT compilation is not charged to the first page.
{
  const warm = brokenPages().find((p) => p.slug === 'tr-windows-1254-meta-charset')!.body();
  for (let i = 0; i < 5; i++) {
    extractArticle(parsePage(warm), URL_OF_PAGE, { now: NOW, sanitizer: nodeSanitizer() });
    new Readability(parsePage(warm)).parse();
  }
}

interface Row {
  page: BrokenPage;
  bytes: number;
  elements: number;
  parseMs: number;
  oursMs: number;
  ours: string;
  readabilityMs: number;
  readability: string;
}

const rows: Row[] = [];
for (const page of brokenPages()) {
  if (ONLY && !ONLY.includes(page.slug)) continue;
  const bytes = page.body();
  const parsed = fastest(() => parsePage(bytes));
  const doc = parsed.value;
  const elements = doc.querySelectorAll('*').length;
  // Each side copies the document before changing it (extractArticle on its own), so both read the same one.
  const ours = fastest(() => extractArticle(doc, URL_OF_PAGE, { now: NOW, sanitizer: nodeSanitizer() }));
  let readability = '';
  const theirs = fastest(() => {
    readability = readabilityOutcome(() => new Readability(doc.cloneNode(true) as Document).parse());
  });
  rows.push({ page, bytes: bytes.length, elements, parseMs: parsed.ms, oursMs: ours.ms, ours: oursOutcome(ours.value), readabilityMs: theirs.ms, readability });
  process.stderr.write(`${page.slug} done\n`);
}

const header = ['page', 'size', 'elements', 'decode+parse', 'Katib', 'Readability', 'expected', 'Katib gave', 'Readability gave'];
const table = rows.map((r) => [
  r.page.slug,
  size(r.bytes),
  r.elements.toLocaleString('en'),
  ms(r.parseMs),
  ms(r.oursMs),
  ms(r.readabilityMs),
  r.page.expect,
  r.ours,
  r.readability,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i >= 1 && i <= 5 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ');
console.log(`\nBroken and huge pages (fastest of ${REPEATS} runs; Readability on a clone of the same linkedom document)\n`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const row of table) console.log(line(row));
