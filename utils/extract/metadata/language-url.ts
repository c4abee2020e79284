/**
 * Languages written into addresses: `?lang=en`, `/en/…`, `….en.mfa`, `en.site.gov`. Only codes the
 * label table knows count, so that `/id/123` or `/it/` (a department) are never read as languages.
 */

import { KNOWN_LANGUAGES } from './language-labels';

const LANGUAGE_PARAMS = new Set(['lang', 'lng', 'language', 'locale', 'culture', 'hl', 'dil', 'ln', 'l']);
/** A language tag as a path segment or parameter value: `en`, `en-us`, `ar_SA`. */
const TAG = /^([a-z]{2,3})(?:[-_][a-z]{2,4})?$/i;
/** mfa.gov.tr and other ASP.NET portals put the language before the extension: `….en.mfa`, `….ar.aspx`. */
const FILE_TAG = /\.([a-z]{2})\.[a-z0-9]{2,5}$/i;
const HOME_FILE = /^(index|default|home|main|anasayfa|portal)(\.[a-z0-9]{2,5})?$/i;

function knownPrimary(value: string): string | null {
  const m = TAG.exec(value.trim());
  const primary = m?.[1]!.toLowerCase();
  return primary && KNOWN_LANGUAGES.has(primary) ? primary : null;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function segmentsOf(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
}

/**
 * The language an address names, or null when it names none or several different ones.
 * Reads a language parameter, the first two path segments, a `.xx.ext` file name and a language subdomain.
 */
export function languageOfUrl(href: string): string | null {
  const url = parse(href);
  if (!url) return null;
  const found = new Set<string>();
  for (const [name, value] of url.searchParams) {
    if (!LANGUAGE_PARAMS.has(name.toLowerCase())) continue;
    const lang = knownPrimary(value);
    if (lang) found.add(lang);
  }
  const segments = segmentsOf(url);
  for (const segment of segments.slice(0, 2)) {
    const lang = knownPrimary(segment);
    if (lang) found.add(lang);
  }
  const fileTag = FILE_TAG.exec(segments.at(-1) ?? '')?.[1];
  const fileLang = fileTag ? knownPrimary(fileTag) : null;
  if (fileLang) found.add(fileLang);
  const labels = url.hostname.split('.');
  const subdomain = labels.length >= 3 ? knownPrimary(labels[0]!) : null;
  if (subdomain) found.add(subdomain);
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * True when the address is a home or index page in some language (`/en/`, `/Default.aspx?lang=en`,
 * `/Include/Main.jsp?lang=en`, `/ar/index.html`): a language menu that leads there offers the site, not
 * this article, in that language.
 */
export function isLanguageHome(href: string): boolean {
  const url = parse(href);
  if (!url) return false;
  const segments = segmentsOf(url);
  const rest = segments.filter((s) => !knownPrimary(s));
  // A section in a language (`/blog/es`) is an index too; so is an index file under any folder.
  const index = !rest.length || knownPrimary(segments.at(-1)!) !== null || HOME_FILE.test(rest.at(-1)!);
  if (!index) return false;
  // `/?p=123` and `Default.aspx?id=45` are articles; `/?hpt=header_edition-picker` is not.
  return [...url.searchParams].every(([name, value]) => LANGUAGE_PARAMS.has(name.toLowerCase()) || !/\d/.test(value));
}
