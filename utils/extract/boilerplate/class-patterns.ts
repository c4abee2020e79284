/**
 * Class and id names that mark boilerplate blocks. Each class token is tested on its own, so
 * `article-body share-enabled` is not a share bar, and state flags (`has-comments`, `no-sidebar`) never count.
 */

import type { BoilerplateKind } from './lexicon';

export type ClassKind = BoilerplateKind | 'chrome' | 'cookie' | 'weather' | 'counter' | 'author-box' | 'disclaimer';

const STATE_FLAG =
  /^(has|no|with|without|is|show|hide|enable|disable)[-_]|^(post-type|page-template|page-id|postid|post-format|single-format|category|tag|format|type)[-_]|[-_](open|closed|enabled|disabled|on|off|active|visible)$|view-?mode/;

/** Ordered: the first pattern that matches a token decides the kind. */
const PATTERNS: Array<[ClassKind, RegExp]> = [
  // A count of comments or shares is a counter, whatever it counts.
  ['counter', /[-_]counts?$/],
  ['cookie', /^(cookie|cookies|consent|gdpr|kvkk|cerez|cc-window|cc-banner|cmp|onetrust|cookie-?(notice|bar|banner|consent|law|policy))([-_].*)?$/],
  ['comments', /(^|[-_])(comments?|disqus|yorum(lar)?|respond|reply-form|comment-?(list|form|area|section|respond))([-_]|$)/],
  ['newsletter', /(^|[-_])(newsletter|subscribe|subscription|bulten|e-?bulten|signup|sign-up|mailing-?list|mc4wp)([-_]|$)/],
  ['share', /(^|[-_])(share|shares|sharing|sharer|social|socials|social-?(links|icons|buttons|media)|addthis|sharethis|shareaholic|a2a|addtoany|paylas|sosyal|print|yazdir|sharedaddy)([-_]|$)/],
  ['tags', /^(tags|tag-?cloud|tag-?list|tags-?(list|box|area|wrap|container)|post-?tags|entry-?tags|article-?tags|news-?tags|keywords|etiket(ler)?|anahtar-?kelimeler|hashtags?)$|[-_]tags$/],
  ['related', /(^|[-_])(related|relate|relacionados|read-?(more|also|next)|also-?read|recommend(ed|ations)?|similar|benzer|ilgili|yarpp|jp-relatedposts|crp|more-?(news|stories|articles|from)|you-?may-?like|outbrain|taboola)([-_]|$)/],
  ['more-news', /(^|[-_])(most-?(read|viewed|popular|shared|commented)|mostread|popular|trending|latest|en-?cok|cok-?okunan|encokokunan|ticker|headlines|manset)([-_]|$)/],
  ['toc', /^(toc|table-?of-?contents|ez-toc.*|lwptoc.*|icindekiler|toc-?(container|wrapper|box))$/],
  ['ad', /^(ad|ads|adv|advert|adverts|advertisement|advertising|adsense|adslot|ad-?(slot|unit|box|container|wrapper|banner|zone|block|space|placeholder)|dfp.*|gpt-?ad.*|google-?ad.*|banner|banners|sponsor|sponsored|reklam|reklamlar|promo|promoted|i3lan|ilan-?alani)$|^(ad|ads|adv|reklam|banner)[-_]|[-_](ad|ads|adv|reklam|banner|advert)$/],
  ['weather', /(^|[-_])(weather|hava-?durumu|havadurumu|forecast|taqs)([-_]|$)/],
  ['counter', /(^|[-_])(views?|view-?count|viewcount|hits?|hit-?count|counter|okunma|goruntulenme|read-?count|page-?views)([-_]|$)/],
  ['disclaimer', /(^|[-_])(disclaimer|uyari|feragat|legal-?notice|copyright|telif|haklari-?saklidir)([-_]|$)/],
  ['author-box', /^(author-?(box|bio|info|card|about)|about-?(the-?)?author|yazar-?(kutu|box|bilgi))$/],
  ['chrome', /^(breadcrumbs?|bread-?crumb.*|crumbs?|navbar|nav|navigation|main-?nav|menu|main-?menu|mega-?menu|top-?bar|topbar|header|site-?header|masthead|footer|site-?footer|pagination|pager|skip-?link|sidebar|side-?bar|widget|widgets|widget-?area|aside|sticky-?bar|app-?banner|app-?download|popup|modal|overlay|search|search-?form|login|copyright)$|^(sidebar|widget|footer|header|menu|nav)[-_]|[-_](sidebar|widget|footer|menu|navbar|nav)$/],
];

/** Words that name the article itself; a section-like word next to them ("article-content-breaking-news") is a variant, not a box. */
const CONTENT_WORD = /(^|[-_])(article|content|body|story|entry|text|detail|details|haber|news-?detail|post-?body|icerik|makale)([-_]|$)/;
const WEAK_KINDS = new Set<ClassKind>(['more-news', 'chrome', 'weather', 'counter']);

/** The boilerplate kind that one of the element's class/id tokens names, or null. */
export function classKind(tokens: readonly string[]): ClassKind | null {
  for (const token of tokens) {
    if (token.length > 60 || STATE_FLAG.test(token)) continue;
    for (const [kind, pattern] of PATTERNS) {
      if (!pattern.test(token)) continue;
      if (WEAK_KINDS.has(kind) && CONTENT_WORD.test(token)) break;
      return kind;
    }
  }
  return null;
}
