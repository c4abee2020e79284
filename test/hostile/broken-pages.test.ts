/**
 * The broken and huge pages of `broken-pages.ts`, each decoded, parsed and extracted in process, and all of
 * them through the real batch command in one run. Every page must end as a record (with its expected
 * sentence, decoded right) or as a clean no-article failure; none may throw or fail as an internal error.
 * No timing is asserted here: `npm run bench:hostile` measures the same pages.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract/extract-article';
import { decodeHtml } from '../../utils/extract/decode-html';
import { nodeSanitizer, parseHtmlDocument } from '../../utils/node/node-dom';
import type { ArticleRecord, ExtractionResult } from '../../utils/record/article-record';
import { runCli } from '../support/run-cli';
import { AR_PARAGRAPHS, AR_TITLE, TR_COMMENT_MARKER, TR_PARAGRAPHS, TR_TITLE, brokenPages, type BrokenPage } from './broken-pages';

const NOW = '2025-11-20T10:00:00Z';
const URL_OF_PAGE = 'https://www.example.gov.tr/haber/kirik-sayfa';
const PAGES = brokenPages();
const bySlug = new Map(PAGES.map((p) => [p.slug, p]));
const page = (slug: string): BrokenPage => bySlug.get(slug)!;

/** Pages that are HTML documents without an article: these must say `no-article`, not `not-html`. */
const HTML_WITHOUT_ARTICLE = ['frameset-only', 'tr-ministry-home', 'ar-news-listing'];

function isArabic(p: BrokenPage): boolean {
  return /[\u0600-\u06FF]/.test(p.expectedTextSnippet ?? '');
}

/** The article paragraphs the page carries whole: all of them, except on the page cut off after the fourth. */
function paragraphsOn(p: BrokenPage): string[] {
  const all = isArabic(p) ? AR_PARAGRAPHS : TR_PARAGRAPHS;
  return p.slug === 'truncated-mid-tag' ? all.slice(0, 4) : all;
}

interface Outcome {
  encoding: string;
  result: ExtractionResult;
}
const outcomes = new Map<string, Outcome>();

/** The page decoded, parsed and extracted, once per page (some take seconds). */
function extracted(p: BrokenPage): Outcome {
  let outcome = outcomes.get(p.slug);
  if (!outcome) {
    const { html, encoding } = decodeHtml(p.body());
    const doc = parseHtmlDocument(html);
    outcome = { encoding, result: extractArticle(doc, URL_OF_PAGE, { now: new Date(NOW), sanitizer: nodeSanitizer() }) };
    outcomes.set(p.slug, outcome);
  }
  return outcome;
}

function recordOf(p: BrokenPage): ArticleRecord {
  const { result } = extracted(p);
  if (!result.ok) throw new Error(`${p.slug}: expected a record, got ${result.reason}: ${result.detail}`);
  return result.record;
}

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  files: string[];
}

let tmp = '';
let cliRun: Promise<CliRun> | null = null;

/** Writes every page to a temporary folder and starts the batch command on all of them. */
function startCli(): Promise<CliRun> {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'katib-broken-pages-'));
  const files = PAGES.map((p) => {
    const file = path.join(tmp, `${p.slug}.html`);
    fs.writeFileSync(file, p.body());
    return file;
  });
  return runCli(['--format', 'ndjson', '--now', NOW, ...files]).then((run) => ({ ...run, files }));
}

// The command runs in its own process while the in-process cases below take the other core.
beforeAll(() => {
  cliRun = startCli();
  cliRun.catch(() => undefined);
});
afterAll(async () => {
  await cliRun?.catch(() => undefined);
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the generator builds what each page claims', () => {
  it('slugs are unique and URL-safe, and every article page names its expected sentence', () => {
    expect(new Set(PAGES.map((p) => p.slug)).size).toBe(PAGES.length);
    for (const p of PAGES) {
      expect(p.slug).toMatch(/^[a-z0-9-]+$/);
      expect(p.contentType).toBe('text/html');
      if (p.expect === 'article') expect(p.expectedTextSnippet, p.slug).toBeTruthy();
    }
  });

  it('bodies are the same bytes on every call', () => {
    for (const slug of ['binary-garbage', 'elements-100k', 'ar-windows-1256-meta-charset']) {
      expect(Buffer.from(page(slug).body()).equals(Buffer.from(page(slug).body())), slug).toBe(true);
    }
  });

  it('sizes, element counts, depth and text node length are as described', () => {
    expect(page('huge-10mb').body().length).toBeGreaterThanOrEqual(10 * 1024 * 1024);
    expect(page('empty').body().length).toBe(0);
    expect(page('binary-garbage').body().length).toBe(512 * 1024);

    const many = parseHtmlDocument(decodeHtml(page('elements-100k').body()).html);
    expect(many.querySelectorAll('*').length).toBeGreaterThanOrEqual(100_000);

    const deep = parseHtmlDocument(decodeHtml(page('depth-5000').body()).html);
    let depth = 0;
    for (let el: Element | null = deep.querySelector('p'); el; el = el.parentElement) depth++;
    expect(depth).toBeGreaterThan(5000);

    const unclosed = parseHtmlDocument(decodeHtml(page('unclosed-divs-5000').body()).html);
    let commentDepth = 0;
    for (let el: Element | null = Array.from(unclosed.querySelectorAll('p.yorum-metni')).at(-1)!; el; el = el.parentElement) commentDepth++;
    expect(commentDepth).toBeGreaterThan(5000);

    const long = parseHtmlDocument(decodeHtml(page('text-node-1mb').body()).html);
    const decree = long.querySelector('p.decree')!;
    expect(decree.childNodes).toHaveLength(1);
    expect(decree.firstChild!.nodeValue!.length).toBeGreaterThanOrEqual(1024 * 1024);
  });

  it('legacy pages really are in their code page and declare it, and the BOM pages start with one', () => {
    const cp1254 = Buffer.from(page('tr-windows-1254-meta-charset').body());
    expect(cp1254.includes(0xfd)).toBe(true); // ı
    expect(cp1254.includes(0xdd)).toBe(true); // İ
    expect(cp1254.toString('latin1')).toContain('<meta charset="windows-1254">');
    const httpEquiv = Buffer.from(page('tr-windows-1254-http-equiv').body()).toString('latin1');
    expect(httpEquiv).toContain('http-equiv="Content-Type" content="text/html; charset=windows-1254"');
    expect(httpEquiv).not.toContain('<meta charset');
    const cp1256 = Buffer.from(page('ar-windows-1256-meta-charset').body());
    expect(cp1256.includes(0xc7)).toBe(true); // ا
    expect(cp1256.toString('latin1')).toContain('<meta charset="windows-1256">');
    expect([...page('utf8-bom').body().subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...page('utf16le-bom').body().subarray(0, 2)]).toEqual([0xff, 0xfe]);
  });
});

describe('each page decoded, parsed and extracted in process', () => {
  it.each(PAGES.map((p) => [p.slug, p] as const))('%s', (_slug, p) => {
    let outcome: Outcome | undefined;
    expect(() => {
      outcome = extracted(p);
    }).not.toThrow();
    const { result, encoding } = outcome!;
    if (!result.ok) {
      expect(['no-article', 'not-html'], `${result.reason}: ${result.detail}`).toContain(result.reason);
      if (HTML_WITHOUT_ARTICLE.includes(p.slug)) expect(result.reason).toBe('no-article');
    }
    if (p.expect === 'no-article') expect(result.ok, result.ok ? `a record titled ${result.record.title}` : '').toBe(false);
    if (p.expect !== 'article') return;

    expect(result.ok, result.ok ? '' : `${result.reason}: ${result.detail}`).toBe(true);
    const record = (result as { record: ArticleRecord }).record;
    expect(record.text).toContain(p.expectedTextSnippet);
    for (const paragraph of paragraphsOn(p)) expect(record.text).toContain(paragraph);
    expect(record.title).toBe(isArabic(p) ? AR_TITLE : TR_TITLE);
    expect(record.lang).toBe(isArabic(p) ? 'ar' : 'tr');
    expect(record.dir).toBe(isArabic(p) ? 'rtl' : 'ltr');
    expect(record.text).not.toContain('\uFFFD');
    if (p.slug.includes('windows-1254')) expect(encoding).toBe('windows-1254');
    if (p.slug.includes('windows-1256')) expect(encoding).toBe('windows-1256');
    if (p.slug === 'utf16le-bom') expect(encoding).toBe('utf-16le');
  });

  it('the 10 MB page keeps its comments, related grid and state script out of the text', () => {
    const record = recordOf(page('huge-10mb'));
    expect(record.text).not.toContain(TR_COMMENT_MARKER);
    expect(record.text).not.toContain('İlgili Haberler');
    expect(record.text).not.toContain('__STATE__');
    expect(record.text.length).toBeLessThan(TR_PARAGRAPHS.join('\n\n').length * 1.5);
  });

  it('5,000 nested comments stay out of the text', () => {
    const record = recordOf(page('unclosed-divs-5000'));
    expect(record.text).not.toContain(TR_COMMENT_MARKER);
    expect(record.text).toBe(TR_PARAGRAPHS.join('\n\n'));
  });

  it('the 1 MB text node reaches the text whole', () => {
    const record = recordOf(page('text-node-1mb'));
    expect(record.text.length).toBeGreaterThan(1024 * 1024);
    expect(record.text).toContain('وتعد بطاقة التطعيم مستندا رسميا يقدم عند الالتحاق بالحضانات والمدارس (');
  });
});

describe('all pages through the batch command in one run', () => {
  it('one line per file in input order: a record with the expected sentence, or {file, error}', async () => {
    const run = await cliRun!;
    expect(run.stdout.endsWith('\n')).toBe(true);
    const lines = run.stdout.slice(0, -1).split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(PAGES.length);
    // Some pages have no article, so the command reports failure.
    expect(run.code).toBe(1);
    PAGES.forEach((p, i) => {
      const line = lines[i]!;
      if ('error' in line) {
        expect(Object.keys(line).sort(), p.slug).toEqual(['error', 'file']);
        expect(line.file).toBe(run.files[i]);
        expect(line.error, p.slug).toMatch(/^(no article found|not an HTML page)\b/);
        expect(line.error, p.slug).not.toMatch(/extraction failed/);
        expect(p.expect, `${p.slug}: ${String(line.error)}`).not.toBe('article');
        if (HTML_WITHOUT_ARTICLE.includes(p.slug)) expect(line.error).toMatch(/^no article found/);
        expect(run.stderr).toContain(run.files[i]);
      } else {
        expect(p.expect, `${p.slug}: a record titled ${String(line.title)}`).not.toBe('no-article');
        expect(line.schemaVersion, p.slug).toBeTypeOf('number');
        expect(line.text, p.slug).toContain(p.expectedTextSnippet);
        expect(line.title, p.slug).toBe(isArabic(p) ? AR_TITLE : TR_TITLE);
      }
    });
  });
});
