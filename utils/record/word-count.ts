/** Number of words: runs of letters or digits, with joined forms (Mısır'a, e-posta) counted once. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*/gu)?.length ?? 0;
}
