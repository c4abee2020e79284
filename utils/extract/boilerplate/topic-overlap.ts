/**
 * How much a passage talks about a headline: the share of the headline's word stems found in the passage.
 * Used to tell the rest of an article (about its own headline) from a second article pasted after it.
 */

import { foldKey } from '../../text/fold-key';

/** Article and conjunction prefixes; a one-letter prefix is only cut from a long word (وزير keeps its و). */
const ARABIC_PREFIX = /^(?:(?:وال|بال|فال|كال|لل|ال)(?=\p{L}{3})|[وفبل](?=\p{L}{4}))/u;

function stem(word: string): string {
  if (/\p{Script=Arabic}/u.test(word)) return word.replace(ARABIC_PREFIX, '').slice(0, 4);
  return word.slice(0, 5);
}

/** Distinct stems of the words of `text` that are long enough to carry meaning. */
export function stemsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of foldKey(text).split(' ')) if (word.length >= 3 && !/^\d+$/.test(word)) out.add(stem(word));
  return out;
}

/** Share (0–1) of the headline's stems that occur in the passage. */
export function headlineCoverage(headline: string, passage: string | Set<string>): number {
  const h = stemsOf(headline);
  if (!h.size) return 0;
  const p = typeof passage === 'string' ? stemsOf(passage) : passage;
  let hit = 0;
  for (const s of h) if (p.has(s)) hit++;
  return hit / h.size;
}
