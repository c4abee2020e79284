import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../utils/node/node-dom';
import { readJsonLd, type JsonLdArticle } from '../../../utils/extract/metadata/json-ld';

/** Script elements holding each block as its text, as a page's head would. */
function scripts(...blocks: string[]): Element[] {
  const doc = parseHtmlDocument('<!doctype html><html><head></head><body></body></html>');
  return blocks.map((block) => {
    const el = doc.createElement('script');
    el.setAttribute('type', 'application/ld+json');
    el.textContent = block;
    doc.head.appendChild(el);
    return el;
  });
}

const json = (value: unknown) => JSON.stringify(value);

const EMPTY: Omit<JsonLdArticle, 'type'> = {
  headline: null,
  datePublished: null,
  dateModified: null,
  authors: [],
  publisher: null,
  keywords: [],
  inLanguage: null,
  url: null,
  description: null,
};

describe('readJsonLd: a full NewsArticle', () => {
  it('reads every field', () => {
    const { articles, publisherNames } = readJsonLd(
      scripts(
        json({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: ' Merkez Bankası faizi sabit tuttu ',
          datePublished: '2024-03-14T10:00:00+03:00',
          dateModified: '2024-03-14T11:02:00+03:00',
          author: [{ '@type': 'Person', name: 'Ayşe Kaya' }, 'Ali Veli'],
          publisher: { '@type': 'Organization', name: 'Habertürk' },
          keywords: 'ekonomi, faiz;Merkez Bankası',
          inLanguage: 'tr-TR',
          mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://www.haberturk.com/x' },
          description: 'Özet',
        }),
      ),
    );
    expect(articles).toEqual([
      {
        type: 'NewsArticle',
        headline: 'Merkez Bankası faizi sabit tuttu',
        datePublished: '2024-03-14T10:00:00+03:00',
        dateModified: '2024-03-14T11:02:00+03:00',
        authors: ['Ayşe Kaya', 'Ali Veli'],
        publisher: 'Habertürk',
        keywords: ['ekonomi', 'faiz', 'Merkez Bankası'],
        inLanguage: 'tr-TR',
        url: 'https://www.haberturk.com/x',
        description: 'Özet',
      },
    ]);
    expect(publisherNames).toEqual([]);
  });

  it('splits Arabic keyword lists on the Arabic comma', () => {
    const { articles } = readJsonLd(scripts(json({ '@type': 'Article', headline: 'خبر', keywords: 'مصر،السعودية، الإمارات' })));
    expect(articles[0]?.keywords).toEqual(['مصر', 'السعودية', 'الإمارات']);
  });

  it('falls back to name for headline, dateCreated for datePublished, url for the address', () => {
    const { articles } = readJsonLd(scripts(json({ '@type': 'BlogPosting', name: 'Ad', dateCreated: '2024-01-01', url: 'https://x.com/u', creator: 'Yazar' })));
    expect(articles).toEqual([{ ...EMPTY, type: 'BlogPosting', headline: 'Ad', datePublished: '2024-01-01', url: 'https://x.com/u', authors: ['Yazar'] }]);
  });
});

describe('readJsonLd: structure', () => {
  it('finds articles inside @graph and collects publisher names', () => {
    const { articles, publisherNames } = readJsonLd(
      scripts(
        json({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebSite', name: 'Habertürk' },
            { '@type': 'NewsMediaOrganization', name: 'Habertürk Gazetesi' },
            { '@type': 'BreadcrumbList', name: 'crumbs' },
            { '@type': 'NewsArticle', headline: 'Başlık' },
          ],
        }),
      ),
    );
    expect(articles.map((a) => [a.type, a.headline])).toEqual([['NewsArticle', 'Başlık']]);
    expect(publisherNames).toEqual(['Habertürk', 'Habertürk Gazetesi']);
  });

  it('reads top-level arrays, and puts articles before web pages', () => {
    const { articles } = readJsonLd(scripts(json([{ '@type': 'WebPage', name: 'Sayfa' }, { '@type': 'NewsArticle', headline: 'Haber' }])));
    expect(articles.map((a) => [a.type, a.headline])).toEqual([
      ['NewsArticle', 'Haber'],
      ['WebPage', 'Sayfa'],
    ]);
  });

  it('finds an article under mainEntity', () => {
    const { articles } = readJsonLd(scripts(json({ '@type': 'WebPage', mainEntity: { '@type': 'Article', headline: 'İç' } })));
    expect(articles.map((a) => [a.type, a.headline])).toEqual([
      ['Article', 'İç'],
      ['WebPage', null],
    ]);
  });

  it('accepts an array of types', () => {
    const { articles } = readJsonLd(scripts(json({ '@type': ['Thing', 'ReportageNewsArticle'], headline: 'x' })));
    expect(articles.map((a) => a.type)).toEqual(['ReportageNewsArticle']);
  });

  it('reads blocks across several scripts in order', () => {
    const { articles } = readJsonLd(scripts(json({ '@type': 'Article', headline: 'bir' }), json({ '@type': 'Article', headline: 'iki' })));
    expect(articles.map((a) => a.headline)).toEqual(['bir', 'iki']);
  });

  it('ignores nodes that are neither articles, pages nor publishers', () => {
    expect(readJsonLd(scripts(json({ '@type': 'Person', name: 'X' }), json({ '@type': 'Event', name: 'Y' })))).toEqual({ articles: [], publisherNames: [] });
  });
});

describe('readJsonLd: defensive reading', () => {
  it('skips broken JSON and keeps reading the other blocks', () => {
    const { articles } = readJsonLd(scripts('{bad json', '', '   ', json({ '@type': 'Article', headline: 'sağlam' })));
    expect(articles.map((a) => a.headline)).toEqual(['sağlam']);
  });

  it.each([['null'], ['42'], ['"metin"'], ['true'], ['[]'], ['{}']])('ignores the non-object block %s', (block) => {
    expect(readJsonLd(scripts(block))).toEqual({ articles: [], publisherNames: [] });
  });

  it('unwraps HTML comment and CDATA wrappers', () => {
    const { articles } = readJsonLd(scripts('<!-- {"@type":"Article","headline":"c"} -->', '//<![CDATA[\n{"@type":"Article","headline":"d"}\n//]]>'));
    expect(articles.map((a) => a.headline)).toEqual(['c', 'd']);
  });

  it('ignores values of the wrong type', () => {
    const { articles } = readJsonLd(
      scripts(
        json({
          '@type': 'NewsArticle',
          headline: { nested: 'x' },
          datePublished: null,
          dateModified: true,
          author: 5,
          publisher: [1, 2],
          keywords: { a: 1 },
          description: ['', '  ', 'Açıklama'],
          inLanguage: { '@type': 'Language', name: 'Arabic' },
        }),
      ),
    );
    expect(articles).toEqual([{ ...EMPTY, type: 'NewsArticle', description: 'Açıklama', inLanguage: 'Arabic' }]);
  });

  it('reads {"@value": …} wrappers and arrays of values', () => {
    const { articles } = readJsonLd(scripts(json({ '@type': 'Article', headline: ['', 'İlk'], datePublished: { '@value': '2024-01-01' }, keywords: ['a', { name: 'b' }, 7, 'c, d'] })));
    expect(articles[0]).toMatchObject({ headline: 'İlk', datePublished: '2024-01-01', keywords: ['a', 'b', 'c', 'd'] });
  });

  it('is not affected by __proto__ and constructor keys', () => {
    const { articles } = readJsonLd(scripts('{"__proto__": {"polluted": 1}, "@type": "NewsArticle", "headline": "p", "constructor": {"prototype": {"x": 1}}}'));
    expect(articles.map((a) => a.headline)).toEqual(['p']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('does not take a __proto__ @type for an article type', () => {
    const { articles } = readJsonLd(scripts('{"__proto__": {"@type": "NewsArticle", "headline": "sahte"}}'));
    expect(articles).toEqual([]);
  });

  it('skips a block over 500,000 characters', () => {
    const { articles } = readJsonLd(scripts(json({ '@type': 'NewsArticle', headline: 'büyük', description: 'x'.repeat(600_000) })));
    expect(articles).toEqual([]);
  });

  it('caps the number of authors and keywords', () => {
    const { articles } = readJsonLd(
      scripts(json({ '@type': 'Article', author: Array.from({ length: 30 }, (_, i) => `Yazar ${i}`), keywords: Array.from({ length: 80 }, (_, i) => `k${i}`) })),
    );
    expect(articles[0]?.authors).toHaveLength(10);
    expect(articles[0]?.keywords).toHaveLength(50);
  });

  it('returns within a node budget on a block with very many nodes', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({ '@type': 'Thing', name: `n${i}` }));
    const started = Date.now();
    const result = readJsonLd(scripts(json(many)));
    expect(result.articles).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('survives deeply nested arrays', () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    expect(readJsonLd(scripts(deep, json({ '@type': 'Article', headline: 'sonra' }))).articles.map((a) => a.headline)).toEqual(['sonra']);
  });
});
