/**
 * Golden pages: every folder in test/fixtures/pages is extracted and compared with
 * - its hand-written truth (truth.json): title, dates, language, direction, byline, source, dateline,
 *   tags, content that must survive and boilerplate that must not;
 * - its baseline (expected.txt, expected-metadata.json), which catches every other change.
 * Baselines are rewritten only with UPDATE_GOLDEN=1; the truth never is.
 */

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract/extract-article';
import type { ArticleRecord } from '../../utils/record/article-record';
import { nodeSanitizer, parseHtmlDocument } from '../../utils/node/node-dom';
import { loadGoldenPages, truthMismatches } from '../support/golden-pages';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** The baseline metadata: the record without the bulky text fields (those have expected.txt). */
function baselineOf(record: ArticleRecord): Omit<ArticleRecord, 'text' | 'contentHtml'> {
  const { text: _text, contentHtml: _html, ...rest } = record;
  return rest;
}

describe.each(loadGoldenPages())('golden page $slug', (page) => {
  const result = extractArticle(parseHtmlDocument(page.html), page.truth.url, {
    now: new Date(page.truth.now),
    sanitizer: nodeSanitizer(),
  });

  it('extracts an article', () => {
    expect(result.ok ? 'ok' : result).toBe('ok');
  });

  it('matches its hand-written truth', () => {
    if (!result.ok) throw new Error('no record');
    expect(truthMismatches(result.record, page.truth)).toEqual([]);
  });

  it('matches its baseline text and metadata', () => {
    if (!result.ok) throw new Error('no record');
    const textFile = path.join(page.dir, 'expected.txt');
    const metaFile = path.join(page.dir, 'expected-metadata.json');
    const metadata = baselineOf(result.record);
    if (UPDATE) {
      fs.writeFileSync(textFile, `${result.record.text}\n`);
      fs.writeFileSync(metaFile, `${JSON.stringify(metadata, null, 2)}\n`);
    }
    expect(fs.existsSync(textFile), `${textFile} is missing; run with UPDATE_GOLDEN=1 and review the diff`).toBe(true);
    expect(result.record.text).toBe(fs.readFileSync(textFile, 'utf8').replace(/\n$/, ''));
    expect(metadata).toEqual(JSON.parse(fs.readFileSync(metaFile, 'utf8')));
  });
});
