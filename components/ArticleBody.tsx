import { useLayoutEffect, useRef } from 'preact/hooks';
import { createSanitizer } from '@/utils/extract/sanitize-html';
import { prepareArticle } from '@/utils/reader/prepare-article';

interface ArticleBodyProps {
  html: string;
  baseUrl: string;
  lang: string;
  dir: 'rtl' | 'ltr';
}

/**
 * The article itself. Its HTML comes from a web page, so it is never given to Preact as markup: it is
 * sanitised with DOMPurify and the resulting nodes are moved in.
 */
export function ArticleBody({ html, baseUrl, lang, dir }: ArticleBodyProps) {
  const mount = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const target = mount.current;
    const sanitizer = createSanitizer(window);
    if (!target || !sanitizer) return;
    const prepared = prepareArticle(html, baseUrl, sanitizer, dir);
    // An image that cannot load (offline, hotlink protection) would leave a broken frame in the text;
    // its caption stays.
    for (const image of prepared.querySelectorAll('img')) {
      image.addEventListener('error', () => (image.hidden = true), { once: true });
    }
    target.replaceChildren(...prepared.childNodes);
  }, [html, baseUrl, dir]);
  return <div ref={mount} class="article-body" lang={lang} dir={dir} data-testid="article-body" />;
}
