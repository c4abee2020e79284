/**
 * Aligns the blocks of an article with the blocks of its other-language version, in the manner of Gale
 * and Church (1993): dynamic programming over "beads" (one block with one, one with none, two with one,
 * one with two), each scored by how well the two sides' lengths fit the ratio between the languages and
 * by how often beads of that kind occur. Figures and Latin names found on both sides (see `anchorsOf`)
 * pull blocks together where lengths alone are ambiguous.
 */

import { anchorsOf } from './anchors';

/** Blocks `a[i]` for i in `a` correspond to blocks `b[j]` for j in `b`; either side may be empty. */
export interface Bead {
  a: number[];
  b: number[];
}

interface Move {
  da: number;
  db: number;
  /** −log of how often such a bead occurs. */
  cost: number;
}

/**
 * Bead kinds and their frequencies. Gale and Church measured 0.89 / 0.0099 / 0.089 on sentences; ministry
 * releases in two languages split and merge paragraphs more often, and leave one out more often.
 */
const MOVES: readonly Move[] = [
  { da: 1, db: 1, cost: -Math.log(0.86) },
  { da: 1, db: 0, cost: -Math.log(0.02 / 2) },
  { da: 0, db: 1, cost: -Math.log(0.02 / 2) },
  { da: 2, db: 1, cost: -Math.log(0.12 / 2) },
  { da: 1, db: 2, cost: -Math.log(0.12 / 2) },
];
/**
 * Variance of the length of a translation per character of the original. Higher than Gale and Church's
 * 6.8 for European sentences: paragraphs across Turkish, Arabic and English vary more.
 */
const VARIANCE = 9;
/**
 * What leaving a block without counterpart costs beyond its frequency: merging a short block into its
 * neighbour's bead stays cheaper, while a long one with no counterpart is let go rather than forced into
 * a bead whose lengths no longer fit.
 */
const UNMATCHED_COST = 2;
/** Pull of one anchor found once on each side; anchors found in many blocks pull less. */
const ANCHOR_WEIGHT = 2.5;
/**
 * Push of a figure found on only one side of a bead that pairs blocks. A translation keeps its figures
 * (names it may translate: "Kudüs", "Jerusalem"), so a block whose figures the other side lacks is more
 * likely left out than merged into a neighbour's bead.
 */
const FIGURE_MISMATCH_WEIGHT = 4;
/** Beyond this many cells the search keeps to a band around the diagonal. */
const FULL_SEARCH_CELLS = 1_000_000;
const BAND_MIN = 100;

function lengthOf(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

/** −log of the two-sided tail of the standard normal at `z`: erfc by Numerical Recipes' `erfcc`, in logs. */
function tailCost(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const logErfc =
    Math.log(t) - x * x - 1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return -Math.min(0, logErfc);
}

/** How unlikely it is that text of length `lb` translates text of length `la`, the expected ratio being `ratio`. */
function lengthCost(la: number, lb: number, ratio: number): number {
  const mean = (la + lb / ratio) / 2;
  if (mean === 0) return 0;
  return tailCost((la * ratio - lb) / Math.sqrt(VARIANCE * mean));
}

interface Side {
  lengths: number[];
  anchors: Set<string>[];
}

function describe(blocks: readonly string[]): Side {
  return { lengths: blocks.map(lengthOf), anchors: blocks.map(anchorsOf) };
}

/**
 * How many blocks of both sides hold each anchor. An anchor's pull is 2 / that count (1 for an anchor
 * found once on each side), a lone figure's push 1 / that count: common ones tell little.
 */
function anchorCounts(a: Side, b: Side): Map<string, number> {
  const count = new Map<string, number>();
  for (const set of [...a.anchors, ...b.anchors]) for (const key of set) count.set(key, (count.get(key) ?? 0) + 1);
  return count;
}

/** The anchors of blocks `from` to `to - 1` (one or two blocks), without copying a single block's set. */
function anchorsIn(side: Side, from: number, to: number): Set<string> {
  if (to - from === 1) return side.anchors[from]!;
  const merged = new Set(side.anchors[from]);
  for (const key of side.anchors[from + 1]!) merged.add(key);
  return merged;
}

const isFigure = (anchor: string) => anchor.startsWith('#');

/** The anchor part of a pairing bead's cost: shared anchors pull (negative), figures on one side only push. */
function anchorCost(left: Set<string>, right: Set<string>, counts: Map<string, number>): number {
  if (!left.size && !right.size) return 0;
  let cost = 0;
  for (const key of left) {
    const n = counts.get(key)!;
    if (right.has(key)) cost -= (ANCHOR_WEIGHT * 2) / n;
    else if (isFigure(key)) cost += FIGURE_MISMATCH_WEIGHT / n;
  }
  for (const key of right) if (isFigure(key) && !left.has(key)) cost += FIGURE_MISMATCH_WEIGHT / counts.get(key)!;
  return cost;
}

function search(a: Side, b: Side, ratio: number, counts: Map<string, number>): Bead[] {
  const n = a.lengths.length;
  const m = b.lengths.length;
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const move = new Int8Array((n + 1) * width).fill(-1);
  const band = n * m > FULL_SEARCH_CELLS ? Math.max(BAND_MIN, Math.abs(n - m) + BAND_MIN / 2) : Infinity;
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    const center = n ? (i * m) / n : 0;
    const from = Math.max(0, Math.floor(center - band));
    const to = Math.min(m, Math.ceil(center + band));
    for (let j = from; j <= to; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = -1;
      for (let k = 0; k < MOVES.length; k++) {
        const { da, db, cost: frequency } = MOVES[k]!;
        if (i < da || j < db) continue;
        const before = cost[(i - da) * width + (j - db)]!;
        if (before === Infinity) continue;
        let la = 0;
        let lb = 0;
        for (let x = i - da; x < i; x++) la += a.lengths[x]!;
        for (let y = j - db; y < j; y++) lb += b.lengths[y]!;
        const fit = da && db ? lengthCost(la, lb, ratio) + anchorCost(anchorsIn(a, i - da, i), anchorsIn(b, j - db, j), counts) : UNMATCHED_COST;
        const total = before + frequency + fit;
        if (total < best) {
          best = total;
          bestMove = k;
        }
      }
      cost[i * width + j] = best;
      move[i * width + j] = bestMove;
    }
  }
  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const { da, db } = MOVES[move[i * width + j]!]!;
    beads.push({ a: range(i - da, i), b: range(j - db, j) });
    i -= da;
    j -= db;
  }
  return beads.reverse();
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) out.push(k);
  return out;
}

function ratioOf(la: number, lb: number): number {
  return la > 0 && lb > 0 ? lb / la : 1;
}

/**
 * Aligns two texts given as blocks (paragraphs, headings, list or table rows), returning beads in order
 * that together name every index of `a` and of `b` exactly once. The length ratio between the languages
 * is estimated from the two texts, then again from the one-to-one beads of a first alignment, so that a
 * paragraph missing on one side does not skew it.
 */
export function alignBlocks(a: readonly string[], b: readonly string[]): Bead[] {
  const left = describe(a);
  const right = describe(b);
  const counts = anchorCounts(left, right);
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const first = search(left, right, ratioOf(sum(left.lengths), sum(right.lengths)), counts);
  const pairs = first.filter((bead) => bead.a.length === 1 && bead.b.length === 1);
  if (pairs.length < 3) return first;
  const refined = ratioOf(sum(pairs.map((p) => left.lengths[p.a[0]!]!)), sum(pairs.map((p) => right.lengths[p.b[0]!]!)));
  return search(left, right, refined, counts);
}
