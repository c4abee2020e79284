/**
 * Whether extracted text is language at all. Random bytes decoded as Latin-1 or UTF-8 give long runs of
 * symbols and accented letters that Readability happily scores as an article.
 */

const WORD = /^[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*$/u;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
const MIN_WORD_SHARE = 0.6;
const UNSPACED_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

/**
 * True when most whitespace-separated tokens are plain words (letters, with inner apostrophes or
 * hyphens) or numbers once their edge punctuation is set aside, and few characters are U+FFFD.
 */
export function looksLikeLanguage(text: string): boolean {
  const sample = text.slice(0, 6000);
  if ((sample.match(/\uFFFD/g)?.length ?? 0) > sample.length * 0.01) return false;
  // Scripts written without spaces between words are judged by their share of letters instead.
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const unspaced = sample.match(UNSPACED_SCRIPTS)?.length ?? 0;
  if (letters && unspaced > letters * 0.3) return letters >= sample.replace(/\s+/g, '').length * 0.5;
  let words = 0;
  let counted = 0;
  for (const token of sample.split(/\s+/)) {
    const core = token.replace(EDGE_PUNCTUATION, '');
    // Separators standing alone ("|", "—", "•") are layout, neither words nor noise.
    if (!core) continue;
    counted++;
    if (WORD.test(core) || /^[\d.,:%٫٬]+$/.test(core)) words++;
  }
  return counted > 0 && words / counted >= MIN_WORD_SHARE;
}
