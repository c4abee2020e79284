import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extract/extract-article';
import { nodeSanitizer, parseHtmlDocument } from '../../../utils/node/node-dom';

/** Tag names of the document's root elements and of the root's children, read without lazy getters. */
function shape(doc: Document): string {
  const roots = Array.from(doc.childNodes).filter((n) => n.nodeType === 1) as Element[];
  return roots.map((r) => `${r.tagName}(${Array.from(r.children, (c) => c.tagName).join(',')})`).join(' ');
}

describe('parseHtmlDocument', () => {
  // HTML lets a page leave out <html>, <head> and <body>; a browser builds them all the same.
  it.each([
    ['no html, head or body tags', '<!DOCTYPE html><title>Başlık</title><p>Metin</p>'],
    ['no body tag', '<html><head><title>Başlık</title></head><p>Metin</p></html>'],
    ['no html tag', '<head><title>Başlık</title></head><body><p>Metin</p></body>'],
    ['a fragment', '<title>Başlık</title><p>Metin</p>'],
    ['content after </html>', '<html><head><title>Başlık</title></head><body></body></html><p>Metin</p>'],
  ])('%s: one html root with head and body, the paragraph in the body', (_name, html) => {
    const doc = parseHtmlDocument(html);
    expect(shape(doc)).toBe('HTML(HEAD,BODY)');
    expect(doc.querySelector('body > p')?.textContent).toBe('Metin');
    expect(doc.querySelector('head > title')?.textContent).toBe('Başlık');
  });

  it('an SVG element named template (which has no template contents) is copied as an ordinary element', () => {
    const doc = parseHtmlDocument('<svg><template><text>x</text></template></svg><p>Metin</p>');
    expect(shape(doc)).toBe('HTML(HEAD,BODY)');
    expect(doc.querySelector('body > p')?.textContent).toBe('Metin');
    expect(nodeSanitizer().sanitize('<p>a<svg><template><text>x</text></template></svg>b</p>', 'https://www.ornek.gov.tr/').innerHTML).toBe('<p>ab</p>');
  });

  it('an empty string gives an empty html document', () => {
    expect(shape(parseHtmlDocument(''))).toBe('HTML(HEAD,BODY)');
  });

  it('a complete page keeps its tree as written', () => {
    const doc = parseHtmlDocument('<!DOCTYPE html><html lang="tr"><head><title>t</title></head><body class="b"><div><p>a</p></div></body></html>');
    expect(doc.documentElement.outerHTML).toBe('<html lang="tr"><head><title>t</title></head><body class="b"><div><p>a</p></div></body></html>');
  });

  it.each([
    ['an element after </body>', '<html><head></head><body><p>a</p></body><iframe src="/x"></iframe></html>', 'IFRAME'],
    ['markup after a stray </body> inside the article', '<html><head></head><body><article><h1>x</h1></body><div class="govde"><p>a</p></div></article></body></html>', 'DIV'],
    ['an element between head and body', '<html><head></head><div class="ust">a</div><body><p>b</p></body></html>', 'DIV'],
    ['an unclosed <iframe> before a stray </html>', '<html><head></head><body><iframe>\n</html><p>gizli</p><div class="govde"><p>a</p></div></body></html>', 'IFRAME'],
    ['markup after a </body> written inside <noscript>', '<html><head></head><body><article><noscript><i></body></i></noscript><div class="govde"><p>a</p></div></article></body></html>', 'DIV'],
  ])('%s ends up in the body, as a browser puts it', (_name, html, tag) => {
    const doc = parseHtmlDocument(html);
    expect(shape(doc)).toBe('HTML(HEAD,BODY)');
    expect(Array.from(doc.querySelectorAll(tag)).every((el) => el.closest('body'))).toBe(true);
  });

  it('an article on a page that omits its html and body tags is extracted', () => {
    const paragraphs = [
      'Ankara’da düzenlenen toplantıda bakanlık yetkilileri, yeni sulama projesinin ilk etabının tamamlandığını ve çiftçilerin gelecek sezondan itibaren sistemden yararlanabileceğini açıkladı.',
      'Açıklamaya göre proje kapsamında kırk bin dekar tarım arazisi modern sulama sistemine kavuşacak, su tasarrufu ise yüzde otuzun üzerine çıkacak.',
    ];
    const html = `<!DOCTYPE html><meta charset="utf-8"><title>Sulama projesinde ilk etap tamamlandı</title><h1>Sulama projesinde ilk etap tamamlandı</h1>${paragraphs.map((p) => `<p>${p}`).join('\n')}`;
    const result = extractArticle(parseHtmlDocument(html), 'https://www.ornek.gov.tr/haber/1', { now: new Date('2025-11-20T10:00:00Z'), sanitizer: nodeSanitizer() });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.record.text).toBe(paragraphs.join('\n\n'));
  });
});
