/** Which other-language versions the reader offers next to an article. */

import { primaryLanguage } from '../extract/metadata/language';
import type { LinkedVersion } from '../library/clip';
import type { ArticleRecord } from '../record/article-record';

export interface AlternateChoice {
  lang: string;
  url: string;
  /** The version kept with the clip in this language, shown without fetching anything. */
  kept: LinkedVersion | null;
}

function isWebAddress(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * One choice per language other than the article's: the page's alternates in their order (web addresses
 * only, never the page itself or `x-default`), each with the version kept in its language, then kept
 * versions whose language the page no longer lists.
 */
export function alternateChoices(record: Pick<ArticleRecord, 'lang' | 'alternates' | 'url' | 'canonicalUrl'>, kept: readonly LinkedVersion[] = []): AlternateChoice[] {
  const own = primaryLanguage(record.lang);
  const choices: AlternateChoice[] = [];
  const seen = new Set<string>();
  const keptIn = (lang: string) => kept.find((version) => primaryLanguage(version.lang) === lang) ?? null;
  for (const alternate of record.alternates) {
    const lang = primaryLanguage(alternate.lang);
    if (!lang || lang === own || seen.has(lang) || !isWebAddress(alternate.url)) continue;
    if (alternate.url === record.url || alternate.url === record.canonicalUrl) continue;
    seen.add(lang);
    choices.push({ lang: alternate.lang, url: alternate.url, kept: keptIn(lang) });
  }
  for (const version of kept) {
    const lang = primaryLanguage(version.lang);
    if (!lang || seen.has(lang)) continue;
    seen.add(lang);
    choices.push({ lang: version.lang, url: version.url, kept: version });
  }
  return choices;
}
