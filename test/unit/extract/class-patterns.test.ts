import { describe, expect, it } from 'vitest';
import { classKind, type ClassKind } from '../../../utils/extract/boilerplate/class-patterns';

const tokens = (s: string) => s.split(' ');

describe('classKind: boilerplate class and id tokens', () => {
  it.each<[string, ClassKind]>([
    ['cookie-notice', 'cookie'],
    ['kvkk-popup', 'cookie'],
    ['gdpr-banner', 'cookie'],
    ['onetrust-consent-sdk', 'cookie'],
    ['cerez', 'cookie'],
    ['comment-respond', 'comments'],
    ['comments-area', 'comments'],
    ['disqus_thread', 'comments'],
    ['yorumlar', 'comments'],
    ['haber-yorum', 'comments'],
    ['newsletter-signup', 'newsletter'],
    ['mc4wp-form', 'newsletter'],
    ['e-bulten', 'newsletter'],
    ['social-share', 'share'],
    ['sharedaddy', 'share'],
    ['addtoany', 'share'],
    ['paylas', 'share'],
    ['post-tags', 'tags'],
    ['etiketler', 'tags'],
    ['tagcloud', 'tags'],
    ['news-tags', 'tags'],
    ['yarpp-related', 'related'],
    ['jp-relatedposts', 'related'],
    ['related-posts', 'related'],
    ['benzer-haberler', 'related'],
    ['ilgili-haberler', 'related'],
    ['taboola-below-article', 'related'],
    ['read-also', 'related'],
    ['most-read', 'more-news'],
    ['en-cok-okunanlar', 'more-news'],
    ['popular-posts', 'more-news'],
    ['son-dakika-ticker', 'more-news'],
    ['toc', 'toc'],
    ['ez-toc-container', 'toc'],
    ['icindekiler', 'toc'],
    ['ad-slot', 'ad'],
    ['advertisement', 'ad'],
    ['reklam-alani', 'ad'],
    ['header-ad', 'ad'],
    ['dfp-ad-unit', 'ad'],
    ['hava-durumu', 'weather'],
    ['okunma-sayisi', 'counter'],
    ['page-views', 'counter'],
    ['hits', 'counter'],
    // a count of anything is a counter, not the thing counted
    ['comments-count', 'counter'],
    ['share-counts', 'counter'],
    ['disclaimer', 'disclaimer'],
    ['author-box', 'author-box'],
    ['about-the-author', 'author-box'],
    ['breadcrumb', 'chrome'],
    ['sidebar', 'chrome'],
    ['widget_recent_entries', 'chrome'],
    ['site-footer', 'chrome'],
    ['navbar', 'chrome'],
    ['mega-menu', 'chrome'],
  ])('%s → %s', (token, kind) => {
    expect(classKind([token])).toBe(kind);
  });

  it('decides by the first token that names a kind', () => {
    expect(classKind(tokens('post hentry sidebar'))).toBe('chrome');
    expect(classKind(tokens('box social-share comments'))).toBe('share');
  });
});

describe('classKind: tokens that are not boilerplate', () => {
  it.each([
    // state flags
    ['has-comments'],
    ['no-sidebar'],
    ['with-sidebar'],
    ['is-sticky'],
    ['show-comments'],
    ['comments-closed'],
    ['article-body share-enabled'],
    ['menu-open'],
    // WordPress post classes
    ['tag-ekonomi'],
    ['tag-share'],
    ['category-gundem'],
    ['category-related'],
    ['post-123'],
    ['postid-55'],
    ['type-post'],
    ['format-standard'],
    ['post-type-archive'],
    // content containers
    ['article-inner-content-breaking-news'],
    ['entry-content'],
    ['main-content'],
    ['story-body'],
    ['haber-detay'],
    ['news-detail'],
    ['latest-news-content'],
    ['views-field-body'],
    ['article-header'],
    // words that merely contain a pattern
    ['shadow'],
    ['download'],
    ['commentary'],
    ['preview'],
    ['badge'],
    ['unrelated'],
    [''],
  ])('%j → null', (classes) => {
    expect(classKind(tokens(classes))).toBeNull();
  });

  it('ignores overlong tokens', () => {
    expect(classKind([`${'x'.repeat(61)}-share`])).toBeNull();
  });

  it('reads view-count as a view counter, as its pattern lists', () => {
    expect(classKind(['view-count'])).toBe('counter');
  });

  it('reads main-nav and main-menu as site chrome, as its pattern lists', () => {
    expect(classKind(['main-nav'])).toBe('chrome');
    expect(classKind(['main-menu'])).toBe('chrome');
  });

  it("does not take Drupal's node--view-mode-full for a view counter", () => {
    expect(classKind(tokens('node node--type-article node--view-mode-full'))).toBeNull();
  });
});
