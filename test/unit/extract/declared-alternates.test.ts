/**
 * `hreflang` alternates become links in the reader, so only web addresses may become alternates: a page
 * that declares a `javascript:`, `data:` or `vbscript:` alternate keeps its real alternates and loses those.
 */

import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/extract-article';
import { nodeSanitizer, parseHtmlDocument } from '../../../utils/node/node-dom';
import { trArticle } from '../../pipeline/pages';

const URL = 'https://www.ornekhaber.com.tr/gundem/deprem-konutlari-1234';

describe('declared alternates', () => {
  it('keep only http and https addresses', () => {
    const html = trArticle({
      head: `<link rel="alternate" hreflang="en" href="javascript:fetch('https://evil.example/')">
<link rel="alternate" hreflang="ar" href="data:text/html,<script>alert(1)</script>">
<link rel="alternate" hreflang="fr" href="vbscript:msgbox(1)">
<link rel="alternate" hreflang="de" href="JaVaScRiPt:alert(1)">
<link rel="alternate" hreflang="en-GB" href="https://www.ornekhaber.com.tr/en/news/1234">
<link rel="alternate" hreflang="x-default" href="/gundem/deprem-konutlari-1234">`,
    });
    const result = extractArticle(parseHtmlDocument(html), URL, { now: new Date('2025-11-20T10:00:00Z'), sanitizer: nodeSanitizer() });
    if (!result.ok) throw new Error(result.reason);
    expect(result.record.alternates).toEqual([
      { lang: 'en-GB', url: 'https://www.ornekhaber.com.tr/en/news/1234' },
      { lang: 'x-default', url: URL },
    ]);
  });
});
