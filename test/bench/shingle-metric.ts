/**
 * The ScrapingHub article-extraction-benchmark metric (its evaluate.py), so that our figures are
 * comparable with the published table: 4-gram shingles over `\w+` tokens, per-page multiset
 * TP/FP/FN normalised to sum to 1, then precision and recall averaged over pages.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

/** Normalised shingle overlap of one prediction against its truth. */
export function scorePage(truth: string, predicted: string): PageScore {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

function pagePrecisionRecall({ tp, fp, fn }: PageScore): [number, number] {
  if (fp === 0 && fn === 0) return [1, 1];
  return [tp + fp > 0 ? tp / (tp + fp) : 0, tp + fn > 0 ? tp / (tp + fn) : 0];
}

/** Averages page scores into the benchmark's precision, recall and F1. */
export function summarise(pages: PageScore[]): { precision: number; recall: number; f1: number } {
  let p = 0;
  let r = 0;
  for (const page of pages) {
    const [pp, rr] = pagePrecisionRecall(page);
    p += pp;
    r += rr;
  }
  const precision = pages.length ? p / pages.length : 0;
  const recall = pages.length ? r / pages.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
