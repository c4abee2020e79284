/**
 * The Arabic genitive chain (إضافة) that carries an institution's or a role's name: indefinite nouns in
 * construct, closed by a definite noun, then definite adjectives, "و" + definite conjuncts and "ل"
 * complements: "وزارة التضامن الاجتماعي", "المركز الوطني لتنمية الغطاء النباتي ومكافحة التصحر",
 * "صندوق دعم مشروعات الجمعيات والمؤسسات الأهلية". A word that fits none of these ends the chain.
 */

import {
  ANY_ORGANISATION_HEAD,
  HONORIFICS,
  NAME_ADJECTIVES,
  NAME_LINKS,
  ROLE_HEADS,
  SPEECH_VERBS,
  TITLES_IN_NAMES,
  isStopWord,
} from './arabic-lexicons';
import { arabicKey, chainWord, hasArticle, isArabicWord, lookUp, plainArabic } from './arabic-words';
import type { Token } from './tokens';

export interface Chain {
  /** Index of the first token after the chain. */
  end: number;
  /** The chain reached a definite word, so its end is certain. */
  closed: boolean;
}

export type ChainMode = 'organisation' | 'role';

const PLACING_PREPOSITIONS = new Set(['في', 'لدى'].map(arabicKey));
const ON_BEHALF = arabicKey('باسم');
/** Prepositions a verbal noun governs: "للحصول على", "للتحول إلى". A ل complement before one is not a name's. */
const GOVERNED = new Set(['على', 'إلى', 'الى', 'عن'].map(arabicKey));
const MAX_TITLED_NAME_WORDS = 4;
/** Relative adjectives (نسبة): الدولي, الانتقالية, الوطنيين. */
const NISBA = /(?:ي|ية|يين|يات|يون|يتين)$/;
/** Plural and other noun endings that a participle qualifying a name does not have: المواطنين, المياه. */
const NOUN_ENDING = /(?:ين|ون|ات|اء|ه)$/;
/** Participles of derived verbs with a ت after the first root letter: المتحدة, المستقلة, المشتركة. */
const PARTICIPLE = /^الم(?:ت|[^ا]ت)/;
/** An elative or colour adjective, أفعل: الأعلى, الأحمر. */
const ELATIVE = /^ال[أا][^\s]{3}$/;
/** A pronoun suffix (مقرها, قادتهم): the construct closed on it, so no name goes on past it. */
const PRONOUN_SUFFIX = /(?:ها|هما|هم|هن)$/;
const MIN_SUFFIXED_LENGTH = 5;

function arabicWordAt(tokens: Token[], i: number): string | null {
  const t = tokens[i];
  return t && t.kind === 'word' && isArabicWord(t.text) ? t.text : null;
}

function isStop(raw: string): boolean {
  return isStopWord(raw) || SPEECH_VERBS.has(arabicKey(raw));
}

function isOrganisationHead(raw: string): boolean {
  return !!lookUp(raw, ANY_ORGANISATION_HEAD);
}

/** A definite word with no proclitic: the kind that closes a construct or qualifies a name. */
function isPlainDefinite(raw: string | null): boolean {
  if (!raw || isStop(raw)) return false;
  const w = chainWord(raw);
  return w.definite && !w.conjunction && !w.preposition;
}

/**
 * Whether a definite word after a closed construct qualifies the name as an adjective ("منظمة الصحة
 * العالمية", "الأمم المتحدة", "الجيش الحر") rather than start what the sentence says next ("وجه عميد
 * كلية الهندسة جامعة القاهرة الشكر").
 */
function isAdjectival(stem: string): boolean {
  if (NAME_ADJECTIVES.has(arabicKey(stem)) || NISBA.test(stem) || ELATIVE.test(stem)) return true;
  return PARTICIPLE.test(stem) && stem.length >= 6 && !NOUN_ENDING.test(stem);
}

/**
 * The name after a title inside an institution's name, from `j`: "جامعة الملك | سعود", "مستشفى الأمير |
 * محمد بن عبدالعزيز". One word, and more only through name links (بن, عبد, آل); the article only after a
 * link (عبد العزيز).
 */
function afterTitledName(tokens: Token[], j: number): number {
  let k = j;
  while (k - j < MAX_TITLED_NAME_WORDS) {
    const raw = arabicWordAt(tokens, k);
    if (!raw || isStop(raw) || isOrganisationHead(raw) || lookUp(raw, ROLE_HEADS)) break;
    const linked = k > j && (NAME_LINKS.has(arabicKey(tokens[k - 1]!.text)) || NAME_LINKS.has(arabicKey(raw)));
    if (k > j && !linked) break;
    if (hasArticle(plainArabic(raw)) && !(k > j && NAME_LINKS.has(arabicKey(tokens[k - 1]!.text)))) break;
    k++;
  }
  while (k > j && NAME_LINKS.has(arabicKey(tokens[k - 1]!.text))) k--;
  return k;
}

/**
 * Reads the chain that starts at `start`, right after its head. `headDefinite` says whether the head
 * itself carries the article (then the chain is already closed and only qualifies it).
 */
export function readChain(tokens: Token[], start: number, headDefinite: boolean, mode: ChainMode): Chain {
  let closed = headDefinite;
  let j = start;
  let complementAt = -1;
  while (j < tokens.length) {
    const raw = arabicWordAt(tokens, j);
    const next = arabicWordAt(tokens, j + 1);
    if (raw && closed && mode === 'role' && PLACING_PREPOSITIONS.has(arabicKey(raw)) && next && isOrganisationHead(next)) {
      // "رئيس مصلحة حماية المستهلك في وزارة الاقتصاد والتجارة"
      closed = chainWord(next).definite;
      j += 2;
      continue;
    }
    if (!raw || isStop(raw)) break;
    const w = chainWord(raw);
    const plain = plainArabic(raw);
    if (mode === 'organisation' && w.definite && !w.conjunction && !w.preposition && TITLES_IN_NAMES.has(arabicKey(w.stem))) {
      const end = afterTitledName(tokens, j + 1);
      if (end > j + 1) {
        closed = true;
        j = end;
        continue;
      }
    }
    if (HONORIFICS.has(arabicKey(raw))) break;
    if (!closed) {
      // In construct the next word is the genitive itself, written without proclitics.
      if (w.conjunction || w.preposition) break;
      if (j > start && !w.definite && ROLE_HEADS.has(arabicKey(raw)) && mode === 'organisation') break;
      if (j > start && !w.definite && plain.length >= MIN_SUFFIXED_LENGTH && PRONOUN_SUFFIX.test(plain)) break;
      closed = w.definite;
      j++;
      continue;
    }
    if (ROLE_HEADS.has(arabicKey(w.stem)) && !w.preposition) break;
    const headAfter = ANY_ORGANISATION_HEAD.has(arabicKey(w.stem));
    if (w.definite && !w.conjunction && !w.preposition) {
      if (mode === 'organisation' && !isAdjectival(w.stem)) break;
      j++;
    } else if (w.definite && w.conjunction && !w.preposition && !headAfter) {
      j++;
    } else if (w.definite && w.preposition === 'ل' && !w.conjunction && (mode === 'role' || !headAfter)) {
      complementAt = j;
      j++;
    } else if (w.definite && w.preposition === 'ب' && mode === 'role' && headAfter) {
      j++;
    } else if (!w.definite && plain.startsWith('ل') && isPlainDefinite(next) && (mode === 'role' || !isOrganisationHead(next!))) {
      // "لطاقة المستقبل", "لمحافظة الجيزة": ل + a construct that the next word closes.
      complementAt = j;
      closed = false;
      j++;
    } else if (!w.definite && /^[وف]/.test(plain) && !isOrganisationHead(raw) && isPlainDefinite(next) && !isOrganisationHead(next!)) {
      // "ومكافحة التصحر": a conjunct construct, unless it starts another institution.
      closed = false;
      j++;
    } else if (mode === 'role' && arabicKey(raw) === ON_BEHALF && next) {
      // "المتحدث الرسمي باسم المحافظة"
      closed = false;
      j++;
    } else if (mode === 'role' && !w.definite && /^ب/.test(plain) && isOrganisationHead(raw)) {
      closed = chainWord(plain.slice(1)).definite;
      j++;
    } else {
      break;
    }
  }
  const after = arabicWordAt(tokens, j);
  if (complementAt >= 0 && after && GOVERNED.has(arabicKey(after))) return { end: complementAt, closed: true };
  return { end: j, closed };
}
