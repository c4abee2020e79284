import { type DateToken, isAdjacent, isNumber, isPunct } from './date-tokens';
import { GAP_PUNCTUATION, MERIDIEMS, type Meridiem, TIME_CONNECTORS, UTC_WORDS, WEEKDAYS, applyMeridiem } from './date-words';
import { ZONE_PHRASES } from './zone-phrases';

/** A clock time, with the offset or zone written after it, if any. */
export interface TimeOfDay {
  hour: number;
  minute: number;
  second?: number;
  millisecond?: number;
  offsetMinutes?: number;
  zone?: string;
}

/** A time found at tokens `first` up to (not including) `next`. */
export interface TimeMatch {
  time: TimeOfDay;
  first: number;
  next: number;
}

/** How many filler tokens ("-", "saat", a weekday) may stand between a date and its time. */
const MAX_GAP_TOKENS = 4;
/** The longest time phrase, "10 : 30 : 00 . 000 p . m . ( GMT + 03 : 00 )", in tokens. */
const MAX_TIME_TOKENS = 20;

/**
 * Reads "HH:mm[:ss[.fff]]" at token `index` with the 12-hour marker, offset and zone that follow it.
 * @param isoGlued the time follows an ISO date's "T", so "10:30-05:00" is an offset, not a time range.
 */
export function matchTimeAt(tokens: readonly DateToken[], index: number, isoGlued = false): TimeMatch | null {
  const hourToken = tokens[index];
  const previous = tokens[index - 1];
  if (!isNumber(hourToken, 1, 2)) return null;
  // Inside "10:30:15" starting at "30", or a ratio like "3:2:1".
  if (isPunct(previous, ':') && isAdjacent(previous, hourToken)) return null;
  const clock = readClock(tokens, index);
  if (!clock) return null;
  let { next } = clock;
  const time: TimeOfDay = { ...clock.time };

  const meridiem = readMeridiem(tokens, next);
  if (meridiem) {
    time.hour = applyMeridiem(time.hour, meridiem.value);
    next = meridiem.next;
  }
  // "10:30-12:00" is usually a range; a bare negative offset is trusted only in ISO-shaped times.
  const offset = readOffset(tokens, next, isoGlued || time.second !== undefined);
  if (offset) {
    time.offsetMinutes = offset.value;
    next = offset.next;
  }
  const zone = ZONE_PHRASES.match(tokens, next);
  if (zone) {
    time.zone = zone.value;
    next = zone.next;
  }
  if (time.hour > 23) return null;
  return { time, first: index, next };
}

function readClock(tokens: readonly DateToken[], index: number): { time: TimeOfDay; next: number } | null {
  const [h, colon1, m, colon2, s, dot, fraction] = tokens.slice(index, index + 7);
  if (!isPunct(colon1, ':') || !isNumber(m, 2, 2) || !isAdjacent(h, colon1) || !isAdjacent(colon1, m)) return null;
  const time: TimeOfDay = { hour: h!.value, minute: m.value };
  let next = index + 3;
  if (isPunct(colon2, ':') && isNumber(s, 2, 2) && isAdjacent(m, colon2) && isAdjacent(colon2, s)) {
    time.second = s.value;
    next = index + 5;
    if (isPunct(dot, '.,') && isNumber(fraction, 1, 9) && isAdjacent(s, dot) && isAdjacent(dot, fraction)) {
      time.millisecond = Number(fraction.text.slice(0, 3).padEnd(3, '0'));
      next = index + 7;
    }
  }
  // "10:30:15:20" (a timecode) or "1:30:2024" is some other numbering, not a clock.
  const after = tokens[next];
  if (isAdjacent(tokens[next - 1], after) && (after!.kind === 'num' || isPunct(after, ':'))) return null;
  if (time.minute > 59 || (time.second ?? 0) > 59) return null;
  return { time, next };
}

function readMeridiem(tokens: readonly DateToken[], index: number): { value: Meridiem; next: number } | null {
  const word = MERIDIEMS.match(tokens, index);
  if (word) return word;
  // "a.m." / "p.m." are split by the tokenizer into letters and dots.
  const [letter, dot, m, finalDot] = tokens.slice(index, index + 4);
  if (
    letter?.kind === 'word' &&
    /^[ap]$/i.test(letter.text) &&
    isPunct(dot, '.') &&
    isAdjacent(letter, dot) &&
    m?.kind === 'word' &&
    /^m$/i.test(m.text) &&
    isAdjacent(dot, m)
  ) {
    const next = isPunct(finalDot, '.') && isAdjacent(m, finalDot) ? index + 4 : index + 3;
    return { value: /^a$/i.test(letter.text) ? 'am' : 'pm', next };
  }
  return null;
}

/** "Z" (glued to the time), "+03:00", "+0300", "GMT", "UTC+3", "GMT +2", "(GMT+03:00)". */
function readOffset(
  tokens: readonly DateToken[],
  index: number,
  allowBareMinus: boolean,
): { value: number; next: number } | null {
  const first = tokens[index];
  if (first?.kind === 'word' && /^z$/i.test(first.text) && isAdjacent(tokens[index - 1], first)) {
    return { value: 0, next: index + 1 };
  }
  if (isPunct(first, '(')) {
    const inner = readOffset(tokens, index + 1, allowBareMinus);
    if (inner && isPunct(tokens[inner.next], ')')) return { value: inner.value, next: inner.next + 1 };
    return null;
  }
  const utcWord = UTC_WORDS.match(tokens, index);
  if (utcWord) {
    const signed = readSignedOffset(tokens, utcWord.next, true);
    return signed ?? { value: 0, next: utcWord.next };
  }
  if (isPunct(first, '-') && !allowBareMinus) return null;
  return readSignedOffset(tokens, index, false);
}

function readSignedOffset(
  tokens: readonly DateToken[],
  index: number,
  afterUtcWord: boolean,
): { value: number; next: number } | null {
  const [sign, hours, colon, minutes] = tokens.slice(index, index + 4);
  if (!isPunct(sign, '+-') || !isAdjacent(sign, hours) || hours?.kind !== 'num') return null;
  let h: number;
  let m = 0;
  let next = index + 2;
  if (isPunct(colon, ':') && isNumber(minutes, 2, 2) && isAdjacent(hours, colon) && isAdjacent(colon, minutes)) {
    if (hours.text.length > 2) return null;
    h = hours.value;
    m = minutes.value;
    next = index + 4;
  } else if (hours.text.length === 4) {
    h = Math.floor(hours.value / 100);
    m = hours.value % 100;
  } else if (afterUtcWord && hours.text.length <= 2) {
    // A bare "+3" only means an offset after GMT/UTC; elsewhere it is any number.
    h = hours.value;
  } else {
    return null;
  }
  if (h > 14 || m > 59) return null;
  const value = h * 60 + m;
  return { value: sign.text === '-' ? -value : value, next };
}

/** Length in tokens of a filler starting at `index` that may stand between a date and its time, else 0. */
function gapLength(tokens: readonly DateToken[], index: number): number {
  const token = tokens[index];
  if (!token) return 0;
  if (token.kind === 'punct') return GAP_PUNCTUATION.includes(token.text) ? 1 : 0;
  if (token.kind !== 'word') return 0;
  const filler = TIME_CONNECTORS.match(tokens, index) ?? WEEKDAYS.match(tokens, index);
  return filler ? filler.next - index : 0;
}

/** The time written after a date that ends before token `index`, skipping "-", "," or "saat" between. */
export function matchTimeAfter(tokens: readonly DateToken[], index: number): TimeMatch | null {
  let i = index;
  // ISO 8601 glues date and time with "T".
  const t = tokens[i];
  if (t?.kind === 'word' && /^t$/i.test(t.text) && isAdjacent(tokens[i - 1], t) && isAdjacent(t, tokens[i + 1])) {
    return matchTimeAt(tokens, i + 1, true);
  }
  for (let skipped = 0; skipped <= MAX_GAP_TOKENS && i < tokens.length; ) {
    const time = matchTimeAt(tokens, i);
    if (time) return time;
    const gap = gapLength(tokens, i);
    if (gap === 0) return null;
    i += gap;
    skipped += gap;
  }
  return null;
}

/** The time written just before a date that starts at token `index` ("10:30 - 14.03.2024"). */
export function matchTimeBefore(tokens: readonly DateToken[], index: number): TimeMatch | null {
  let end = index;
  for (let skipped = 0; skipped <= MAX_GAP_TOKENS && end > 0; ) {
    for (let start = end - 3; start >= Math.max(0, end - MAX_TIME_TOKENS); start--) {
      const time = matchTimeAt(tokens, start);
      if (time?.next === end) return time;
    }
    const previous = end - 1;
    if (!isFillerEndingAt(tokens, previous)) return null;
    end = previous;
    skipped += 1;
  }
  return null;
}

/** True when token `index` is the last token of a filler (a multi-word one is found from its end). */
function isFillerEndingAt(tokens: readonly DateToken[], index: number): boolean {
  for (let start = index; start >= Math.max(0, index - 2); start--) {
    const length = gapLength(tokens, start);
    if (length > 0 && start + length === index + 1) return true;
  }
  return false;
}
