/**
 * Companies named in Latin letters inside Arabic text, where Arabic writes the brand as the company
 * spells it: after a plural institution word ("شركات Apple وSamsung"), as a list of such names ("من
 * Samsung وXiaomi"), or as the subject right after a verb in the feminine that companies take ("أعلنت
 * Apple"). A Latin word followed by another Latin word or a number is a product or a person ("iPhone 17",
 * "Galaxy S24", "Recep Tayyip Erdoğan"), not a company.
 */

import { LATIN_LIST_HEADS } from './arabic-lexicons';
import { arabicLexicon, lookUp } from './arabic-words';
import { ARABIC_COMPANY_VERBS } from './gazetteers/arabic-organisation-heads';
import { isPunct, type Token } from './tokens';

/** A Latin name, with "و" or "ف" written onto it ("وXiaomi") when it is a conjunct. */
const LATIN_ITEM = /^([وف]?)(\p{Lu}[\p{Script=Latin}\p{M}'’-]+)$/u;
const COMPANY_VERBS = arabicLexicon(ARABIC_COMPANY_VERBS);
const INTRODUCERS = new Set(['مثل', 'منها', 'ومنها']);
const OR = new Set(['و', 'أو', 'او']);
const LIST_COMMAS = ',،';

interface LatinItem {
  name: string;
  conjoined: boolean;
}

function latinItem(tokens: Token[], i: number): LatinItem | null {
  const t = tokens[i];
  const match = t && t.kind === 'word' ? LATIN_ITEM.exec(t.text) : null;
  if (!match) return null;
  // A product's model number or a second Latin word makes it something other than a company name.
  const next = tokens[i + 1];
  if (next && next.kind === 'number') return null;
  if (next && next.kind === 'word' && /^\p{Script=Latin}/u.test(next.text)) return null;
  return { name: match[2]!, conjoined: !!match[1] };
}

/** The Latin names listed from `i` ("Apple وSamsung، Xiaomi"), and the index after the list. */
function latinList(tokens: Token[], i: number): { names: string[]; end: number } {
  const first = latinItem(tokens, i);
  if (!first || first.conjoined) return { names: [], end: i };
  const names = [first.name];
  let j = i + 1;
  for (;;) {
    const t = tokens[j];
    let k = j;
    if (isPunct(t, LIST_COMMAS) || (t?.kind === 'word' && OR.has(t.text))) k++;
    const item = latinItem(tokens, k);
    if (!item || (k === j && !item.conjoined) || (k > j && item.conjoined)) break;
    names.push(item.name);
    j = k + 1;
  }
  return { names, end: j };
}

/** Companies named in Latin letters from token `i`, or null. */
export function latinOrganisationsAt(tokens: Token[], i: number): { names: string[]; end: number } | null {
  const t = tokens[i]!;
  if (t.kind !== 'word') return null;
  if (lookUp(t.text, LATIN_LIST_HEADS)) {
    const start = INTRODUCERS.has(tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
    const list = latinList(tokens, start);
    return list.names.length ? list : null;
  }
  const list = latinList(tokens, i);
  if (list.names.length >= 2) return list;
  const before = tokens[i - 1];
  if (list.names.length === 1 && before?.kind === 'word' && lookUp(before.text, COMPANY_VERBS)) return list;
  return null;
}
