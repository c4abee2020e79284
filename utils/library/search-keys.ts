/**
 * Search keys of a clip: every word of its title, text, tags, site, source, byline and note, folded
 * (`foldKey`) and de-duplicated into one string, " word word … ". A query word matches a key that starts
 * with it, so "istanbul" finds "İstanbul'da" and "وزير" finds "الوزيرة".
 */

import { foldKey } from '../text/fold-key';
import type { Clip } from './clip';
import { clipSite } from './clip';

/** Proclitics that attach to Arabic words: a word is also indexed without them ("والوزير" → "وزير"). */
const ARABIC_PROCLITICS = /^(?:وال|فال|بال|كال|لل|ال|و|ف|ب|ل)(?=[\u0621-\u064A]{3})/;
const ARABIC_WORD = /^[\u0621-\u064A]/;

/** The forms a folded word is indexed under: itself, and without its Arabic proclitics. */
export function wordForms(word: string): string[] {
  if (!ARABIC_WORD.test(word)) return [word];
  const forms = [word];
  let rest = word;
  for (let i = 0; i < 2; i++) {
    const stripped = rest.replace(ARABIC_PROCLITICS, '');
    if (stripped === rest) break;
    forms.push(stripped);
    rest = stripped;
  }
  return forms;
}

/** The searchable key string of a clip. */
export function searchKeys(clip: Pick<Clip, 'title' | 'text' | 'tags' | 'userTags' | 'siteName' | 'canonicalUrl' | 'source' | 'byline' | 'note' | 'lang'>): string {
  const fields = [clip.title, clipSite(clip), clip.source, clip.byline, clip.tags.join(' '), clip.userTags.join(' '), clip.note, clip.text];
  const words = new Set<string>();
  for (const field of fields) {
    if (!field) continue;
    for (const word of foldKey(field, clip.lang).split(' ')) {
      if (word) for (const form of wordForms(word)) words.add(form);
    }
  }
  return ` ${[...words].join(' ')} `;
}

/**
 * The folded words of a query, each as the alternatives it may be typed as: Turkish and root casing
 * differ on I and İ ("ISTANBUL" is "ıstanbul" to a Turk and "istanbul" to anyone else).
 */
export function queryWords(query: string): string[][] {
  const turkish = foldKey(query, 'tr').split(' ').filter(Boolean);
  const root = foldKey(query).split(' ').filter(Boolean);
  return turkish.map((word, i) => {
    const options = new Set<string>();
    for (const variant of [word, root[i] ?? word]) for (const form of wordForms(variant)) options.add(form);
    // The query word without its proclitics is the weakest form, and it matches the most keys.
    return [...options];
  });
}
