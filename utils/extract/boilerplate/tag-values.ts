/** Splitting and cleaning the values of a tag list. */

import { foldKey } from '../../text/fold-key';
import { normalizeInline } from '../../text/normalize-text';
import { labelKind, leadingLabel } from './lexicon';

/** Splits a plain-text tag line ("Etiketler: Ankara, ekonomi • enflasyon") into its values. */
export function splitTagText(text: string): string[] {
  const label = leadingLabel(text);
  const body = label?.kind === 'tags' ? label.rest : text;
  return body.split(/\s*[,،;|•·#\n]\s*|\s+[-–—/]\s+/).map((s) => s.trim()).filter(Boolean);
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', "'": "'", '«': '»', '“': '”' };

/** Drops quotes around a whole tag, not the closing quote of a quoted word inside it (فيروس "كورونا"). */
function unquote(tag: string): string {
  const close = QUOTE_PAIRS[tag[0] ?? ''];
  return close && tag.length > 2 && tag.endsWith(close) ? tag.slice(1, -1).trim() : tag;
}

const MAX_TAG_CHARS = 60;
const MAX_TAG_WORDS = 6;

/**
 * Cleans tags from all sources into one list: display-normalised (Persian ی/ک become Arabic), split where
 * one value holds a comma-separated list, without labels, "more" buttons, hashtag marks, counts ("(423)"),
 * the site's own name or overlong phrases, and de-duplicated by folded key, first wins.
 * @param siteNames names of the site and its host, which are never a tag
 */
export function cleanTags(raw: Iterable<string>, lang: string | null, siteNames: Array<string | null> = [], limit = 40): string[] {
  const out: string[] = [];
  const siteKeys = siteNames.filter((n): n is string => !!n).map((n) => foldKey(n, lang));
  const seen = new Set<string>(siteKeys);
  for (const value of raw) {
    for (const part of value.split(/[,،;]/)) {
      const tag = unquote(
        normalizeInline(part)
          .replace(/^#+/, '')
          .replace(/\s*\(\s*[\d\u0660-\u0669][\d\u0660-\u0669.,٬]*\s*\)$/, '')
          .replace(/[\s.:]+$/, ''),
      );
      if (!tag || tag.length > MAX_TAG_CHARS || tag.split(/\s+/).length > MAX_TAG_WORDS) continue;
      if (labelKind(tag) || /^\d+$/.test(tag)) continue;
      const key = foldKey(tag, lang);
      if (!key || seen.has(key) || siteKeys.some((site) => key.includes(' ') && site.includes(key))) continue;
      seen.add(key);
      out.push(tag);
      if (out.length >= limit) return out;
    }
  }
  return out;
}
