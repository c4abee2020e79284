/**
 * The mozilla/readability test pages (../shared/corpus/readability-test-pages, read at run time, never copied
 * into the repo) as a robustness corpus: none of them is Arabic or Turkish, so this checks that extraction
 * never throws, fails cleanly, and gives a sane, safe record whenever it succeeds.
 */

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract/extract-article';
import { nodeSanitizer, parseHtmlDocument } from '../../utils/node/node-dom';
import type { ExtractionResult } from '../../utils/record/article-record';
import { CORPUS_DIR } from '../support/real-pages';

const DIR = path.join(CORPUS_DIR, 'readability-test-pages');
const DEFAULT_URL = 'http://fakehost/test/page.html';
const NOW = new Date('2026-01-01T00:00:00Z');
const FAILURE_REASONS = ['no-article', 'not-html', 'no-sanitizer', 'internal-error'];
/** Readability's own output above this many letters means the page has an article we must not lose. */
const SUBSTANTIAL_LETTERS = 500;

const slugs = fs.existsSync(DIR)
  ? fs.readdirSync(DIR).filter((slug) => fs.existsSync(path.join(DIR, slug, 'source.html'))).sort()
  : [];
const missing = slugs.length === 0;
if (missing) console.warn(`readability-pages: corpus not found at ${DIR}; skipping`);

function urlOf(slug: string): string {
  const file = path.join(DIR, slug, 'expected-metadata.json');
  if (!fs.existsSync(file)) return DEFAULT_URL;
  const meta = JSON.parse(fs.readFileSync(file, 'utf8')) as { url?: unknown };
  return typeof meta.url === 'string' && /^https?:/.test(meta.url) ? meta.url : DEFAULT_URL;
}

const results = new Map<string, ExtractionResult>();
/** Extracts each page once; `extractArticle` throwing fails the calling test. */
function extracted(slug: string): ExtractionResult {
  let result = results.get(slug);
  if (!result) {
    const html = fs.readFileSync(path.join(DIR, slug, 'source.html'), 'utf8');
    result = extractArticle(parseHtmlDocument(html), urlOf(slug), { now: NOW, sanitizer: nodeSanitizer() });
    results.set(slug, result);
  }
  return result;
}

/** Letters in Readability's own output for the page (its expected.html), 0 when there is none. */
function readabilityLetters(slug: string): number {
  const file = path.join(DIR, slug, 'expected.html');
  if (!fs.existsSync(file)) return 0;
  const text = fs.readFileSync(file, 'utf8').replace(/<[^>]*>/g, ' ');
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * Pages that are section fronts, checked by reading them: linked headlines with bylines and summaries.
 * Readability takes the column of teasers for an article; a listing must give no article instead.
 */
const SECTION_FRONTS = ['nytimes-5'];

/** Opening tags that carry an event-handler attribute (`onclick=`, `onerror =` …). */
const EVENT_HANDLER_IN_TAG = /<[a-z][^>]*?\son[a-z]+\s*=/i;

describe.skipIf(missing)(missing ? `readability test pages: SKIPPED, corpus not found at ${DIR}` : `readability test pages (${DIR})`, () => {
  it('holds the 129 pages the README describes', () => {
    expect(slugs.length).toBe(129);
  });

  it.each(slugs)('%s: no throw, clean failure or a sane and safe record', (slug) => {
    let result: ExtractionResult | undefined;
    expect(() => {
      result = extracted(slug);
    }).not.toThrow();
    if (!result!.ok) {
      expect(FAILURE_REASONS).toContain(result!.reason);
      expect(Object.keys(result!).every((k) => ['ok', 'reason', 'detail'].includes(k))).toBe(true);
      if ('detail' in result! && result!.detail !== undefined) expect(typeof result!.detail).toBe('string');
      return;
    }
    const r = result!.record;
    expect(typeof r.title).toBe('string');
    expect(r.title.trim(), 'title').not.toBe('');
    expect(typeof r.lang).toBe('string');
    expect(r.lang, 'lang').not.toBe('');
    expect(['ltr', 'rtl']).toContain(r.dir);
    expect(r.contentHtml, 'script element').not.toMatch(/<script/i);
    expect(r.contentHtml, 'event-handler attribute').not.toMatch(EVENT_HANDLER_IN_TAG);
    expect(r.contentHtml, 'javascript: URL').not.toMatch(/javascript:/i);
    expect(r.wordCount).toBeGreaterThan(0);
    expect(r.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  // The README: "no lost content". A page where Readability itself finds a real article must give a record.
  const substantial = slugs.filter((slug) => readabilityLetters(slug) >= SUBSTANTIAL_LETTERS && !SECTION_FRONTS.includes(slug));
  it.each(substantial)('%s: Readability finds an article, so do we', (slug) => {
    const result = extracted(slug);
    expect(result.ok ? 'ok' : result).toBe('ok');
  });

  it.each(SECTION_FRONTS)('%s: a section front gives no article, not a record of its teasers', (slug) => {
    expect(readabilityLetters(slug)).toBeGreaterThanOrEqual(SUBSTANTIAL_LETTERS);
    expect(extracted(slug)).toMatchObject({ ok: false, reason: 'no-article' });
  });
});
