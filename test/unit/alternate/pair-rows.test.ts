import { describe, expect, it } from 'vitest';
import { pairRows } from '../../../utils/alternate/pair-rows';
import { extractArticle } from '../../../utils/extract/extract-article';
import { nodeSanitizer, parseHtmlDocument } from '../../../utils/node/node-dom';
import { articleBlocks } from '../../../utils/reader/article-blocks';
import { prepareArticle } from '../../../utils/reader/prepare-article';
import { loadGoldenPages } from '../../support/golden-pages';
import { AR_EN_BEADS, TR_EN_BEADS } from './parallel-releases';

const sanitizer = nodeSanitizer();
const pages = new Map(loadGoldenPages().map((page) => [page.slug, page]));

function prepared(slug: string) {
  const page = pages.get(slug)!;
  const result = extractArticle(parseHtmlDocument(page.html), page.truth.url, { now: new Date(page.truth.now), sanitizer });
  if (!result.ok) throw new Error(result.reason);
  return articleBlocks(prepareArticle(result.record.contentHtml, result.record.url, sanitizer, result.record.dir));
}

describe('pairRows', () => {
  it.each([
    ['tr-disisleri-dil-secici', 'en-disisleri-dil-secici', TR_EN_BEADS],
    ['ar-kharijiya-ikhtiyar-al-lugha', 'en-kharijiya-ikhtiyar-al-lugha', AR_EN_BEADS],
  ])('pairs the rows of %s with those of %s as their paragraphs align', (left, right, beads) => {
    const pairs = pairRows(prepared(left), prepared(right));
    expect(pairs.map(({ left: a, right: b }) => ({ a, b }))).toEqual(beads);
    expect(new Set(pairs.map((pair) => pair.key)).size).toBe(pairs.length);
  });

  it('covers every row once on a page with a table and lists', () => {
    const blocks = prepared('tr-uzun-dosya-tablo-liste');
    const pairs = pairRows(blocks, blocks);
    expect(pairs.map((pair) => pair.left)).toEqual(blocks.rows.map((_, i) => [i]));
    expect(pairs.map((pair) => pair.right)).toEqual(blocks.rows.map((_, i) => [i]));
  });
});
