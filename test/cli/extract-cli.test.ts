/**
 * The batch command (utils/node/extract-cli.ts) run as a child process, against its header's contract:
 * stdout carries records only, one per input file in input order (pretty JSON for one file, NDJSON for
 * several); a failing file gets a `{"file","error"}` line in place and exit status 1; usage errors exit 2
 * with the usage on stderr and nothing on stdout; progress goes to stderr. Pages are the golden fixtures
 * (titles from their hand-written truth.json) and pages written to a temporary folder.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { PAGES_DIR, type PageTruth } from '../support/golden-pages';
import { AR_PARAGRAPHS, AR_TITLE, TR_PARAGRAPHS, TR_TITLE, arArticle, garbageBytes, joinedText, trArticle, trHomePage } from '../pipeline/pages';
import { encodeWindows1254, encodeWindows1256 } from './code-pages';
import { runCli } from '../support/run-cli';
import { ARTICLE_SCHEMA_VERSION } from '../../utils/record/article-record';

const NOW = '2025-11-20T10:00:00Z';

/** NDJSON lines of stdout; fails on a trailing partial line. */
function ndjson(stdout: string): Array<Record<string, unknown>> {
  if (stdout === '') return [];
  if (!stdout.endsWith('\n')) throw new Error(`stdout does not end with a newline: ${JSON.stringify(stdout.slice(-80))}`);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const isRecord = (line: Record<string, unknown>) => line.schemaVersion === ARTICLE_SCHEMA_VERSION && typeof line.text === 'string' && !('error' in line);

/** A golden fixture: its source file and the title and canonical address its hand-written truth gives. */
function golden(slug: string): { file: string; title: string; canonicalUrl: string } {
  const dir = path.join(PAGES_DIR, slug);
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8')) as PageTruth;
  return { file: path.join(dir, 'source.html'), title: truth.expect.title as string, canonicalUrl: truth.expect.canonicalUrl as string };
}

const AA = golden('tr-aa-haber-ajansi');
const MASRAWY = golden('ar-masrawy-mundhu-saatayn');
const SPA = golden('ar-spa-saudi-hijri-miladi');
const BELEDIYE = golden('tr-belediye-kisa-duyuru');

let tmp = '';
const tmpFile = (name: string, content: string | Buffer): string => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
};

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'katib-cli-test-'));
});
afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe.concurrent('extract-cli', () => {
  it('one file: a pretty-printed JSON record and nothing else on stdout, exit 0', async ({ expect }) => {
    const run = await runCli(['--now', NOW, AA.file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(run.stdout).toBe(`${JSON.stringify(record, null, 2)}\n`);
    expect(isRecord(record)).toBe(true);
    expect(record.title).toBe(AA.title);
    expect(record.url).toBe(AA.canonicalUrl);
  });

  it('--format csv: BOM, header and one row per record through the library writer; failures only on stderr', async ({ expect }) => {
    const run = await runCli(['--format', 'csv', '--now', NOW, AA.file, MASRAWY.file, path.join(os.tmpdir(), 'katib-no-such-file.html')]);
    expect(run.code).toBe(1);
    expect(run.stdout.startsWith('\uFEFFid,version,current,title,')).toBe(true);
    expect(run.stdout.includes('\r\n')).toBe(true);
    const rows: string[][] = parseCsv(run.stdout, { bom: true });
    const title = rows[0]!.indexOf('title');
    expect(rows.map((r) => r[title])).toEqual(['title', AA.title, MASRAWY.title]);
    expect(run.stderr).toMatch(/katib-no-such-file\.html: cannot read file/);
    const noBom = await runCli(['--format', 'csv', '--no-bom', '--now', NOW, AA.file]);
    expect(noBom.stdout.startsWith('id,')).toBe(true);
  });

  it('several files: one NDJSON record line per file, in input order', async ({ expect }) => {
    const pages = [SPA, AA, BELEDIYE, MASRAWY];
    const run = await runCli(['--now', NOW, ...pages.map((p) => p.file)]);
    expect(run.code).toBe(0);
    const lines = ndjson(run.stdout);
    expect(lines).toHaveLength(pages.length);
    expect(lines.every(isRecord)).toBe(true);
    expect(lines.map((l) => l.title)).toEqual(pages.map((p) => p.title));
    expect(lines.map((l) => l.url)).toEqual(pages.map((p) => p.canonicalUrl));
    expect(run.stdout.split('\n').slice(0, -1).every((line) => !line.startsWith(' ') && line.startsWith('{'))).toBe(true);
  });

  it('a missing file and a non-article file get {"file","error"} lines in place, exit 1; the others are still records', async ({ expect }) => {
    const missing = path.join(tmp, 'yok-boyle-bir-dosya.html');
    const home = tmpFile('anasayfa.html', trHomePage());
    const garbage = tmpFile('garbage.bin', garbageBytes(6000));
    const run = await runCli(['--now', NOW, AA.file, missing, home, MASRAWY.file, garbage]);
    expect(run.code).toBe(1);
    const lines = ndjson(run.stdout);
    expect(lines).toHaveLength(5);
    expect(isRecord(lines[0]!)).toBe(true);
    expect(lines[0]!.title).toBe(AA.title);
    expect(isRecord(lines[3]!)).toBe(true);
    expect(lines[3]!.title).toBe(MASRAWY.title);
    for (const [i, file] of [
      [1, missing],
      [2, home],
      [4, garbage],
    ] as const) {
      expect(Object.keys(lines[i]!).sort(), `line ${i + 1}`).toEqual(['error', 'file']);
      expect(lines[i]!.file).toBe(file);
      expect(typeof lines[i]!.error).toBe('string');
      expect((lines[i]!.error as string).length).toBeGreaterThan(0);
    }
    // Messages go to stderr.
    expect(run.stderr).toContain(missing);
    expect(run.stderr).toContain(home);
  });

  it('--format ndjson with one file: one compact line', async ({ expect }) => {
    const run = await runCli(['--format', 'ndjson', '--now', NOW, BELEDIYE.file]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')).toHaveLength(2);
    const lines = ndjson(run.stdout);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.title).toBe(BELEDIYE.title);
  });

  it('a single failing file in json format exits 1 with its error object', async ({ expect }) => {
    const home = tmpFile('anasayfa-tek.html', trHomePage());
    const run = await runCli(['--now', NOW, home]);
    expect(run.code).toBe(1);
    const line = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(line).sort()).toEqual(['error', 'file']);
    expect(line.file).toBe(home);
  });

  it('--url overrides the page address (cleaned of tracking parameters)', async ({ expect }) => {
    const file = tmpFile('url-override.html', trArticle({ head: '<link rel="canonical" href="https://www.ornekhaber.com.tr/gundem/haber-1">' }));
    const run = await runCli(['--now', NOW, '--url', 'https://www.baskahaber.com.tr/arsiv/haber-99?utm_source=x&sayfa=2#yorum', file]);
    expect(run.code).toBe(0);
    const record = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(record.url).toBe('https://www.baskahaber.com.tr/arsiv/haber-99?sayfa=2');
    // The page's canonical is on another site than --url says, so it is ignored.
    expect(record.canonicalUrl).toBe('https://www.baskahaber.com.tr/arsiv/haber-99?sayfa=2');
    expect(record.title).toBe(TR_TITLE);
  });

  it('without --url the address is rel=canonical, else og:url, else the file:// URL', async ({ expect }) => {
    const both = tmpFile(
      'canonical-and-og.html',
      trArticle({
        head: '<meta property="og:url" content="https://www.ornekhaber.com.tr/og/haber-2"><link rel="canonical" href="https://www.ornekhaber.com.tr/gundem/haber-2?utm_medium=rss">',
      }),
    );
    const ogOnly = tmpFile('og-only.html', arArticle({ head: '<meta property="og:url" content="https://www.akhbar-misr.com.eg/news/777">' }));
    const neither = tmpFile('no-address.html', trArticle());
    const run = await runCli(['--now', NOW, both, ogOnly, neither]);
    expect(run.code).toBe(0);
    const lines = ndjson(run.stdout);
    expect(lines.map((l) => l.url)).toEqual([
      'https://www.ornekhaber.com.tr/gundem/haber-2',
      'https://www.akhbar-misr.com.eg/news/777',
      pathToFileURL(neither).href,
    ]);
    expect(lines.map((l) => l.title)).toEqual([TR_TITLE, AR_TITLE, TR_TITLE]);
  });

  it.for([
    ['--format json with two files', ['--format', 'json', AA.file, MASRAWY.file]],
    ['an unknown --format', ['--format', 'xml', AA.file]],
  ] as Array<[string, string[]]>)('%s: exit 2, usage on stderr, nothing on stdout', async ([, args], { expect }) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/usage/i);
  });

  it('more than 20 files: progress on stderr, still only records on stdout, in order', async ({ expect }) => {
    const files = Array.from({ length: 21 }, (_, i) =>
      tmpFile(`toplu-${String(i).padStart(2, '0')}.html`, trArticle({ head: `<link rel="canonical" href="https://www.ornekhaber.com.tr/haber/${100 + i}">` })),
    );
    const run = await runCli(['--now', NOW, ...files]);
    expect(run.code).toBe(0);
    const lines = ndjson(run.stdout);
    expect(lines).toHaveLength(21);
    expect(lines.every(isRecord)).toBe(true);
    expect(lines.map((l) => l.url)).toEqual(files.map((_, i) => `https://www.ornekhaber.com.tr/haber/${100 + i}`));
    expect(run.stderr.trim()).not.toBe('');
    expect(run.stderr).toMatch(/\b21\b/);
  });

  it('windows-1254, windows-1256 (declared with <meta charset>), ISO-8859-9 (http-equiv) and UTF-8 with a BOM decode correctly', async ({ expect }) => {
    const cp1254 = tmpFile('tr-1254.html', encodeWindows1254(trArticle({ metaCharset: 'windows-1254' })));
    const cp1256 = tmpFile('ar-1256.html', encodeWindows1256(arArticle({ metaCharset: 'windows-1256' })));
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const utf8Bom = tmpFile('tr-bom.html', Buffer.concat([bom, Buffer.from(trArticle({ metaCharset: null }), 'utf8')]));
    // A byte order mark wins over a charset the page declares.
    const bomOverMeta = tmpFile('ar-bom-meta.html', Buffer.concat([bom, Buffer.from(arArticle({ metaCharset: 'windows-1256' }), 'utf8')]));
    // ISO-8859-9 declared the old way; for the letters used it has the same bytes as windows-1254.
    const iso88599 = tmpFile(
      'tr-iso-8859-9.html',
      encodeWindows1254(trArticle({ metaCharset: null, head: '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-9">' })),
    );
    // Guard: the legacy files really are not UTF-8 (ı is 0xFD in windows-1254, ا is 0xC7 in windows-1256).
    expect(fs.readFileSync(cp1254).includes(0xfd)).toBe(true);
    expect(fs.readFileSync(cp1256).includes(0xc7)).toBe(true);

    const run = await runCli(['--now', NOW, cp1254, cp1256, utf8Bom, bomOverMeta, iso88599]);
    expect(run.code).toBe(0);
    const lines = ndjson(run.stdout);
    const tr = joinedText(TR_PARAGRAPHS);
    const ar = joinedText(AR_PARAGRAPHS);
    expect(lines.map((l) => l.title)).toEqual([TR_TITLE, AR_TITLE, TR_TITLE, AR_TITLE, TR_TITLE]);
    expect(lines.map((l) => l.text)).toEqual([tr, ar, tr, ar, tr]);
    expect(lines.map((l) => l.lang)).toEqual(['tr', 'ar', 'tr', 'ar', 'tr']);
    expect(lines.map((l) => l.siteName)).toEqual(['Örnek Haber', 'أخبار مصر', 'Örnek Haber', 'أخبار مصر', 'Örnek Haber']);
  });

  it('--now fixes extractedAt', async ({ expect }) => {
    const run = await runCli(['--now', '2024-02-29T12:34:56Z', BELEDIYE.file]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Record<string, unknown>).extractedAt).toBe('2024-02-29T12:34:56.000Z');
  });
});
