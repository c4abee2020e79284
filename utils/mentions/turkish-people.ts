/**
 * Turkish people: capitalised names after a role ("Aile ve Sosyal Hizmetler Bakan Yardımcısı İsmail
 * Ergüneş", "Bakan Kırcalı"), after a title ("Dr. Serkan Yalçın"), after an age or a kinship word
 * ("12 yaşındaki Yusuf Demirci", "anneleri Ayşe Demirci"), or before a comma and a quotation
 * ("Aysel Kurt, "…""). Case endings are cut: "Ergüneş'in" → "Ergüneş".
 */

import { TURKISH_HONORIFICS, TURKISH_PERSON_CUES, TURKISH_ROLE_HEADS } from './gazetteers/turkish-titles';
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
    if (CUES.has(t.text)) {
      const name = readName(text, tokens, i + 1);
      if (name) {
        found.push({ name: name.written, partial: false });
        remember(name.words);
        i = name.end - 1;
      }
      continue;
    }
    // "Aysel Kurt, "…" diye konuştu": a speaker before a quotation.
    if (isTitleCase(t.text) && (i === 0 || tokens[i - 1]!.kind !== 'word' || !isTitleCase(tokens[i - 1]!.text))) {
      const name = readName(text, tokens, i);
      if (name && isPunct(tokens[name.end], ',') && isPunct(tokens[name.end + 1], QUOTES)) {
        found.push({ name: name.written, partial: name.words.length === 1 });
        remember(name.words);
        i = name.end - 1;
      }
    }
  }
  return found;
}
