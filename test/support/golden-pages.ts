/** Loading golden fixture pages and checking extraction output against their hand-written truth. */

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleRecord } from '../../utils/record/article-record';

export const PAGES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');

export interface PageTruth {
  url: string;
  now: string;
  kind?: string;
  expect: Partial<Record<keyof ArticleRecord, unknown>>;
  mustContain: string[];
  mustNotContain: string[];
  relatedMustInclude?: string[];
}

export interface GoldenPage {
  slug: string;
  dir: string;
  html: string;
  truth: PageTruth;
}

/** Every golden page folder, sorted by slug. */
export function loadGoldenPages(): GoldenPage[] {
  return fs
    .readdirSync(PAGES_DIR)
    .filter((slug) => fs.existsSync(path.join(PAGES_DIR, slug, 'truth.json')))
    .sort()
    .map((slug) => {
      const dir = path.join(PAGES_DIR, slug);
      return {
        slug,
        dir,
        html: fs.readFileSync(path.join(dir, 'source.html'), 'utf8'),
        truth: JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8')) as PageTruth,
      };
    });
}

/** Whitespace-insensitive containment, so line wrapping in the expected snippets does not matter. */
export function containsText(haystack: string, needle: string): boolean {
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  return squash(haystack).includes(squash(needle));
}

/** The truth snippets of boilerplate that leaked into `text`. */
export function leakedSnippets(text: string, truth: PageTruth): string[] {
  return truth.mustNotContain.filter((s) => containsText(text, s));
}

/** Every way `record` differs from the page's truth, as readable lines; empty when it matches. */
export function truthMismatches(record: ArticleRecord, truth: PageTruth): string[] {
  const problems: string[] = [];
  for (const [key, expected] of Object.entries(truth.expect)) {
    const actual = record[key as keyof ArticleRecord];
    if (JSON.stringify(actual) !== JSON.stringify(expected)) problems.push(`${key}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
  for (const s of truth.mustContain) if (!containsText(record.text, s)) problems.push(`missing content: ${s}`);
  for (const s of leakedSnippets(record.text, truth)) problems.push(`leaked boilerplate: ${s}`);
  for (const title of truth.relatedMustInclude ?? []) {
    if (!record.relatedLinks.some((l) => containsText(l.title, title) || containsText(title, l.title))) problems.push(`related link missing: ${title}`);
  }
  return problems;
}
