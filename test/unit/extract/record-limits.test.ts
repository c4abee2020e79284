/**
 * The background refuses an extraction reply whose record breaks the library's schema (at most 1,000
 * related links, 200 alternates), so a page that lists thousands of related items or hundreds of
 * `hreflang` links could not be clipped at all. The extractor keeps the first ones, in page order.
 */

import { describe, expect, it } from 'vitest';
import { extractionReply } from '../../../utils/clipper/extraction-reply';
import { readExtractionReply } from '../../../utils/clipper/read-extraction-reply';
import { extractPage } from '../../../utils/extract/extract-article';
import { nodeSanitizer, parseHtmlDocument } from '../../../utils/node/node-dom';
import { TR_TITLE, trArticle } from '../../pipeline/pages';

const URL = 'https://www.ornekhaber.com.tr/gundem/deprem-konutlari-1234';
const NOW = new Date('2025-11-20T10:00:00Z');

function clip(html: string) {
  const result = extractPage(parseHtmlDocument(html), URL, { now: NOW, sanitizer: nodeSanitizer() });
  if (!result.ok) throw new Error(result.reason);
  return { record: result.record, reply: readExtractionReply(extractionReply(result, 'text/html')) };
}

describe('records stay within what the library accepts', () => {
  it('a related-news grid of 4,000 cards gives the first related links and a record the background takes', () => {
    const cards = Array.from({ length: 4000 }, (_, i) => `<div class="kart"><a href="/gundem/haber-${i}"><img src="/img/k${i}.jpg" alt=""><span>Deprem bölgesinde yeni konutlar teslim edildi ${i}</span></a></div>`);
    const { record, reply } = clip(trArticle({ afterArticle: `<section class="ilgili-haberler"><h3>İlgili Haberler</h3>\n${cards.join('\n')}\n</section>` }));
    expect(record.relatedLinks.length).toBeGreaterThan(10);
    expect(record.relatedLinks.length).toBeLessThanOrEqual(1000);
    expect(record.relatedLinks[0]).toEqual({ title: 'Deprem bölgesinde yeni konutlar teslim edildi 0', url: 'https://www.ornekhaber.com.tr/gundem/haber-0' });
    expect(reply.ok).toBe(true);
  });

  it('300 hreflang alternates give the first ones and a record the background takes', () => {
    const links = Array.from({ length: 300 }, (_, i) => `<link rel="alternate" hreflang="x${i}" href="https://www.ornekhaber.com.tr/l${i}/gundem/1234">`);
    const { record, reply } = clip(trArticle({ head: links.join('\n') }));
    expect(record.title).toBe(TR_TITLE);
    expect(record.alternates.length).toBeGreaterThan(10);
    expect(record.alternates.length).toBeLessThanOrEqual(200);
    expect(record.alternates[0]).toEqual({ lang: 'x0', url: 'https://www.ornekhaber.com.tr/l0/gundem/1234' });
    expect(reply.ok).toBe(true);
  });
});
