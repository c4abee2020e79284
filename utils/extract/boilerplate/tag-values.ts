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

const MAX_TAG_CHARS = 60;
const MAX_TAG_WORDS = 6;

/**
 * Cleans tags from all sources into one list: display-normalised (Persian ی/ک become Arabic), without
 * labels, "more" buttons, hashtags marks or overlong phrases, de-duplicated by folded key, first wins.
 */
export function cleanTags(raw: Iterable<string>, lang: string | null, limit = 40): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const value of raw) {
    const tag = normalizeInline(value).replace(/^#+/, '').replace(/^[\s"'«“]+|[\s"'»”.:]+$/g, '');
    if (!tag || tag.length > MAX_TAG_CHARS || tag.split(/\s+/).length > MAX_TAG_WORDS) continue;
    if (labelKind(tag) || /^\d+$/.test(tag)) continue;
    const key = foldKey(tag, lang);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length >= limit) break;
  }
  return out;
}
