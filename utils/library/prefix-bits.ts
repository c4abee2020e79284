/**
 * A small bit set of the word beginnings in a clip's search keys: one bit per hashed three-letter prefix.
 * A query word whose prefix bit is clear cannot be in the clip, so the clip is skipped without scanning
 * its keys; with 4,096 bits a clip of news length sets about a sixth of them.
 */

const BITS = 4096;
const PREFIX = 3;

function hashPrefix(word: string): number {
  let h = 2166136261;
  for (let i = 0; i < PREFIX && i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % BITS;
}

/** The prefix bits of a key string " word word … ". */
export function prefixBits(keys: string): Uint32Array {
  const bits = new Uint32Array(BITS / 32);
  let start = 0;
  while (start < keys.length) {
    while (start < keys.length && keys.charCodeAt(start) === 32) start++;
    if (start >= keys.length) break;
    const end = keys.indexOf(' ', start);
    const word = keys.slice(start, end < 0 ? keys.length : end);
    if (word.length >= PREFIX) {
      const bit = hashPrefix(word);
      bits[bit >>> 5]! |= 1 << (bit & 31);
    }
    start = end < 0 ? keys.length : end;
  }
  return bits;
}

/** False when no word of the clip can start with `word` (true when the bits cannot tell). */
export function mayContain(bits: Uint32Array, word: string): boolean {
  if (word.length < PREFIX) return true;
  const bit = hashPrefix(word);
  return (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}
