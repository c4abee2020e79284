import { describe, expect, it } from 'vitest';
import { alternateChoices } from '../../../utils/alternate/alternate-choices';
import type { LinkedVersion } from '../../../utils/library/clip';
import type { AlternateVersion, ArticleRecord } from '../../../utils/record/article-record';

const PAGE = 'https://www.mfa.gov.tr/no_-87_-turkiye-ile-urdun.tr.mfa';
const page = (alternates: AlternateVersion[], lang = 'tr'): Pick<ArticleRecord, 'lang' | 'alternates' | 'url' | 'canonicalUrl'> => ({
  lang,
  alternates,
  url: `${PAGE}?utm=x`,
  canonicalUrl: PAGE,
});
const kept = (lang: string, url: string): LinkedVersion => ({ lang, url, linkedAt: '2025-04-23T08:00:00.000Z', record: { lang } as ArticleRecord });

describe('alternateChoices', () => {
  it('offers each other language once, in the page’s order, never the page itself, x-default or a non-web address', () => {
    const choices = alternateChoices(
      page([
        { lang: 'tr', url: PAGE },
        { lang: 'x-default', url: PAGE },
        { lang: 'en', url: 'https://www.mfa.gov.tr/no_-87_-turkiye-and-jordan.en.mfa' },
        { lang: 'en-GB', url: 'https://www.mfa.gov.tr/en-gb/no-87' },
        { lang: 'fr', url: 'javascript:alert(1)' },
        { lang: 'de', url: PAGE },
        { lang: 'ar', url: 'https://www.mfa.gov.tr/no_-87_-turkiye-and-jordan.ar.mfa' },
      ]),
    );
    expect(choices).toEqual([
      { lang: 'en', url: 'https://www.mfa.gov.tr/no_-87_-turkiye-and-jordan.en.mfa', kept: null },
      { lang: 'ar', url: 'https://www.mfa.gov.tr/no_-87_-turkiye-and-jordan.ar.mfa', kept: null },
    ]);
  });

  it('skips the article’s own language whatever the region', () => {
    expect(alternateChoices(page([{ lang: 'tr-TR', url: 'https://www.mfa.gov.tr/tr/87' }], 'tr'))).toEqual([]);
  });

  it('attaches a kept version to its language and adds kept versions the page no longer lists', () => {
    const english = kept('en', 'https://www.mfa.gov.tr/old-address.en.mfa');
    const russian = kept('ru', 'https://www.mfa.gov.tr/no_-87.ru.mfa');
    const choices = alternateChoices(page([{ lang: 'en', url: 'https://www.mfa.gov.tr/no_-87.en.mfa' }]), [russian, english]);
    expect(choices).toEqual([
      { lang: 'en', url: 'https://www.mfa.gov.tr/no_-87.en.mfa', kept: english },
      { lang: 'ru', url: russian.url, kept: russian },
    ]);
  });
});
