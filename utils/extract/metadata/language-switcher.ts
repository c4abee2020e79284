/**
 * Language switchers: the "Türkçe | English | عربي" menus and `<select>` pickers that gov.tr and Arab
 * ministry sites put in their top bars instead of `hreflang` links. Read before boilerplate removal,
 * which drops these menus; only same-site links in page chrome count, never links in the article text.
 */

import type { AlternateVersion } from '../../record/article-record';
import { cleanUrl, isSameSite } from '../page-url';
import { languageOfLabel } from './language-labels';
import { primaryLanguage } from './language';
import { isLanguageHome, languageOfUrl } from './language-url';

type Context = 'body' | 'language-menu' | 'chrome' | null;

interface Candidate {
  element: Element;
  lang: string;
  url: string;
  /**
   * What makes it a language link: a full name ("English"), a code ("EN", trusted inside a language menu
   * or among other language links), or only its `hreflang` or address (trusted inside a language menu
   * alone: navigation links carry `hreflang` too, `<a hreflang="en" href="/code/">Code</a>`).
   */
  source: 'name' | 'code' | 'address';
}

/** Ancestors this many levels up are searched for a cluster of language links. */
const CLUSTER_LEVELS = 3;
const MAX_LABEL_CHARS = 40;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
const URL_LIKE = /^(https?:\/\/|\/|\.\.?\/|\?)/i;
const BODY_TAGS = new Set(['P', 'BLOCKQUOTE', 'ARTICLE', 'FIGURE', 'TD', 'TH', 'DD']);
const CHROME_TAGS = new Set(['NAV', 'HEADER', 'FOOTER']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'menubar', 'menu', 'contentinfo', 'toolbar']);
const CHROME_TOKENS = new Set(['header', 'topbar', 'navbar', 'nav', 'menu', 'masthead', 'toolbar', 'top', 'util', 'utility', 'ust', 'footer', 'sitebar']);
const BODY_TOKENS = new Set(['articlebody', 'entrycontent', 'postcontent', 'newsdetail', 'habermetni', 'haberdetay', 'storybody', 'newstext']);

/** Class and id tokens, split at spaces, dashes, underscores and camelCase humps, lower-cased. */
function tokensOf(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!raw.trim()) return [];
  const words = raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[\s_-]+/).filter(Boolean);
  // Joined forms catch "article-body" written as "articleBody" or "article_body".
  const joined = raw.toLowerCase().split(/\s+/).map((t) => t.replace(/[_-]/g, ''));
  return [...words, ...joined];
}

function isLanguageMenuToken(token: string): boolean {
  return /^(lang|language|dil(ler|sec|secimi)?$|lng$|locale|i18n|lugha|lisan|polylang|wpml|flags?$)/.test(token);
}

/** Where a link sits, judged from its nearest telling ancestor: a language menu, other page chrome, or text. */
function contextOf(el: Element): Context {
  for (let node = el.parentElement; node && node.tagName !== 'BODY'; node = node.parentElement) {
    const tag = node.tagName;
    if (BODY_TAGS.has(tag) || node.getAttribute('itemprop') === 'articleBody') return 'body';
    const tokens = tokensOf(node);
    if (tokens.some(isLanguageMenuToken)) return 'language-menu';
    if (tokens.some((t) => BODY_TOKENS.has(t))) return 'body';
    if (CHROME_TAGS.has(tag) || CHROME_ROLES.has(node.getAttribute('role') ?? '') || tokens.some((t) => CHROME_TOKENS.has(t))) return 'chrome';
  }
  return null;
}

/** The texts a link is named by: its text, title, aria-label and the alt text of a flag image. */
function labelsOf(a: Element): string[] {
  const labels = [a.textContent ?? '', a.getAttribute('title') ?? '', a.getAttribute('aria-label') ?? ''];
  for (const img of a.getElementsByTagName('img')) labels.push(img.getAttribute('alt') ?? '', img.getAttribute('title') ?? '');
  return labels.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l && l.length <= MAX_LABEL_CHARS);
}

/** The switcher's entry for the page being shown: `aria-current`, or marked active on itself or its item. */
function isCurrent(a: Element): boolean {
  if (a.hasAttribute('aria-current') && a.getAttribute('aria-current') !== 'false') return true;
  const item = a.parentElement?.tagName === 'LI' ? a.parentElement : null;
  return [a, item].some((el) => el && /(^|\s)(active|selected|current|is-active|current-lang|on)(\s|$)/i.test(el.getAttribute('class') ?? ''));
}

function siteUrl(href: string, baseUrl: string, pageUrl: string): string | null {
  const url = cleanUrl(href, baseUrl);
  if (!url || !/^https?:/.test(url) || !isSameSite(url, pageUrl)) return null;
  return url;
}

/**
 * Reads a link's language: a label naming one (which an `hreflang` or address saying otherwise makes
 * unclear), else its `hreflang`, else its address.
 */
function linkCandidate(a: Element, baseUrl: string, pageUrl: string): Candidate | null {
  const href = a.getAttribute('href');
  if (!href || isCurrent(a)) return null;
  const hreflang = (a.getAttribute('hreflang') ?? '').trim();
  const declared = LANGUAGE_TAG.test(hreflang);
  const named = labelsOf(a).map(languageOfLabel).find((l) => l);
  const attrLang = primaryLanguage(a.getAttribute('lang'));
  if (!declared && !named && !attrLang && !/lang|dil|[/=.]([a-z]{2})([/&._-]|$)/i.test(href)) return null;
  const url = siteUrl(href, baseUrl, pageUrl);
  if (!url) return null;
  const fromUrl = languageOfUrl(url);
  if (named) {
    if (declared ? primaryLanguage(hreflang) !== named.lang : fromUrl && fromUrl !== named.lang) return null;
    return { element: a, lang: declared ? hreflang : named.lang, url, source: named.short ? 'code' : 'name' };
  }
  if (declared) return { element: a, lang: hreflang, url, source: 'address' };
  if (fromUrl && (!attrLang || attrLang === fromUrl)) return { element: a, lang: fromUrl, url, source: 'address' };
  return null;
}

/** A `<select>` whose options name languages and carry addresses as values. */
function selectCandidates(select: Element, baseUrl: string, pageUrl: string): Candidate[] {
  const found: Candidate[] = [];
  let languages = 0;
  for (const option of select.getElementsByTagName('option')) {
    const named = languageOfLabel(option.textContent ?? '') ?? null;
    const lang = named?.lang ?? primaryLanguage(option.getAttribute('lang'));
    if (!lang) continue;
    languages++;
    const value = (option.getAttribute('value') ?? '').trim();
    if (option.hasAttribute('selected') || !URL_LIKE.test(value)) continue;
    const url = siteUrl(value, baseUrl, pageUrl);
    const fromUrl = url && languageOfUrl(url);
    if (url && (!fromUrl || fromUrl === lang)) found.push({ element: option, lang, url, source: 'name' });
  }
  return languages >= 2 ? found : [];
}

/** True when a few levels up the link sits among other language links and little else. */
function inCluster(candidate: Candidate, all: Candidate[]): boolean {
  let node: Element | null = candidate.element;
  for (let level = 0; level < CLUSTER_LEVELS && node; level++) {
    node = node.parentElement;
    if (!node || node.tagName === 'BODY') return false;
    const members = all.filter((c) => c !== candidate && c.source !== 'address' && node!.contains(c.element));
    if (!members.some((c) => c.lang !== candidate.lang)) continue;
    return members.length + 1 >= node.getElementsByTagName('a').length / 2;
  }
  return false;
}

function accepted(candidate: Candidate, context: Context, all: Candidate[]): boolean {
  if (context === 'body') return false;
  if (context === 'language-menu') return true;
  if (candidate.source === 'address') return false;
  // A picker whose options name languages and hold addresses is a language menu wherever it sits.
  if (candidate.element.tagName === 'OPTION') return true;
  if (candidate.source === 'name' && context === 'chrome') return true;
  return inCluster(candidate, all);
}

/**
 * The other-language versions a page's language switchers offer, in page order, one per language.
 * Skips links in the article text, links to other sites, links to a language's home page and the
 * page itself; the page's own language is left to `withSwitcherAlternates`, which knows it.
 * @param elements the page's elements in document order (the page index's `order`)
 */
export function readLanguageSwitchers(elements: readonly Element[], pageUrl: string, baseUrl = pageUrl): AlternateVersion[] {
  const candidates: Candidate[] = [];
  for (const el of elements) {
    if (el.tagName === 'A') {
      const candidate = linkCandidate(el, baseUrl, pageUrl);
      if (candidate) candidates.push(candidate);
    } else if (el.tagName === 'SELECT') {
      candidates.push(...selectCandidates(el, baseUrl, pageUrl));
    }
  }
  const result: AlternateVersion[] = [];
  for (const candidate of candidates) {
    const context = contextOf(candidate.element.tagName === 'OPTION' ? (candidate.element.closest('select') ?? candidate.element) : candidate.element);
    if (!accepted(candidate, context, candidates)) continue;
    if (candidate.url === pageUrl || isLanguageHome(candidate.url)) continue;
    const key = primaryLanguage(candidate.lang);
    if (result.some((r) => r.url === candidate.url || primaryLanguage(r.lang) === key)) continue;
    result.push({ lang: candidate.lang, url: candidate.url });
  }
  return result;
}

/**
 * The page's alternates: its `hreflang` links as declared, then each switcher link in a language that
 * neither they nor the page itself cover, at an address that is not the page's own.
 * @param pageUrls the page's address and its canonical address
 */
export function withSwitcherAlternates(declared: AlternateVersion[], switchers: AlternateVersion[], page: { lang: string; urls: string[] }): AlternateVersion[] {
  const own = primaryLanguage(page.lang);
  const result = [...declared];
  for (const link of switchers) {
    const lang = primaryLanguage(link.lang);
    if (!lang || lang === own || page.urls.includes(link.url)) continue;
    if (result.some((r) => r.url === link.url || primaryLanguage(r.lang) === lang)) continue;
    result.push(link);
  }
  return result;
}
