/** Runs Readability on the pruned clone and returns the article element it chose. */

import { Readability } from '@mozilla/readability';

export interface ReadabilityArticle {
  content: Element;
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  dir: string | null;
  lang: string | null;
}

/** Short ministry announcements are often under Readability's default 500-character threshold. */
const CHAR_THRESHOLD = 200;

/** Readability on `doc` (which it changes); null when it finds no article. */
export function runReadability(doc: Document): ReadabilityArticle | null {
  // A browser keeps a <template>'s contents out of the document; linkedom lists them as its children, in
  // a fragment that leads nowhere. Readability walks the whole document, head included, and threw on them.
  for (const template of Array.from(doc.querySelectorAll('template'))) template.remove();
  const reader = new Readability(doc, {
    charThreshold: CHAR_THRESHOLD,
    keepClasses: false,
    disableJSONLD: true,
    // Keep the element itself: lead blocks are put back into it before it is serialised.
    serializer: ((el: Element) => el) as unknown as (el: Node) => string,
  });
  const parsed = reader.parse();
  if (!parsed || !parsed.content) return null;
  return {
    content: parsed.content as unknown as Element,
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    excerpt: parsed.excerpt ?? null,
    dir: parsed.dir ?? null,
    lang: parsed.lang ?? null,
  };
}
