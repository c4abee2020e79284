/**
 * Arabic people. A name is taken where something announces it:
 * - a title: "الدكتورة مايا مرسي";
 * - a role or an occupation: "وزير الخارجية هاكان فيدان", "الرئيس التنفيذي للمركز المهندس فهد بن سعود
 *   العتيبي", "الفنانة نعيمة عاكف التي…";
 * - a verb of saying: "يقول محمد طلعت، صاحب…", "قالت ريم، وهي طالبة…";
 * - a kunya: "أبو علي";
 * - a role in apposition: "كارلوس أوليفر كروز، رئيس مكتب…";
 * - a list after "كل من" or a work's credit: "كل من خالد سرحان، وحلا شيحة"، "وإخراج سامح عبد العزيز".
 * A role written after the name ("، وزيرة التضامن الاجتماعي", or with no comma "محمد عبد العاطي وزير
 * الموارد المائية") or a description after "، وهو/وهي" is the person's role when none came before.
 */

import { readChain } from './arabic-chain';
import {
  ANY_ORGANISATION_HEAD,
  CREDIT_WORDS,
  DESCRIPTION_PRONOUNS,
  GIVEN_NAMES,
  HONORIFICS,
  KUNYA,
  NAME_LINKS,
  RELATIVE_PRONOUNS,
  ROLE_HEADS,
  SPEECH_VERBS,
  isStopWord,
} from './arabic-lexicons';
import { arabicKey, chainWord, hasArticle, isArabicWord, isLatinCapitalised, lookUp, plainArabic } from './arabic-words';
import { isPunct, type Span, type Token } from './tokens';

export interface ArabicPersonFind {
  name: string;
  role?: string;
  /** A single word after a title or role: most likely a surname. */
  partial: boolean;
}

export interface ArabicPeopleResult {
  people: ArabicPersonFind[];
  /** Tokens of every role read, where sub-units belong to the role. */
  roleSpans: Span[];
}

const MAX_NAME_WORDS = 5;
const MAX_ROLE_WORDS = 16;
const MAX_GAP_TO_COMMA = 6;
const COMMA = '،,';
const CLAUSE_END = '،,.:؛;!?؟()«»"“”';
const LINK_BEFORE_DEFINITE = new Set(['عبد', 'آل', 'أبو', 'ابو'].map(arabicKey));
const SON_OF = new Set(['بن', 'بنت', 'ابن'].map(arabicKey));
const THAT = new Set(['أن', 'إن', 'بأن', 'أنه', 'إنه'].map(arabicKey));
const RELIGION = arabicKey('الدين');
/** "على" and "إلى" as Egyptian spelling often writes them: "أثنى عبدالعاطي علي الجهد". */
const PREPOSITION_SPELLINGS = new Set(['علي', 'الي']);
const PRONOUN_SUFFIX = /(?:ها|هما|هم|هن)$/;
/** The verbal noun of the second form, تفعيل: تخصيص, تعزيز, تطوير. */
const VERBAL_NOUN = /^ت..ي.$/;
const MIN_SUFFIXED_LENGTH = 5;
const EACH = arabicKey('كل');
const OF = arabicKey('من');
const MIN_LISTED_NAMES = 2;
const MAX_LISTED_NAME_WORDS = 3;

interface NameRead {
  end: number;
  words: string[];
  latin: boolean;
}

function wordAt(tokens: Token[], i: number): string | null {
  const t = tokens[i];
  return t && t.kind === 'word' ? t.text : null;
}

/**
 * A word that cannot be part of a name. A title with the article is allowed after the first name, where
 * it is a family name: "هبة السيد".
 */
function isBoundaryWord(raw: string, inName: boolean): boolean {
  const key = arabicKey(raw);
  const w = chainWord(raw);
  const plain = plainArabic(raw);
  return (
    isStopWord(raw) ||
    // "بالسعودية", "إصابتها": a preposition on a definite noun, or a pronoun suffix, is no part of a name.
    (w.definite && (w.conjunction || w.preposition !== '')) ||
    (plain.length >= MIN_SUFFIXED_LENGTH && PRONOUN_SUFFIX.test(plain)) ||
    !!lookUp(raw, SPEECH_VERBS) ||
    (HONORIFICS.has(key) && !(inName && hasArticle(plainArabic(raw)))) ||
    DESCRIPTION_PRONOUNS.has(key) ||
    !!lookUp(raw, ROLE_HEADS) ||
    !!lookUp(raw, ANY_ORGANISATION_HEAD) ||
    !!lookUp(raw, CREDIT_WORDS)
  );
}

/**
 * The name that starts at `start`: up to five words; a word with the article only where Arabic names
 * have one (the family name after a first name, after عبد/آل, after بن + name, "الدين"). A name in
 * Latin letters is a run of capitalised words.
 */
function readName(tokens: Token[], start: number): NameRead | null {
  const first = wordAt(tokens, start);
  if (!first) return null;
  if (!isArabicWord(first)) {
    let j = start;
    while (j - start < MAX_NAME_WORDS && isTitleCase(wordAt(tokens, j))) j++;
    return j > start ? { end: j, words: tokens.slice(start, j).map((t) => t.text), latin: true } : null;
  }
  const words: string[] = [];
  let j = start;
  while (j < tokens.length && words.length < MAX_NAME_WORDS) {
    const raw = wordAt(tokens, j);
    if (!raw || !isArabicWord(raw) || isBoundaryWord(raw, words.length > 0)) break;
    const plain = plainArabic(raw);
    const next = wordAt(tokens, j + 1);
    if (words.length && PREPOSITION_SPELLINGS.has(plain) && next && hasArticle(plainArabic(next)) && !GIVEN_NAMES.has(arabicKey(words[words.length - 1]!))) break;
    if (hasArticle(plain)) {
      // A name does not start with the article; later words take it only where names do.
      const prev = words.length ? arabicKey(words[words.length - 1]!) : '';
      const beforePrev = words.length > 1 ? arabicKey(words[words.length - 2]!) : '';
      // "عبد الفتاح السيسي", "أبو بكر البغدادي": a compound first name takes a family name too.
      const compound = words.length === 2 && LINK_BEFORE_DEFINITE.has(beforePrev);
      const allowed = words.length === 1 || compound || LINK_BEFORE_DEFINITE.has(prev) || SON_OF.has(beforePrev) || arabicKey(plain) === RELIGION;
      if (!words.length || !allowed) break;
    } else if (words.length && hasArticle(words[words.length - 1]!) && !NAME_LINKS.has(arabicKey(plain))) {
      // A family name with the article ends the name unless a link goes on: "حسام الدين عبد الفتاح".
      break;
    }
    words.push(plain);
    j++;
  }
  while (words.length && NAME_LINKS.has(arabicKey(words[words.length - 1]!))) {
    words.pop();
    j--;
  }
  return words.length ? { end: j, words, latin: false } : null;
}

function isTitleCase(raw: string | null): boolean {
  return !!raw && isLatinCapitalised(raw) && /\p{Ll}/u.test(raw.slice(1));
}

function nameText(text: string, tokens: Token[], name: NameRead, start: number): string {
  return text.slice(tokens[start]!.start, tokens[name.end - 1]!.end);
}

/** The text of tokens [from, to), with the first word's proclitics cut when it is a role word. */
function roleText(text: string, tokens: Token[], from: number, to: number): string {
  const reading = lookUp(tokens[from]!.text, ROLE_HEADS);
  const head = reading ? reading.word : tokens[from]!.text;
  return to - from > 1 ? `${head} ${text.slice(tokens[from + 1]!.start, tokens[to - 1]!.end)}` : head;
}

/**
 * The role written after a name: "، وزيرة التضامن الاجتماعي،", or with `described` also "، وهي طالبة
 * في…" (only where something else made the words before it a name: "، وهو ما…" follows any phrase).
 * With `bare`, also a role in construct right after the name with no comma ("محمد عبد العاطي وزير
 * الموارد المائية"), unless that role announces a name of its own ("السيسي رئيس الوزراء مصطفى مدبولي").
 */
function roleAfter(text: string, tokens: Token[], at: number, described = true, bare = false): { role: string; span: Span } | null {
  if (bare && !isPunct(tokens[at], COMMA)) return bareRoleAfter(text, tokens, at);
  if (!isPunct(tokens[at], COMMA)) return null;
  const first = wordAt(tokens, at + 1);
  if (!first) return null;
  const pronoun = described && DESCRIPTION_PRONOUNS.has(arabicKey(first));
  if (!pronoun && !lookUp(first, ROLE_HEADS)) return null;
  const from = at + 1 + (pronoun ? 1 : 0);
  let to = from;
  while (to < tokens.length && to - from < MAX_ROLE_WORDS) {
    const t = tokens[to]!;
    if (t.kind === 'punct' && CLAUSE_END.includes(t.text)) break;
    if (t.kind === 'word' && to > from && THAT.has(arabicKey(t.text))) break;
    to++;
  }
  return to > from ? { role: roleText(text, tokens, from, to), span: [from, to] } : null;
}

function bareRoleAfter(text: string, tokens: Token[], at: number): { role: string; span: Span } | null {
  const raw = wordAt(tokens, at);
  if (!raw || !isArabicWord(raw) || hasArticle(plainArabic(raw)) || !lookUp(raw, ROLE_HEADS, false)) return null;
  const read = nameAfterRole(tokens, at, false);
  const announces = !!read.name && (read.titled || read.name.latin || startsWithGivenName(read.name));
  if (announces || !read.closed) return null;
  return { role: roleText(text, tokens, at, read.chainEnd), span: [at, read.chainEnd] };
}

/** The name opens with a given name, or with a compound one ("عبد الفتاح", "عبدالله", "أبو بكر"). */
function startsWithGivenName(name: NameRead): boolean {
  if (name.latin) return false;
  const first = arabicKey(name.words[0]!);
  return GIVEN_NAMES.has(first) || (name.words.length > 1 && LINK_BEFORE_DEFINITE.has(first)) || /^عبدال../.test(first);
}

/**
 * A first word that makes the words a noun phrase rather than a name, unless it is a given name: a
 * preposition on it ("لوسائل الإعلام", "بفيروس كورونا"), or a verbal noun after a role ("أكد الوزير
 * أهمية التعاون،", "أعلن المحافظ تخصيص جوائز أن"): feminine ة or the تفعيل pattern.
 */
function opensLikePhrase(name: NameRead): boolean {
  const first = name.words[0]!;
  if (name.latin || GIVEN_NAMES.has(arabicKey(first))) return false;
  return /^[بلك]/.test(first) || first.endsWith('ة') || VERBAL_NOUN.test(first);
}

/** A name joined by a link ("ترك آل الشيخ", "فهد بن سعود"), which no noun phrase has. */
function hasNameLink(name: NameRead): boolean {
  return name.words.slice(1).some((w) => NAME_LINKS.has(arabicKey(w)));
}

/**
 * The name is closed by punctuation, the line's end, a relative pronoun or "أن" (the verb's content
 * clause: "أعلن المتحدث … أفيخاي أدرعي أن…"), so its end is certain.
 */
function closedByPunctuation(tokens: Token[], name: NameRead): boolean {
  const after = wordAt(tokens, name.end);
  if (isPunct(tokens[name.end], CLAUSE_END) || !tokens[name.end]) return true;
  return !!after && (RELATIVE_PRONOUNS.has(arabicKey(after)) || THAT.has(arabicKey(after)));
}

/**
 * A name that nothing but its end vouches for is short: two words, or more joined by name links ("عبد",
 * "بن"). Longer runs are a noun phrase ("الفنانة يسرا بفيروس كورونا.").
 */
function closedOnShortName(tokens: Token[], name: NameRead): boolean {
  const linked = name.words.some((w) => NAME_LINKS.has(arabicKey(w)));
  return closedByPunctuation(tokens, name) && (name.words.length <= 2 || linked);
}

interface RoleRead {
  chainEnd: number;
  /** The role's chain reached a definite word. */
  closed: boolean;
  /** Where the role's text ends (before a split-off name or the comma before an apposed one). */
  roleEnd: number;
  name: NameRead | null;
  nameStart: number;
  titled: boolean;
}

function skipHonorifics(tokens: Token[], k: number): number {
  while (wordAt(tokens, k) && lookUp(wordAt(tokens, k)!, HONORIFICS)) k += isPunct(tokens[k + 1], '.') ? 2 : 1;
  return k;
}

/**
 * After a role, a bare definite role word right before a name is a rank, like a title: "أمين عام
 * وزارة الخارجية السفير سامي حدادين" is the secretary-general, an ambassador by rank.
 */
function skipRank(tokens: Token[], k: number): number {
  const raw = wordAt(tokens, k);
  const reading = raw ? lookUp(raw, ROLE_HEADS, false) : null;
  if (!reading || !hasArticle(reading.word)) return k;
  const name = readName(tokens, k + 1);
  return name && (startsWithGivenName(name) || name.latin || name.words.length > 1) ? k + 1 : k;
}

/**
 * The role that starts at `i` and the name it announces: right after it ("وزير الخارجية سامح شكري"),
 * after a title ("الخبير الاقتصادي الدكتور سامي عازار"), at the end of a construct that ran into it
 * ("رئيسة وزراء باربادوس ميا موتلي،"), or in apposition ("المحلل السياسي…، فادي الخطيب، أن").
 * Without a title, a name must start with a given name, be in Latin letters, or be closed by punctuation,
 * since a verb or a noun also follows a role ("أعلن المحافظ تخصيص جوائز").
 */
function nameAfterRole(tokens: Token[], i: number, definite: boolean): RoleRead {
  const chain = readChain(tokens, i + 1, definite, 'role');
  const afterRank = skipRank(tokens, chain.end);
  const titled = afterRank > chain.end || (!!wordAt(tokens, chain.end) && !!lookUp(wordAt(tokens, chain.end)!, HONORIFICS));
  const nameStart = skipHonorifics(tokens, afterRank);
  const direct = readName(tokens, nameStart);
  const vouched = direct && (direct.words.length === 1 || closedOnShortName(tokens, direct)) && !opensLikePhrase(direct);
  if (direct && (titled || direct.latin || startsWithGivenName(direct) || vouched)) {
    return { chainEnd: chain.end, closed: chain.closed, roleEnd: chain.end, name: direct, nameStart, titled };
  }
  if (!chain.closed && chain.end - i >= 4 && isPunct(tokens[chain.end], COMMA)) {
    const split = readName(tokens, chain.end - 2);
    if (split && split.end === chain.end && split.words.length === 2) {
      return { chainEnd: chain.end, closed: chain.closed, roleEnd: chain.end - 2, name: split, nameStart: chain.end - 2, titled };
    }
  }
  let comma = chain.end;
  while (comma < tokens.length && comma - chain.end < MAX_GAP_TO_COMMA && tokens[comma]!.kind === 'word') comma++;
  const apposed = isPunct(tokens[comma], COMMA) ? readName(tokens, comma + 1) : null;
  const closed = !!apposed && (isPunct(tokens[apposed.end], COMMA) || THAT.has(arabicKey(wordAt(tokens, apposed.end) ?? '')));
  if (apposed && closed && (apposed.words.length > 1 || startsWithGivenName(apposed))) {
    return { chainEnd: chain.end, closed: chain.closed, roleEnd: comma, name: apposed, nameStart: comma + 1, titled };
  }
  return { chainEnd: chain.end, closed: chain.closed, roleEnd: chain.end, name: null, nameStart, titled };
}

interface ListedName {
  start: number;
  name: NameRead;
  written: string;
}

/**
 * The names listed from `k` after "كل من": "خالد سرحان، وحلا شيحة، وجومانا مراد". Each has two or three
 * words; after the first, each follows a comma or "و" (written onto it or apart).
 */
function listedNames(text: string, tokens: Token[], k: number): ListedName[] {
  const items: ListedName[] = [];
  let j = k;
  while (j < tokens.length) {
    const from = j;
    if (items.length && isPunct(tokens[j], COMMA)) j++;
    let raw = wordAt(tokens, j);
    if (items.length && raw === 'و') raw = wordAt(tokens, ++j);
    if (!raw) break;
    const conjoined = items.length > 0 && /^و/.test(plainArabic(raw)) && !GIVEN_NAMES.has(arabicKey(raw));
    if (items.length && j === from && !conjoined) break;
    const read = readName(tokens, j);
    if (!read || read.latin) break;
    const words = conjoined ? [read.words[0]!.slice(1), ...read.words.slice(1)] : read.words;
    if (words.length < 2 || words.length > MAX_LISTED_NAME_WORDS || words[0]!.length < 2) break;
    items.push({ start: j, name: { ...read, words }, written: text.slice(tokens[j]!.start + (conjoined ? 1 : 0), tokens[read.end - 1]!.end) });
    j = read.end;
  }
  return items;
}

/**
 * People named on one line of `text`, in order. `surnames` holds the folded last words of the names
 * found so far (and grows): after a verb of saying, a known surname is that person ("ودعا يونس
 * المواطنين"), not the first word of a new name.
 */
export function arabicPeople(text: string, tokens: Token[], surnames: Set<string>): ArabicPeopleResult {
  const people: ArabicPersonFind[] = [];
  const roleSpans: Span[] = [];
  const taken = new Set<number>();

  const add = (start: number, name: NameRead, role: string | undefined, partialAllowed: boolean, written?: string): number => {
    let finalRole = role;
    const after = roleAfter(text, tokens, name.end, true, true);
    if (after) {
      roleSpans.push(after.span);
      finalRole ??= after.role;
    }
    for (let k = start; k < name.end; k++) taken.add(k);
    if (name.words.length > 1) surnames.add(arabicKey(name.words[name.words.length - 1]!));
    people.push({ name: written ?? nameText(text, tokens, name, start), role: finalRole, partial: partialAllowed && name.words.length === 1 });
    return after ? after.span[1] : name.end;
  };

  for (let i = 0; i < tokens.length; i++) {
    const raw = wordAt(tokens, i);
    if (!raw || taken.has(i)) continue;

    // "كل من خالد سرحان، وحلا شيحة": at least two names, one of them opening with a given name.
    if (arabicKey(raw) === EACH && arabicKey(wordAt(tokens, i + 1) ?? '') === OF) {
      const listed = listedNames(text, tokens, i + 2);
      if (listed.length >= MIN_LISTED_NAMES && listed.some((item) => startsWithGivenName(item.name))) {
        for (const item of listed) i = add(item.start, item.name, undefined, false, item.written) - 1;
      }
      continue;
    }

    // A work's credit: "وإخراج سامح عبد العزيز".
    if (lookUp(raw, CREDIT_WORDS)) {
      const name = readName(tokens, i + 1);
      if (name && name.words.length > 1 && startsWithGivenName(name)) i = add(i + 1, name, undefined, false) - 1;
      continue;
    }

    // A title, possibly several ("الأستاذ الدكتور", "د."), then the name.
    if (lookUp(raw, HONORIFICS)) {
      const k = skipHonorifics(tokens, i);
      const name = readName(tokens, k);
      if (name) i = add(k, name, undefined, true) - 1;
      continue;
    }

    // A role, then a title or the name, or "role، name،".
    const roleReading = lookUp(raw, ROLE_HEADS);
    if (roleReading) {
      const read = nameAfterRole(tokens, i, hasArticle(roleReading.word));
      roleSpans.push([i, read.chainEnd]);
      if (read.name) i = add(read.nameStart, read.name, roleText(text, tokens, i, read.roleEnd), !read.titled) - 1;
      else i = read.chainEnd - 1;
      continue;
    }

    // A verb of saying, then the speaker.
    if (lookUp(raw, SPEECH_VERBS)) {
      const name = readName(tokens, i + 1);
      if (!name || name.latin) continue;
      if (surnames.has(arabicKey(name.words[0]!))) {
        i = add(i + 1, { end: i + 2, words: name.words.slice(0, 1), latin: false }, undefined, true) - 1;
        continue;
      }
      const described = !!roleAfter(text, tokens, name.end) || (hasNameLink(name) && !!bareRoleAfter(text, tokens, name.end));
      const given = startsWithGivenName(name) && (name.words.length > 1 || isPunct(tokens[name.end], COMMA));
      if (described || given) i = add(i + 1, name, undefined, false) - 1;
      continue;
    }

    // A kunya: أبو/أم + a given name.
    const kunya = lookUp(raw, KUNYA);
    const next = wordAt(tokens, i + 1);
    if (kunya && next && GIVEN_NAMES.has(arabicKey(next))) {
      const written = `${kunya.word} ${text.slice(tokens[i + 1]!.start, tokens[i + 1]!.end)}`;
      i = add(i, { end: i + 2, words: [kunya.word, plainArabic(next)], latin: false }, undefined, false, written) - 1;
      continue;
    }

    // A name with a role in apposition after it.
    if (!isStopWord(raw) && !hasArticle(plainArabic(raw))) {
      const name = readName(tokens, i);
      if (name && name.words.length > 1 && roleAfter(text, tokens, name.end, false)) {
        i = add(i, name, undefined, false) - 1;
      }
    }
  }
  return { people, roleSpans };
}
