import { describe, expect, it } from 'vitest';
import { cleanUrl, isSameSite, resolveLink, resolveMedia, siteHost } from '../../../utils/extract/page-url';

const BASE = 'https://www.haberturk.com/gundem/haber/1234-baslik';

describe('cleanUrl: tracking parameters and fragments', () => {
  it.each([
    ['https://www.haberturk.com/x?utm_source=tw&id=5&fbclid=abc#comments', 'https://www.haberturk.com/x?id=5'],
    ['https://www.youm7.com/story/2024/3/14/x?utm_source=a&utm_medium=b&utm_campaign=c', 'https://www.youm7.com/story/2024/3/14/x'],
    ['https://x.com/a?utm_content=1&utm_term=2&utm_id=3', 'https://x.com/a'],
    ['https://x.com/a?gclid=1&dclid=2&gbraid=3&wbraid=4', 'https://x.com/a'],
    ['https://x.com/a?msclkid=1&yclid=2&igshid=3', 'https://x.com/a'],
    ['https://x.com/a?mc_cid=1&mc_eid=2&_ga=3&_gl=4', 'https://x.com/a'],
    ['https://x.com/a?UTM_Source=x&FBCLID=y', 'https://x.com/a'],
    ['https://x.com/a#:~:text=Ankara', 'https://x.com/a'],
    ['https://x.com/a?page=2#yorumlar', 'https://x.com/a?page=2'],
    ['https://x.com/a?id=5', 'https://x.com/a?id=5'],
    ['  https://x.com/a  ', 'https://x.com/a'],
  ])('%s → %s', (input, expected) => {
    expect(cleanUrl(input)).toBe(expected);
  });

  it.each([
    ['utm', 'https://x.com/a?utm=1'],
    ['ga', 'https://x.com/a?ga=1'],
    ['ref', 'https://x.com/a?ref=home'],
    ['fbclid_note', 'https://x.com/a?fbclid_note=1'],
  ])('keeps the look-alike but non-tracking parameter %s', (_name, url) => {
    expect(cleanUrl(url)).toBe(url);
  });

  it('resolves a relative address against the base', () => {
    expect(cleanUrl('/haber/123?gclid=1', 'https://www.aa.com.tr/tr/')).toBe('https://www.aa.com.tr/haber/123');
    expect(cleanUrl('diger?x=1#a', 'https://www.aa.com.tr/tr/gundem/')).toBe('https://www.aa.com.tr/tr/gundem/diger?x=1');
  });

  it.each([['not a url'], [''], ['http://'], ['/relative/without/base']])('returns null for the non-URL %j', (input) => {
    expect(cleanUrl(input)).toBeNull();
  });

  it('leaves the other parameters as written (same result with and without utm_*)', () => {
    expect(cleanUrl('https://x.com/ara?q=a%20b&utm_source=tw')).toBe('https://x.com/ara?q=a%20b');
  });

  it('keeps a legacy-encoded Turkish query value intact', () => {
    expect(cleanUrl('https://www.example.com.tr/ara?kelime=%FEehir&utm_source=x')).toBe('https://www.example.com.tr/ara?kelime=%FEehir');
  });
});

describe('resolveLink', () => {
  it.each([
    ['../diger-haber', 'https://www.haberturk.com/gundem/diger-haber'],
    ['/spor', 'https://www.haberturk.com/spor'],
    ['5678-baska', 'https://www.haberturk.com/gundem/haber/5678-baska'],
    ['//cdn.haberturk.com/a', 'https://cdn.haberturk.com/a'],
    ['https://www.aa.com.tr/tr/x?y=1', 'https://www.aa.com.tr/tr/x?y=1'],
    ['#yorumlar', 'https://www.haberturk.com/gundem/haber/1234-baslik#yorumlar'],
    ['mailto:ihbar@haberturk.com', 'mailto:ihbar@haberturk.com'],
    ['tel:+902123350000', 'tel:+902123350000'],
    ['  /spor  ', 'https://www.haberturk.com/spor'],
    ['/haber/مصر', 'https://www.haberturk.com/haber/%D9%85%D8%B5%D8%B1'],
  ])('%s → %s', (href, expected) => {
    expect(resolveLink(href, BASE)).toBe(expected);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['  javascript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['ftp://ftp.example.com/a'],
    ['whatsapp://send?text=x'],
    ['http://[bad'],
  ])('rejects %j', (href) => {
    expect(resolveLink(href, BASE)).toBeNull();
  });
});

describe('resolveMedia', () => {
  it.each([
    ['/images/foto.jpg', 'https://www.haberturk.com/images/foto.jpg'],
    ['foto.jpg', 'https://www.haberturk.com/gundem/haber/foto.jpg'],
    ['//cdn.haberturk.com/a.jpg', 'https://cdn.haberturk.com/a.jpg'],
    ['http://img.youm7.com/a.jpg', 'http://img.youm7.com/a.jpg'],
  ])('%s → %s', (src, expected) => {
    expect(resolveMedia(src, BASE)).toBe(expected);
  });

  it.each([['data:image/png;base64,AAAA'], ['javascript:alert(1)'], ['mailto:a@b.com'], ['tel:123'], ['blob:https://x.com/uuid']])(
    'rejects %j (only http and https)',
    (src) => {
      expect(resolveMedia(src, BASE)).toBeNull();
    },
  );
});

describe('siteHost', () => {
  it.each([
    ['https://www.aa.com.tr/tr/gundem', 'aa.com.tr'],
    ['https://m.haberturk.com/x', 'haberturk.com'],
    ['https://mobile.twitter.com/x', 'twitter.com'],
    ['https://amp.youm7.com/x', 'youm7.com'],
    ['https://WWW2.Example.COM/', 'example.com'],
    ['https://video.aa.com.tr/', 'video.aa.com.tr'],
    ['https://www.saglik.gov.tr/TR,1/x.html', 'saglik.gov.tr'],
  ])('%s → %s', (href, expected) => {
    expect(siteHost(href)).toBe(expected);
  });

  it.each([['mailto:a@b.com'], ['not a url'], ['/relative']])('returns null for %j', (href) => {
    expect(siteHost(href)).toBeNull();
  });
});

describe('isSameSite', () => {
  it.each([
    ['https://www.aa.com.tr/a', 'https://aa.com.tr/b', true],
    ['https://m.haberturk.com/a', 'https://www.haberturk.com/b', true],
    ['https://video.aa.com.tr/x', 'https://www.aa.com.tr/', true],
    ['https://www.aa.com.tr/', 'https://video.aa.com.tr/x', true],
    ['https://saglik.gov.tr/', 'https://icisleri.gov.tr/', false],
    ['https://notaa.com.tr/', 'https://aa.com.tr/', false],
    ['https://www.youm7.com/', 'https://www.masrawy.com/', false],
    ['not a url', 'https://aa.com.tr/', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(isSameSite(a, b)).toBe(expected);
  });
});
