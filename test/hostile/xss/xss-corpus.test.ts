/**
 * The script-injection corpus in Node: every hostile page through `extractArticle` (linkedom and jsdom
 * documents, the Node sanitiser and DOMPurify on the page's own jsdom window, as in the browser), through
 * the batch command, and through the reader's preparation. Nothing that runs, loads or submits may come
 * out; addresses are web addresses; sanitising again changes nothing; the page itself is never changed.
 * Every payload is also sanitised on its own, so that one the article pipeline drops early still meets
 * the sanitiser.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/extract-article';
import { createSanitizer, type HtmlSanitizer } from '../../../utils/extract/sanitize-html';
import { nodeSanitizer, nodeSanitizerWindow, parseHtmlDocument } from '../../../utils/node/node-dom';
import { runCli } from '../../support/run-cli';
import { prepareArticle } from '../../../utils/reader/prepare-article';
import type { ArticleRecord } from '../../../utils/record/article-record';
import { EVENT_HANDLER_NAMES } from './event-handlers';
import { dangersIn, metadataProblems } from './html-checks';
import { hostilePages, type HostilePage } from './hostile-pages';
import { MULTI_VALUE_CHANNELS, SINGLE_VALUE_CHANNELS, xssPayloads, type PayloadCategory } from './payloads';
import { hitUrl, withSentinel } from './sentinel';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SENTINEL = 'https://sentinel.katib.invalid';
const NOW = new Date('2025-11-21T09:00:00Z');
const pages = hostilePages(SENTINEL);
const payloads = xssPayloads();
const sanitizer = nodeSanitizer();
/** DOMPurify parsing markup itself, as it does in the browser. */
const purifyParses = createSanitizer(nodeSanitizerWindow())!;

/** jsdom reports the pages' broken style sheets on the console; they are expected here. */
const quiet = () => new VirtualConsole();

/** The live document's markup, read past any clobbering of `documentElement`. */
function rootMarkup(doc: Document): string {
  const root = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Object.getPrototypeOf(doc)), 'documentElement')?.get?.call(doc) as Element | null;
  return root?.outerHTML ?? '';
}

interface DomCase {
  name: string;
  open(html: string): { doc: Document; serialize(): string; options: { sanitizer?: HtmlSanitizer; window?: Window } };
}

const DOM_CASES: DomCase[] = [
  { name: 'linkedom document, Node sanitiser', open: (html) => {
    const doc = parseHtmlDocument(html);
    return { doc, serialize: () => rootMarkup(doc), options: { sanitizer } };
  } },
  { name: 'jsdom document, Node sanitiser', open: (html) => {
    const dom = new JSDOM(html, { virtualConsole: quiet() });
    return { doc: dom.window.document, serialize: () => dom.serialize(), options: { sanitizer } };
  } },
  { name: 'jsdom window, DOMPurify on the page window', open: (html) => {
    const dom = new JSDOM(html, { virtualConsole: quiet() });
    return { doc: dom.window.document, serialize: () => dom.serialize(), options: { window: dom.window as unknown as Window } };
  } },
];

/** Every check a record of `page` must pass; `sanitize` is the sanitiser the reader would use. */
function checkRecord(record: ArticleRecord, page: HostilePage, sanitize: HtmlSanitizer): void {
  for (const sentence of page.keySentences) expect(record.text, 'the article is still extracted').toContain(sentence);
  expect(dangersIn(record.contentHtml, SENTINEL), 'contentHtml').toEqual([]);
  expect(metadataProblems(record), 'metadata').toEqual([]);
  expect(sanitize.sanitize(record.contentHtml, record.url).innerHTML, 'sanitising again changes nothing').toBe(record.contentHtml);
  const prepared = prepareArticle(record.contentHtml, record.url, sanitize, record.dir);
  expect(dangersIn(prepared.innerHTML, SENTINEL), 'the reader’s prepared article').toEqual([]);
  expect(prepared.textContent?.replace(/\s+/g, ' ')).toContain(page.keySentences[0]!.replace(/\s+/g, ' '));
}

describe('the corpus', () => {
  it('has at least 150 payloads with unique ids, each calling the sentinel under its own id', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(150);
    expect(new Set(payloads.map((p) => p.id)).size).toBe(payloads.length);
    for (const p of payloads) expect(p.html, p.id).toContain(hitUrl(p.id));
  });

  it('covers every category and every channel', () => {
    const categories: PayloadCategory[] = ['script', 'event-handler', 'url-scheme', 'resource', 'css', 'mutation-xss', 'embedded-document', 'template', 'metadata', 'clobbering'];
    expect(new Set(payloads.map((p) => p.category))).toEqual(new Set(categories));
    expect(new Set(payloads.map((p) => p.where))).toEqual(new Set([...SINGLE_VALUE_CHANNELS, ...MULTI_VALUE_CHANNELS]));
  });

  it('has a payload for every event handler the DOM standard lists (TypeScript’s spec-generated lib.dom.d.ts)', () => {
    const typesDir = path.join(REPO, 'node_modules/@typescript');
    const libs = fs.existsSync(typesDir) ? fs.readdirSync(typesDir).map((d) => path.join(typesDir, d, 'lib/lib.dom.d.ts')).filter((f) => fs.existsSync(f)) : [];
    expect(libs.length, 'lib.dom.d.ts of the installed TypeScript').toBeGreaterThan(0);
    const source = fs.readFileSync(libs[0]!, 'utf8');
    const handlers = new Set<string>();
    for (const name of ['GlobalEventHandlers', 'WindowEventHandlers', 'DocumentAndElementEventHandlers', 'Element', 'SVGAnimationElement']) {
      const block = new RegExp(`\\ninterface ${name}\\b[^{]*\\{([\\s\\S]*?)\\n\\}`).exec(source)?.[1] ?? '';
      for (const m of block.matchAll(/^\s+(on[a-z]+):/gm)) handlers.add(m[1]!);
    }
    expect(handlers.size).toBeGreaterThan(100);
    const covered = new Set(payloads.filter((p) => p.category === 'event-handler').map((p) => p.id.replace(/^handler-/, '')));
    expect([...handlers].filter((h) => !covered.has(h))).toEqual([]);
    expect([...covered].sort()).toEqual([...EVENT_HANDLER_NAMES].sort());
  });

  it('puts every payload on exactly one page, Arabic and Turkish pages alike', () => {
    const placed = pages.flatMap((p) => p.payloadIds);
    expect(placed.sort()).toEqual(payloads.map((p) => p.id).sort());
    expect(new Set(pages.map((p) => p.lang))).toEqual(new Set(['ar', 'tr']));
    for (const page of pages) {
      expect(page.payloadIds.length).toBeGreaterThanOrEqual(15);
      expect(page.html).not.toContain('{{');
    }
  });
});

describe.each(pages)('hostile page $slug', (page) => {
  it.each(DOM_CASES)('$name: a clean record, the page unchanged', ({ open }) => {
    const { doc, serialize, options } = open(page.html);
    const before = serialize();
    const literal = doc.documentElement.outerHTML;
    const result = extractArticle(doc, page.url, { now: NOW, ...options });
    expect(serialize(), 'the live document').toBe(before);
    expect(doc.documentElement.outerHTML).toBe(literal);
    if (!result.ok) throw new Error(`${page.slug}: ${result.reason} ${result.detail ?? ''}`);
    checkRecord(result.record, page, options.sanitizer ?? createSanitizer(options.window)!);
    // The page holds what the record must not, so the checks above have something to catch.
    expect(dangersIn(page.html, SENTINEL).length).toBeGreaterThan(10);
  });
});

describe('the batch command on the hostile pages', () => {
  let dir: string;
  let lines: Array<Record<string, unknown>>;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'katib-xss-'));
    const files = pages.map((page) => {
      const file = path.join(dir, `${page.slug}.html`);
      fs.writeFileSync(file, page.html);
      return file;
    });
    const run = await runCli(['--format', 'ndjson', '--now', NOW.toISOString(), ...files]);
    if (run.code !== 0) throw new Error(`exit ${run.code}: ${run.stderr}`);
    lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes one record per page', () => {
    expect(lines.length).toBe(pages.length);
    for (const line of lines) expect(line).not.toHaveProperty('error');
  });

  it.each(pages.map((page, i) => [page.slug, i] as const))('%s: a clean record', (_slug, i) => {
    checkRecord(lines[i] as unknown as ArticleRecord, pages[i]!, sanitizer);
  });
});

describe('every payload on its own', () => {
  const bodyMarkup = payloads.map((p) => [p.id, withSentinel(p.html, SENTINEL)] as const);
  it.each(bodyMarkup)('%s: nothing survives sanitising (both parsers) and the reader', (_id, html) => {
    for (const sanitize of [sanitizer, purifyParses]) {
      const clean = sanitize.sanitize(html, 'https://www.ornek.gov.tr/haber/1').innerHTML;
      expect(dangersIn(clean, SENTINEL)).toEqual([]);
      expect(sanitize.sanitize(clean, 'https://www.ornek.gov.tr/haber/1').innerHTML).toBe(clean);
      const prepared = prepareArticle(clean, 'https://www.ornek.gov.tr/haber/1', sanitize, 'ltr');
      expect(dangersIn(prepared.innerHTML, SENTINEL)).toEqual([]);
    }
  });
});
