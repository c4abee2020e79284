/**
 * Turkish institutions: a capitalised run that ends in an institution word (Bakanlığı, Genel Müdürlüğü,
 * Dairesi Başkanlığı, Belediyesi, Teşkilatı, Üniversitesi…), its case ending cut ("Bakanlığı'nın" →
 * "Bakanlığı") and "our …" read as the name ("Bakanlığımız" → "Bakanlığı"). An acronym in brackets
 * after it is its alias: "İslam İşbirliği Teşkilatı (İİT)". A few well-known institutions have no such
 * word and are listed by name: "Birleşmiş Milletler", "Türk Kızılay". An acronym that opens a role names
 * the body the role belongs to: "CHP Genel Başkanı", "TFF Başkanı".
 */

import { AGENCY_NAMES } from './gazetteers/agencies';
import { TURKISH_NAMED_INSTITUTIONS } from './gazetteers/turkish-organisation-tails';
import { TURKISH_COUNTRY_WORDS } from './gazetteers/turkish-places';
import { TURKISH_ROLE_HEADS } from './gazetteers/turkish-titles';
import { isPunct, type Token } from './tokens';
import { runStart } from './turkish-runs';
import { hasSuffix, isAcronym, tailOf, withoutSuffix, type TailMatch } from './turkish-words';

export interface TurkishOrganisationFind {
  name: string;
  aliases: string[];
}

const MAX_NUMBER_DIGITS = 3;
const NAMED = TURKISH_NAMED_INSTITUTIONS.map((name) => name.split(' '));
const ROLE_WORDS = new Set(TURKISH_ROLE_HEADS.filter((r) => !r.includes(' ')));
const NOT_BODIES = new Set([...TURKISH_COUNTRY_WORDS, ...AGENCY_NAMES]);
/** Words between an acronym and its role: "CHP Genel Başkanı", "HDP Eş Genel Başkanı". */
const ROLE_QUALIFIERS = new Set(['Genel', 'Eş']);

/** An acronym at `i` that opens a role ("CHP Genel Başkanı"): the body the role belongs to. */
function acronymBeforeRole(tokens: Token[], i: number): string | null {
  const t = tokens[i]!;
  if (t.kind !== 'word' || hasSuffix(t.text) || !isAcronym(t.text) || NOT_BODIES.has(t.text)) return null;
  const before = tokens[i - 1];
  if (before?.kind === 'word' && /^\p{Lu}/u.test(before.text)) return null;
  let j = i + 1;
  while (tokens[j]?.kind === 'word' && ROLE_QUALIFIERS.has(tokens[j]!.text)) j++;
  const role = tokens[j];
  return role?.kind === 'word' && ROLE_WORDS.has(withoutSuffix(role.text)) ? t.text : null;
}

/** A known institution without a tail word at `i` ("Birleşmiş Milletler", "Türk Kızılay'ın"): its length. */
function namedInstitutionAt(tokens: Token[], i: number): { name: string; length: number } | null {
  for (const words of NAMED) {
    const matches = words.every((w, k) => {
      const t = tokens[i + k];
      return t?.kind === 'word' && withoutSuffix(t.text) === w && (k === words.length - 1 || !hasSuffix(t.text));
    });
    if (matches) return { name: words.join(' '), length: words.length };
  }
  return null;
}

/** An acronym in brackets at `i`: "(İİT)". */
function bracketAcronym(tokens: Token[], i: number): string | null {
  const word = tokens[i + 1];
  if (isPunct(tokens[i], '(') && word?.kind === 'word' && isAcronym(word.text) && isPunct(tokens[i + 2], ')')) return withoutSuffix(word.text);
  return null;
}

/** Institutions named on one line. `nameWords` are people's name words, which no institution takes. */
export function turkishOrganisations(text: string, tokens: Token[], nameWords: Set<string>, fold: (w: string) => string): TurkishOrganisationFind[] {
  const found: TurkishOrganisationFind[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    const named = namedInstitutionAt(tokens, i);
    if (named) {
      found.push({ name: named.name, aliases: [] });
      i += named.length - 1;
      continue;
    }
    const acronym = acronymBeforeRole(tokens, i);
    if (acronym) {
      found.push({ name: acronym, aliases: [] });
      continue;
    }
    const firstTail = first.kind === 'word' ? tailOf(first.text) : null;
    if (!firstTail) continue;
    // Consecutive tails make one: "Dairesi Başkanlığı", "Genel Müdürlüğü" (Genel is a plain capital).
    let end = i;
    let last: TailMatch = firstTail;
    while (!hasSuffix(tokens[end]!.text) && !last.ours) {
      const next = tokens[end + 1];
      const nextTail = next?.kind === 'word' ? tailOf(next.text) : null;
      if (!nextTail) break;
      end++;
      last = nextTail;
    }
    let start = runStart(tokens, i, { stopAtTail: true, nameWords, fold });
    const before = tokens[start - 1];
    if (before?.kind === 'number' && before.text.length <= MAX_NUMBER_DIGITS && start < i) start--;
    const modifiers = tokens.slice(start, i).filter((t) => t.kind !== 'punct' && t.text !== 've').length;
    const weakOnly = firstTail.weak && end === i;
    if (modifiers === 0 || (weakOnly && modifiers < 2)) {
      i = end;
      continue;
    }
    const lastToken = tokens[end]!;
    const ending = last.ours ? last.tail : withoutSuffix(lastToken.text);
    const name = `${text.slice(tokens[start]!.start, lastToken.start)}${ending}`;
    const alias = bracketAcronym(tokens, end + 1);
    found.push({ name, aliases: alias ? [alias] : [] });
    i = end;
  }
  return found;
}
