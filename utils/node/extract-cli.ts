/**
 * Batch extraction of saved pages with the same core as the extension.
 *
 *   npm run --silent extract -- [--url URL] [--format json|ndjson|csv] [--no-bom] [--now ISO] FILE...
 *
 * stdout carries records only, one per input file in input order: `json` (pretty, one file only),
 * `ndjson` (one line per file; the default for several files) or `csv` (a header, then one row per
 * record, through the library's CSV writer; `--no-bom` drops the byte order mark). A file that fails still
 * gets its line, `{"file": …, "error": …}` (in CSV it is left out and reported on stderr), and the exit
 * status is then 1. Messages and progress go to stderr.
 */

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle } from '../extract/extract-article';
import { cleanUrl } from '../extract/page-url';
import { csvHead, recordCsvRow } from '../library/export/export-writer';
import type { ArticleRecord, ExtractionResult } from '../record/article-record';
import { decodeHtml } from '../extract/decode-html';
import { nodeSanitizer, parseHtmlDocument } from './node-dom';

const USAGE = 'usage: npm run --silent extract -- [--url URL] [--format json|ndjson|csv] [--no-bom] [--now ISO-DATE] FILE...';
const PROGRESS_FROM = 20;

type Line = Record<string, unknown>;

/** The page's own address: `rel=canonical`, then `og:url`, else the file's `file://` URL. */
function addressOf(doc: Document, file: string): string {
  const declared = [
    doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content'),
  ];
  for (const href of declared) {
    const url = href ? cleanUrl(href) : null;
    if (url && /^https?:/.test(url)) return url;
  }
  return pathToFileURL(path.resolve(file)).href;
}

function describeFailure(result: Extract<ExtractionResult, { ok: false }>): string {
  const reasons: Record<string, string> = {
    'no-article': 'no article found',
    'not-html': 'not an HTML page',
    'no-sanitizer': 'no sanitiser available',
    'internal-error': 'extraction failed',
  };
  return result.detail ? `${reasons[result.reason]}: ${result.detail}` : reasons[result.reason]!;
}

/** Extracts one file into its output line. */
function extractFile(file: string, url: string | undefined, now: Date): Line {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { file, error: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  let doc: Document;
  try {
    doc = parseHtmlDocument(decodeHtml(bytes).html);
  } catch (error) {
    // A page the parser cannot take gets its own line; the files after it are still read.
    return { file, error: `cannot parse page: ${error instanceof Error ? error.message : String(error)}` };
  }
  const pageUrl = url ?? addressOf(doc, file);
  // The document was parsed for this call only, so extraction may work on it directly.
  const result = extractArticle(doc, pageUrl, { now, sanitizer: nodeSanitizer(), consumeDocument: true });
  return result.ok ? { ...result.record } : { file, error: describeFailure(result) };
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string' },
        now: { type: 'string' },
        'no-bom': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = values.format ?? (files.length === 1 ? 'json' : 'ndjson');
  const problem =
    !files.length ? 'no input files'
    : format !== 'json' && format !== 'ndjson' && format !== 'csv' ? `unknown format "${format}"`
    : format === 'json' && files.length > 1 ? '--format json takes one file; use ndjson for several'
    : values.url !== undefined && files.length > 1 ? '--url applies to one file only'
    : values.url !== undefined && !cleanUrl(values.url) ? `not a URL: ${values.url}`
    : values.now !== undefined && Number.isNaN(Date.parse(values.now)) ? `not a date: ${values.now}`
    : null;
  if (problem) {
    process.stderr.write(`${problem}\n${USAGE}\n`);
    return 2;
  }
  const now = values.now ? new Date(values.now) : new Date();
  let failed = 0;
  if (format === 'csv') process.stdout.write(csvHead(!values['no-bom']));
  files.forEach((file, i) => {
    const line = extractFile(file, values.url, now);
    const failure = 'error' in line && 'file' in line;
    if (failure) {
      failed++;
      process.stderr.write(`${file}: ${String(line.error)}\n`);
    }
    if (format === 'csv') {
      if (!failure) process.stdout.write(recordCsvRow(line as unknown as ArticleRecord));
    } else process.stdout.write(format === 'json' ? `${JSON.stringify(line, null, 2)}\n` : `${JSON.stringify(line)}\n`);
    if (files.length > PROGRESS_FROM) process.stderr.write(`\r${i + 1}/${files.length} pages, ${failed} failed`);
  });
  if (files.length > PROGRESS_FROM) process.stderr.write('\n');
  return failed ? 1 : 0;
}

// A reader that stops early (`| head`) closes the pipe; that ends the run, it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = main(process.argv.slice(2));
