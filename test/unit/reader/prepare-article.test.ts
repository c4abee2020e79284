/** The reader's last step before showing an article: sanitised again, directions set, runs isolated. */

import { describe, expect, it } from 'vitest';
import { nodeSanitizer } from '../../../utils/node/node-dom';
import { prepareArticle } from '../../../utils/reader/prepare-article';

const sanitizer = nodeSanitizer();
const prepare = (html: string, dir: 'rtl' | 'ltr' = 'rtl') => prepareArticle(html, 'https://www.trtarabi.com/news/1', sanitizer!, dir);

describe('prepareArticle', () => {
  it('sanitises stored HTML again, whatever its origin', () => {
    const container = prepare('<p onclick="steal()">نص <a href="javascript:alert(1)">رابط</a><script>steal()</script><img src="x" onerror="steal()"></p><iframe src="https://evil.example"></iframe>');
    const html = container.innerHTML;
    expect(html).not.toMatch(/script|onclick|onerror|javascript:|iframe/i);
    expect(container.querySelector('p')?.textContent).toBe('نص رابط');
  });

  it('gives blocks their own direction and isolates Latin names in Arabic text', () => {
    const container = prepare('<p>التقى أردوغان رئيس «Türkiye Maarif Vakfı» في أنقرة.</p><p>Bakan Fidan açıklama yaptı.</p>');
    const [arabic, turkish] = [...container.querySelectorAll('p')];
    expect(container.dir).toBe('rtl');
    expect(arabic?.getAttribute('dir')).toBe('auto');
    expect(turkish?.getAttribute('dir')).toBe('auto');
    expect(arabic?.querySelector('bdi')?.outerHTML).toBe('<bdi dir="ltr">Türkiye Maarif Vakfı</bdi>');
  });

  it('keeps figures-only blocks in the article direction and isolates dates and times inside Arabic', () => {
    const container = prepare('<p>12/10/2024 - 10:30</p><p>عقد الاجتماع في 12/10/2024 الساعة 10:30 بحضور 15 وزيرا.</p>', 'rtl');
    const [figures, sentence] = [...container.querySelectorAll('p')];
    // No dir of its own (it has no letter), but its figures are still isolated within the article's direction.
    expect(figures?.outerHTML).toBe('<p><bdi dir="ltr">12/10/2024</bdi> - <bdi dir="ltr">10:30</bdi></p>');
    expect(sentence?.innerHTML).toBe('عقد الاجتماع في <bdi dir="ltr">12/10/2024</bdi> الساعة <bdi dir="ltr">10:30</bdi> بحضور 15 وزيرا.');
  });

  it('opens links in a new tab without a referrer and loads images lazily without one', () => {
    const container = prepare('<p><a href="/haber/2">öteki</a> <img src="/img/a.jpg" alt="a"></p>', 'ltr');
    const link = container.querySelector('a')!;
    expect([link.getAttribute('href'), link.getAttribute('target'), link.getAttribute('rel')]).toEqual(['https://www.trtarabi.com/haber/2', '_blank', 'noopener noreferrer']);
    const image = container.querySelector('img')!;
    expect([image.getAttribute('src'), image.getAttribute('loading'), image.getAttribute('referrerpolicy')]).toEqual(['https://www.trtarabi.com/img/a.jpg', 'lazy', 'no-referrer']);
  });
});
