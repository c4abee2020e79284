/** Counts of letters per writing system, to decide language and direction from text alone. */
export interface ScriptStats {
  arabic: number;
  hebrew: number;
  latin: number;
  other: number;
  /** Letters used by Turkish but not English (ç ğ ı İ ö ş ü). */
  turkishLetters: number;
  /** Letters used by Persian or Urdu but not Arabic. */
  persianLetters: number;
}

const LETTER = /\p{L}/u;

/** Letters of the Arabic blocks, told apart from their digits, punctuation, marks and tatweel without a regex per character. */
function isArabicLetter(c: number, ch: string): boolean {
  if (c >= 0x621 && c <= 0x64a) return c !== 0x640;
  if (c >= 0x671 && c <= 0x6d3) return true;
  if (c >= 0x6fa && c <= 0x6ff) return c !== 0x6fd && c !== 0x6fe;
  if (c >= 0x600 && c <= 0x6ff) return c === 0x620 || c === 0x66e || c === 0x66f || c === 0x6d5 || c === 0x6e5 || c === 0x6e6 || c === 0x6ee || c === 0x6ef;
  return LETTER.test(ch);
}

/** Tallies the letters of `text` by script; digits, spaces and punctuation are ignored. */
export function scriptStats(text: string): ScriptStats {
  const stats: ScriptStats = { arabic: 0, hebrew: 0, latin: 0, other: 0, turkishLetters: 0, persianLetters: 0 };
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) stats.latin++;
    else if (c < 0xc0 || c === 0xd7 || c === 0xf7) continue;
    else if (c <= 0x24f) {
      stats.latin++;
      if ('çğıİöşüÇĞÖŞÜ'.includes(ch)) stats.turkishLetters++;
    } else if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8ff) || (c >= 0xfb50 && c <= 0xfeff)) {
      if (!isArabicLetter(c, ch)) continue;
      stats.arabic++;
      if (c === 0x67e || c === 0x686 || c === 0x698 || c === 0x6af || c === 0x6ba || c === 0x6be || c === 0x6c1 || c === 0x6d2) stats.persianLetters++;
    } else if (c >= 0x590 && c <= 0x5ff) stats.hebrew++;
    else if (LETTER.test(ch)) stats.other++;
  }
  return stats;
}
