/**
 * Turkish people: capitalised names after a role ("Aile ve Sosyal Hizmetler Bakan Yardımcısı İsmail
 * Ergüneş", "Bakan Kırcalı"), after a title ("Dr. Serkan Yalçın"), after an age or a kinship word
 * ("12 yaşındaki Yusuf Demirci", "anneleri Ayşe Demirci"), after an occupation ("gazeteci Ahmet Hakan"),
 * before a comma and a quotation ("Aysel Kurt, "…"") or a sentence that a verb of saying closes ("Ali
 * Koç, … belirtti."), and a capitalised pair that opens with a common given name ("Mehmet Şimşek ile").
 * Case endings are cut: "Ergüneş'in" → "Ergüneş".
 */

import { TURKISH_GIVEN_NAMES } from './gazetteers/turkish-given-names';
import { TURKISH_PROVINCES } from './gazetteers/turkish-places';
import {
  TURKISH_HONORIFICS,
  TURKISH_OCCUPATIONS,
  TURKISH_PERSON_CUES,
  TURKISH_ROLE_HEADS,
  TURKISH_SPEECH_VERBS,
} from './gazetteers/turkish-titles';
import { TURKISH_NAME_STOP_WORDS } from './gazetteers/turkish-stop-words';
import { isPunct, type Token } from './tokens';
import { runStart } from './turkish-runs';
import { hasSuffix, isTitleCase, tailOf, withoutSuffix } from './turkish-words';

export interface TurkishPersonFind {
  name: string;
  role?: string;
  partial: boolean;
}

const MAX_NAME_WORDS = 4;
const ROLE_WORDS = new Set(TURKISH_ROLE_HEADS.filter((r) => !r.includes(' ')));
const TWO_WORD_ROLES = TURKISH_ROLE_HEADS.filter((r) => r.includes(' ')).map((r) => r.split(' '));
const HONORIFICS = new Set(TURKISH_HONORIFICS);
const CUES = new Set(TURKISH_PERSON_CUES);
const STOP = new Set(TURKISH_NAME_STOP_WORDS);
const QUOTES = '"“«\'';
const SENTENCE_END = '.!?';
const GIVEN_NAMES = new Set(TURKISH_GIVEN_NAMES);
const PROVINCES = new Set(TURKISH_PROVINCES);
const OCCUPATIONS = phraseIndex(TURKISH_OCCUPATIONS);
const SPEECH_VERBS = phraseIndex(TURKISH_SPEECH_VERBS);
const MAX_GIVEN_NAME_WORDS = 3;

/** Phrases by their first word, longest first. */
function phraseIndex(phrases: readonly string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const words of phrases.map((p) => p.split(' ')).sort((a, b) => b.length - a.length)) {
    index.set(words[0]!, [...(index.get(words[0]!) ?? []), words]);
  }
  return index;
}

function lower(token: Token | undefined): string {
  return token?.kind === 'word' ? token.text.toLocaleLowerCase('tr') : '';
}

/** How many words of a phrase in `index` match at `i`, or 0. */
function phraseAt(tokens: Token[], i: number, index: Map<string, string[][]>): number {
  const candidates = index.get(lower(tokens[i]));
  const match = candidates?.find((words) => words.every((w, k) => k === 0 || lower(tokens[i + k]) === w));
  return match ? match.length : 0;
}

/** The sentence from `i` ends with a verb of saying (punctuation inside it ends it: quotations have their own rule). */
function speechClosesSentence(tokens: Token[], i: number): boolean {
  let last = i;
  while (last < tokens.length && !isPunct(tokens[last], SENTENCE_END)) last++;
  for (let j = last - 1; j >= i && j >= last - 3; j--) {
    const length = phraseAt(tokens, j, SPEECH_VERBS);
    if (length && j + length === last) return true;
  }
  return false;
}

function opensSentence(tokens: Token[], i: number): boolean {
  return i === 0 || isPunct(tokens[i - 1], `${SENTENCE_END}:;"“”`);
}

/**
 * A capitalised word right before `i`: the name would be the tail of a longer name (an institution's).
 * A sentence's first word is capitalised whatever it is ("Toplantıya Mehmet Şimşek…").
 */
function followsCapital(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && before.kind === 'word' && isTitleCase(before.text) && !hasSuffix(before.text) && !opensSentence(tokens, i - 1);
}

function isRoleWord(token: Token | undefined): boolean {
  return token?.kind === 'word' && ROLE_WORDS.has(withoutSuffix(token.text));
}

function isHonorific(token: Token | undefined): boolean {
  return token?.kind === 'word' && HONORIFICS.has(token.text);
}

interface NameRead {
  end: number;
  words: string[];
  /** The name as written, its case ending cut. */
  written: string;
}

/** Up to four title-case words from `start`; a word with a case ending is the last. */
function readName(text: string, tokens: Token[], start: number): NameRead | null {
  const words: string[] = [];
  let j = start;
  while (j < tokens.length && words.length < MAX_NAME_WORDS) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || !isTitleCase(t.text)) break;
    const base = withoutSuffix(t.text);
    if (STOP.has(base) || ROLE_WORDS.has(base) || HONORIFICS.has(base) || tailOf(t.text)) break;
    words.push(base);
    j++;
    if (hasSuffix(t.text)) break;
  }
  if (!words.length) return null;
  return { end: j, words, written: `${text.slice(tokens[start]!.start, tokens[j - 1]!.start)}${words[words.length - 1]}` };
}

/** Skips titles and their dots: "Dr.", "Prof. Dr.". */
function afterHonorifics(tokens: Token[], k: number): number {
  while (isHonorific(tokens[k])) k += isPunct(tokens[k + 1], '.') ? 2 : 1;
  return k;
}

/**
 * A name at `start` that nothing before it announces: a speaker before a quotation ("Aysel Kurt, "…"
 * diye konuştu") or before a sentence that a verb of saying closes ("Ali Koç, … belirtti."), or a given
 * name and a surname that are not part of a longer capitalised name ("Mehmet Şimşek ile görüştü").
 */
function unannouncedName(text: string, tokens: Token[], start: number): NameRead | null {
  const name = readName(text, tokens, start);
  if (!name || PROVINCES.has(name.words[0]!)) return null;
  if (isPunct(tokens[name.end], ',')) {
    if (isPunct(tokens[name.end + 1], QUOTES)) return name;
    if (name.words.length > 1 && speechClosesSentence(tokens, name.end + 1)) return name;
  }
  const next = tokens[name.end];
  const given = GIVEN_NAMES.has(name.words[0]!) && !hasSuffix(tokens[start]!.text) && name.words.length > 1 && name.words.length <= MAX_GIVEN_NAME_WORDS;
  const standsAlone = !followsCapital(tokens, start) && !(next?.kind === 'word' && /^\p{Lu}/u.test(next.text));
  return given && standsAlone ? name : null;
}

/** People named on one line. `nameWords` grows as names are found, so a role does not take a name. */
export function turkishPeople(text: string, tokens: Token[], nameWords: Set<string>, fold: (w: string) => string): TurkishPersonFind[] {
  const found: TurkishPersonFind[] = [];
  const remember = (words: string[]) => words.forEach((w) => nameWords.add(fold(w)));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const twoWord = TWO_WORD_ROLES.find(([a, b]) => t.text === a && withoutSuffix(tokens[i + 1]?.text ?? '') === b);
    if (isRoleWord(t) || twoWord) {
      let roleEnd = twoWord ? i + 1 : i;
      while (isRoleWord(tokens[roleEnd + 1]) && !hasSuffix(tokens[roleEnd]!.text)) roleEnd++;
      if (hasSuffix(tokens[roleEnd]!.text)) continue;
      const start = runStart(tokens, i, { stopAtTail: false, nameWords, fold });
      const k = afterHonorifics(tokens, roleEnd + 1);
      const name = readName(text, tokens, k);
      if (!name) {
        i = roleEnd;
        continue;
      }
      const role = text.slice(tokens[start]!.start, tokens[roleEnd]!.end);
      found.push({ name: name.written, role, partial: name.words.length === 1 });
      remember(name.words);
      i = name.end - 1;
      continue;
    }
    if (isHonorific(t) && isPunct(tokens[i + 1], '.')) {
      const name = readName(text, tokens, afterHonorifics(tokens, i));
      if (name) {
        found.push({ name: name.written, partial: name.words.length === 1 });
        remember(name.words);
        i = name.end - 1;
      }
      continue;
    }
    const occupation = phraseAt(tokens, i, OCCUPATIONS);
    if (occupation) {
      const name = readName(text, tokens, i + occupation);
      if (name) {
        const role = text.slice(t.start, tokens[i + occupation - 1]!.end);
        found.push({ name: name.written, role, partial: name.words.length === 1 });
        remember(name.words);
        i = name.end - 1;
      }
      continue;
    }
    if (CUES.has(t.text)) {
      const name = readName(text, tokens, i + 1);
      if (name) {
        found.push({ name: name.written, partial: false });
        remember(name.words);
        i = name.end - 1;
      }
      continue;
    }
    if (isTitleCase(t.text) && (i === 0 || tokens[i - 1]!.kind !== 'word' || !isTitleCase(tokens[i - 1]!.text))) {
      // A sentence's capitalised first word may be an ordinary one before the name: try the next word too.
      const starts = opensSentence(tokens, i) && !GIVEN_NAMES.has(t.text) ? [i, i + 1] : [i];
      for (const start of starts) {
        const name = unannouncedName(text, tokens, start);
        if (!name) continue;
        found.push({ name: name.written, partial: name.words.length === 1 });
        remember(name.words);
        i = name.end - 1;
        break;
      }
    }
  }
  return found;
}
