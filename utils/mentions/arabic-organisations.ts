/**
 * Arabic institutions: an institution word (وزارة، منظمة، هيئة، صندوق، جامعة، جبهة، حزب…) and the
 * genitive chain that names it, with proclitics cut ("لوزارة", "ووزارة" → "وزارة"). Dual heads name two
 * bodies ("وزارتا الاقتصاد والتجارة والطاقة والمياه"), and an acronym or Latin name written beside one is
 * kept as its alias. A faculty written right before its university is one name ("كلية الهندسة جامعة
 * القاهرة"); an institution word inside a place name ("بلدة تل حلف") names nothing. Companies written in
 * Latin letters are read by arabic-latin-organisations.
 */

import { readChain } from './arabic-chain';
import {
  AMBIGUOUS_HEADS,
  GIVEN_NAMES,
  INSTITUTIONAL_ADJECTIVES,
  ORGANISATION_HEADS,
  PLACE_WORDS,
  isStopWord,
  SUBUNIT_HEADS,
} from './arabic-lexicons';
import { latinOrganisationsAt } from './arabic-latin-organisations';
import {
  arabicKey,
  arabicLexicon,
  chainWord,
  cliticReadings,
  isArabicWord,
  isLatinCapitalised,
  lookUp,
  plainArabic,
  type CliticReading,
} from './arabic-words';
import {
  ARABIC_COMPLETE_NAMES,
  ARABIC_DUAL_HEADS,
  ARABIC_GENERIC_BODIES,
  ARABIC_MOVEMENT_HEADS,
  ARABIC_PHRASE_HEADS,
} from './gazetteers/arabic-organisation-heads';
import { isPunct, type Span, type Token } from './tokens';

export interface OrganisationFind {
  name: string;
  aliases: string[];
}

const PHRASE_HEADS = ARABIC_PHRASE_HEADS.map((words) => ({ words, first: arabicLexicon([words[0]!]) }));
const COMPLETE_NAMES = ARABIC_COMPLETE_NAMES.map((name) => ({ ...name, first: arabicLexicon([name.words[0]!]) }));
const DUAL = new Map(Object.entries(ARABIC_DUAL_HEADS).map(([k, v]) => [arabicKey(k), v]));
const MOVEMENT_HEADS = arabicLexicon(ARABIC_MOVEMENT_HEADS);
const GENERIC = new Set(ARABIC_GENERIC_BODIES.map((words) => words.map(arabicKey).join(' ')));
const WITH = arabicKey('مع');
/** Marks between the items of a list of institutions: "لواء الإسلام - جبهة النصرة، كتيبة التوحيد". */
const LIST_MARKS = '،,-–/';
const MIN_FEMININE_ADJECTIVE = 5;
const CLAUSE_OPENERS = arabicLexicon(['أن', 'إن', 'بأن', 'أنه', 'أنها', 'التي', 'الذي']);
const MAX_LATIN_WORDS = 5;
const DUAL_ADJECTIVE = /(?:تين|يين)$/;
/** Relative adjectives (نسبة) on folded keys: الدولي, الانتقالية, الرسمي. */
const NISBA = /(?:ي|يه|يين|يات|يون)$/;

/**
 * Whether the word after a definite head qualifies it as a name: "البنك الدولي", "اللجنة الانتقالية",
 * "المؤسسة العامة", not "ودعت الوزارة المواطنين" or "القطاع الخاص". An ambiguous head needs an
 * institutional adjective.
 */
function qualifiesDefiniteHead(raw: string | null, ambiguous: boolean): boolean {
  if (!raw) return false;
  const w = chainWord(raw);
  if (!w.definite || w.conjunction || w.preposition || isStopWord(raw)) return false;
  const key = arabicKey(raw);
  return INSTITUTIONAL_ADJECTIVES.has(key) || (!ambiguous && NISBA.test(key));
}

interface HeadMatch {
  /** The head's words as they name the institution, proclitics cut. */
  words: string[];
  /** Tokens the head takes. */
  length: number;
  definite: boolean;
  kind: 'strong' | 'ambiguous' | 'complete' | 'complete-adjective' | 'dual';
  reading: CliticReading;
}

function wordAt(tokens: Token[], i: number): string | null {
  const t = tokens[i];
  return t && t.kind === 'word' ? t.text : null;
}

function keysMatch(tokens: Token[], at: number, words: string[]): boolean {
  return words.every((w, k) => {
    const raw = wordAt(tokens, at + k);
    return !!raw && arabicKey(raw) === arabicKey(w);
  });
}

/** The institution word (or phrase) at `i`, if any. */
function headAt(tokens: Token[], i: number): HeadMatch | null {
  const raw = wordAt(tokens, i);
  if (!raw || !isArabicWord(raw)) return null;
  for (const { words: phrase, first } of PHRASE_HEADS) {
    const reading = lookUp(raw, first);
    if (reading && keysMatch(tokens, i + 1, phrase.slice(1))) {
      return { words: [reading.word, ...phrase.slice(1)], length: phrase.length, definite: true, kind: 'strong', reading };
    }
  }
  for (const { words, takesAdjective, first } of COMPLETE_NAMES) {
    const reading = lookUp(raw, first);
    if (reading && keysMatch(tokens, i + 1, words.slice(1))) {
      return { words: [reading.word, ...words.slice(1)], length: words.length, definite: true, kind: takesAdjective ? 'complete-adjective' : 'complete', reading };
    }
  }
  for (const reading of cliticReadings(raw)) {
    const dual = DUAL.get(arabicKey(reading.word));
    if (dual) return { words: [dual], length: 1, definite: false, kind: 'dual', reading };
  }
  const strong = lookUp(raw, ORGANISATION_HEADS);
  const ambiguous = strong ? null : lookUp(raw, AMBIGUOUS_HEADS);
  const reading = strong ?? ambiguous;
  if (!reading) return null;
  return { words: [reading.word], length: 1, definite: reading.word.startsWith('ال'), kind: strong ? 'strong' : 'ambiguous', reading };
}

/** A run of capitalised Latin words (an acronym or a name) at `i`, optionally in brackets or quotes. */
function latinRunAt(tokens: Token[], i: number): { text: string; end: number } | null {
  let j = i;
  const open = isPunct(tokens[j], '(«"“') ? tokens[j++] : null;
  const first = j;
  while (j < tokens.length && j - first < MAX_LATIN_WORDS) {
    const raw = wordAt(tokens, j);
    if (!raw || !isLatinCapitalised(raw)) break;
    j++;
  }
  if (j === first) return null;
  const text = tokens.slice(first, j).map((t) => t.text).join(' ');
  if (open && isPunct(tokens[j], ')»"”')) j++;
  return { text, end: j };
}

/** The institution word in construct right after a faculty or sector: "كلية الهندسة | جامعة القاهرة". */
function attachedInstitution(tokens: Token[], at: number): number {
  const raw = wordAt(tokens, at);
  const reading = raw && isArabicWord(raw) ? lookUp(raw, ORGANISATION_HEADS, false) : null;
  if (!reading || reading.word.startsWith('ال')) return at;
  const chain = readChain(tokens, at + 1, false, 'organisation');
  return chain.closed && chain.end > at + 1 ? chain.end : at;
}

/**
 * An indefinite adjective that agrees with a feminine head ("هيئة معارضة", "منظمة دولية", "جمعية
 * خيرية") describes a body rather than names one. Short words and given names in ة are names: "جامعة
 * خليفة", "جامعة غزة".
 */
function describedOnly(head: HeadMatch, tokens: Token[], afterHead: number): boolean {
  const next = wordAt(tokens, afterHead);
  if (head.definite || !head.words[0]!.endsWith('ة') || !next || chainWord(next).definite) return false;
  const plain = plainArabic(next);
  if (plain.endsWith('ية')) return true;
  return plain.endsWith('ة') && plain.length >= MIN_FEMININE_ADJECTIVE && !GIVEN_NAMES.has(arabicKey(plain));
}

function inside(spans: readonly Span[], i: number): boolean {
  return spans.some(([s, e]) => i >= s && i < e);
}

/** The dual head's conjuncts, paired as the head's count needs: 2 items, or 4 in two pairs. */
function dualParts(tokens: Token[], start: number, end: number, text: string): string[] {
  const items: Token[][] = [];
  for (let j = start; j < end; j++) {
    const w = chainWord(tokens[j]!.text);
    if (j === start || (w.conjunction && w.definite)) items.push([tokens[j]!]);
    else items[items.length - 1]!.push(tokens[j]!);
  }
  const last = items[items.length - 1];
  if (last && last.length > 1 && DUAL_ADJECTIVE.test(plainArabic(last[last.length - 1]!.text))) last.pop();
  const groups = items.length === 2 ? items.map((i) => [i]) : items.length === 4 ? [items.slice(0, 2), items.slice(2)] : [];
  return groups.map((group) => {
    const first = group[0]![0]!;
    const lastToken = group[group.length - 1]!.at(-1)!;
    const from = first.start + (chainWord(first.text).conjunction ? 1 : 0);
    return text.slice(from, lastToken.end);
  });
}

/**
 * The institutions named on one line of `text`. `roleSpans` are the tokens of people's roles, where a
 * sub-unit ("رئيس قطاع الري") is part of the role rather than an institution of its own.
 */
export function arabicOrganisations(text: string, tokens: Token[], roleSpans: readonly Span[]): OrganisationFind[] {
  const found: OrganisationFind[] = [];
  let lastEnd = -10;
  for (let i = 0; i < tokens.length; i++) {
    const head = headAt(tokens, i);
    if (!head) {
      const latin = latinOrganisationsAt(tokens, i);
      if (latin) {
        for (const name of latin.names) found.push({ name, aliases: [] });
        i = latin.end - 1;
      }
      continue;
    }
    const before = wordAt(tokens, i - 1);
    if (before && isArabicWord(before) && lookUp(before, PLACE_WORDS)) continue;
    const afterHead = i + head.length;
    let end = afterHead;
    let closedOrBounded = true;
    let properName = false;
    if (head.kind === 'complete-adjective') {
      const next = wordAt(tokens, end);
      if (next && !isStopWord(next) && chainWord(next).definite && !chainWord(next).conjunction && !chainWord(next).preposition) end++;
    } else if (head.kind !== 'complete') {
      if (head.definite && head.length === 1 && !qualifiesDefiniteHead(wordAt(tokens, afterHead), head.kind === 'ambiguous')) continue;
      const chain = readChain(tokens, afterHead, head.definite, 'organisation');
      end = chain.end;
      if (end === afterHead) {
        const latin = head.definite ? null : latinRunAt(tokens, afterHead);
        if (!latin || isPunct(tokens[afterHead], '(«"“')) continue;
        end = afterHead + latin.text.split(' ').length;
      } else if (!chain.closed) {
        // Without a definite word the chain's end is certain only at punctuation or a Latin name.
        const after = tokens[end];
        // "كشفت صحيفة واشنطن بوست أن…": "أن" or a relative pronoun bounds a proper noun as well.
        const bounded = !after || after.kind === 'punct' || !isArabicWord(after.text) || CLAUSE_OPENERS.has(arabicKey(after.text));
        // "قالت حركة حماس في بيان": one proper noun, which a particle bounds as well as punctuation.
        properName = MOVEMENT_HEADS.has(arabicKey(head.words[0]!)) && end === afterHead + 1 && (bounded || isStopWord(after!.text));
        closedOrBounded = (bounded || properName) && !describedOnly(head, tokens, afterHead);
      }
      if (!closedOrBounded) continue;
    }
    const headKey = arabicKey(head.words[0]!);
    const attachedEnd = SUBUNIT_HEADS.has(headKey) ? attachedInstitution(tokens, end) : end;
    const attached = attachedEnd > end;
    end = attachedEnd;
    const alias = latinRunAt(tokens, end);
    const complementKey = arabicKey(tokens[afterHead]?.text ?? '');
    if (GENERIC.has(`${headKey} ${complementKey}`)) continue;
    if (head.kind === 'ambiguous') {
      const institutional = INSTITUTIONAL_ADJECTIVES.has(complementKey);
      const afterWith = arabicKey(wordAt(tokens, i - 1) ?? '') === WITH;
      const inList = i - lastEnd <= 2 && (head.reading.conjunction !== '' || isPunct(tokens[i - 1], LIST_MARKS));
      const next = wordAt(tokens, end);
      const nextReading = next && isArabicWord(next) ? lookUp(next, ORGANISATION_HEADS) : null;
      // "بالوزارة" places it in a ministry; "وجامعة القاهرة" lists it beside another institution.
      const placed = !!nextReading && /^ب/.test(plainArabic(next!));
      const listedBefore = !!nextReading && nextReading.conjunction !== '';
      if (!institutional && !afterWith && !inList && !alias && !placed && !listedBefore && !attached && !properName) continue;
    }
    if (SUBUNIT_HEADS.has(headKey) && inside(roleSpans, i)) {
      i = end - 1;
      continue;
    }
    const restStart = tokens[i + 1]?.start;
    const rest = end > i + 1 && restStart !== undefined ? text.slice(restStart, tokens[end - 1]!.end) : '';
    if (head.kind === 'dual') {
      for (const part of dualParts(tokens, afterHead, end, text)) found.push({ name: `${head.words[0]} ${part}`, aliases: [] });
    } else {
      found.push({ name: rest ? `${head.words[0]} ${rest}` : head.words[0]!, aliases: alias ? [alias.text] : [] });
    }
    lastEnd = end - 1;
    i = (alias ? alias.end : end) - 1;
  }
  return found;
}
