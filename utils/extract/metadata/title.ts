/**
 * Headline and site name. Declared titles often carry the site name ("Başlık - T.C. … Bakanlığı"), and the
 * page's `<h1>` is often the site's or ministry's logo. The headline is the declared title with site names
 * cut off, shown as the page's own heading text when a heading matches it.
 */

import { foldKey } from '../../text/fold-key';
import { normalizeInline } from '../../text/normalize-text';
import { closest, textOf } from '../dom-tree';
import type { PageIndex } from '../page-index';
import { siteHost } from '../page-url';
import { firstMeta, type DeclaredMetadata } from './head-metadata';

const SEPARATORS = /\s+[|\-–—:•·»«/\\]\s+|\s*[|•·»«]\s*|\s+::\s+/;
const INSTITUTION = /^(T\.?\s?C\.?\s|وزارة|الهيئة|هيئة|مجلس|محافظة|رئاسة|بوابة|الموقع الرسمي|Republic of|Ministry)|(Bakanlığı|Belediyesi|Valiliği|Başkanlığı|Müdürlüğü|Üniversitesi|Ajansı|Ministry|Municipality)$/i;

export interface TitleChoice {
  title: string | null;
  /** The heading element that shows the headline, if any. */
  element: Element | null;
  siteName: string | null;
}

function declaredSiteNames(declared: DeclaredMetadata): string[] {
  const names = [
    firstMeta(declared, 'og:site_name'),
    firstMeta(declared, 'application-name', 'al:android:app_name', 'al:ios:app_name', 'apple-mobile-web-app-title'),
    ...declared.jsonLd.map((a) => a.publisher),
    ...declared.jsonLdPublishers,
  ];
  return [...new Set(names.filter((n): n is string => !!n && n.trim().length > 1).map((n) => normalizeInline(n)))];
}

function hostNames(pageUrl: string): string[] {
  const host = siteHost(pageUrl);
  return host ? [host, host.split('.')[0]!] : [];
}

function isSiteName(text: string, siteKeys: string[]): boolean {
  const key = foldKey(text);
  if (!key) return true;
  const words = key.split(' ').length;
  return siteKeys.some(
    (s) => s === key || (s.length > 3 && key.replace(/\s/g, '') === s.replace(/\s/g, '')) || (s.length > 6 && words <= 8 && (key.includes(s) || s.includes(key))),
  );
}

/** Cuts site names (and hostnames) off the start or end of a declared title. */
function stripSiteName(title: string, siteKeys: string[]): string {
  const parts = title.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title;
  const kept = parts.filter((p, i) => !isSiteName(p, siteKeys) && !(i > 0 && i === parts.length - 1 && INSTITUTION.test(p) && p.split(/\s+/).length <= 9));
  if (kept.length === parts.length) {
    // No known site name: drop a short last segment that looks like a name ("Haber | Hürriyet").
    const last = parts[parts.length - 1]!;
    const rest = title.slice(0, title.lastIndexOf(last)).replace(/[\s|\-–—:•·»«/\\]+$/, '');
    return last.split(/\s+/).length <= 4 && rest.split(/\s+/).length >= 3 ? rest : title;
  }
  if (!kept.length) return title;
  // Rebuild from the original text so separators inside the headline survive.
  const first = title.indexOf(kept[0]!);
  const lastPart = kept[kept.length - 1]!;
  const end = title.lastIndexOf(lastPart) + lastPart.length;
  return title.slice(first, end).trim();
}

function similar(a: string, b: string): boolean {
  const ka = foldKey(a);
  const kb = foldKey(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  const [short, long] = ka.length < kb.length ? [ka, kb] : [kb, ka];
  return short.length >= long.length * 0.6 && long.includes(short);
}

function inChrome(el: Element): boolean {
  return !!closest(el, (e) => /^(HEADER|NAV|FOOTER|ASIDE)$/.test(e.tagName) && !closest(e, (a) => a.tagName === 'ARTICLE' || a.tagName === 'MAIN'));
}

function headingCandidates(index: PageIndex): Element[] {
  return index.headings.filter((el) => {
    const len = (el.textContent ?? '').trim().length;
    return len >= 8 && len <= 400 && el.querySelectorAll('p, div, li').length < 3;
  });
}

function looksLikeInstitution(text: string, siteKeys: string[]): boolean {
  return isSiteName(text, siteKeys) || (INSTITUTION.test(text.trim()) && text.split(/\s+/).length <= 9);
}

/** Chooses the headline, the element that shows it, and the site name. */
export function chooseTitle(index: PageIndex, declared: DeclaredMetadata, pageUrl: string): TitleChoice {
  const siteNames = declaredSiteNames(declared);
  const hosts = hostNames(pageUrl);
  const siteKeys = [...siteNames, ...hosts].map((n) => foldKey(n));
  const declaredTitles = [
    ...declared.jsonLd.filter((a) => /Article|Posting|Report|Release/.test(a.type)).map((a) => a.headline),
    firstMeta(declared, 'og:title'),
    firstMeta(declared, 'twitter:title'),
    declared.itemprops.get('headline')?.[0] ?? null,
    firstMeta(declared, 'headline', 'dc.title', 'title', 'sailthru.title', 'parsely-title'),
    declared.documentTitle,
    ...declared.jsonLd.map((a) => a.headline),
  ]
    .filter((t): t is string => !!t)
    .map((t) => stripSiteName(normalizeInline(t), siteKeys))
    .filter((t) => t.length >= 3 && !looksLikeInstitution(t, siteKeys));

  const headings = headingCandidates(index);
  let element: Element | null = null;
  for (const wanted of declaredTitles) {
    element = headings.find((h) => !inChrome(h) && similar(textOf(h), wanted)) ?? headings.find((h) => similar(textOf(h), wanted)) ?? null;
    if (element) break;
  }
  if (!element) {
    element =
      headings.find((h) => h.tagName === 'H1' && !inChrome(h) && !looksLikeInstitution(textOf(h), siteKeys)) ??
      (declaredTitles.length ? null : headings.find((h) => !inChrome(h) && /^H[12]$/.test(h.tagName) && !looksLikeInstitution(textOf(h), siteKeys)) ?? null);
  }
  const title = element ? textOf(element) : (declaredTitles[0] ?? null);
  return { title, element, siteName: siteNames[0] ?? siteNameFromTitle(declared.documentTitle, title) ?? hosts[0] ?? null };
}

/** The part of `<title>` that is not the headline ("Başlık - Site" → "Site"). */
function siteNameFromTitle(documentTitle: string | null, headline: string | null): string | null {
  if (!documentTitle || !headline) return null;
  const parts = documentTitle.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const others = parts.filter((p) => !similar(p, headline) && !foldKey(headline).includes(foldKey(p)));
  const candidate = others[others.length - 1];
  return candidate && candidate.split(/\s+/).length <= 8 ? candidate : null;
}
