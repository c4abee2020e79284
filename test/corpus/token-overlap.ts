/** Token-level overlap between an extracted text and its expected text, for the corpus tests. */

/** Letter runs (`\p{L}+`), NFC-normalised; digits and punctuation are not tokens. */
export function letterTokens(text: string): string[] {
  return text.normalize('NFC').match(/\p{L}+/gu) ?? [];
}

export interface Overlap {
  /** Share of the truth's tokens found in the extracted text (multiset counts). */
  recall: number;
  /** Share of the extracted text's tokens found in the truth (multiset counts). */
  precision: number;
  truthTokens: number;
  extractedTokens: number;
}

function counts(tokens: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const t of tokens) map.set(t, (map.get(t) ?? 0) + 1);
  return map;
}

/** Bag-of-tokens recall and precision of `extracted` against `truth`. */
export function tokenOverlap(extracted: string, truth: string): Overlap {
  const got = letterTokens(extracted);
  const want = letterTokens(truth);
  const gotCounts = counts(got);
  let common = 0;
  for (const [token, n] of counts(want)) common += Math.min(n, gotCounts.get(token) ?? 0);
  return {
    recall: want.length ? common / want.length : got.length ? 0 : 1,
    precision: got.length ? common / got.length : want.length ? 0 : 1,
    truthTokens: want.length,
    extractedTokens: got.length,
  };
}
