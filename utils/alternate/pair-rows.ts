/**
 * Pairs the rows of two prepared articles (see `articleBlocks`) for a parallel view: each row's text is
 * the text of its units, and `alignBlocks` decides which rows face which.
 */

import type { ArticleBlocks } from '../reader/article-blocks';
import { alignBlocks } from './align-blocks';

/** Rows of the left article facing rows of the right one; either side may be empty. */
export interface RowPair {
  /** Stable for the same two articles. */
  key: string;
  left: number[];
  right: number[];
}

function rowTexts(blocks: ArticleBlocks): string[] {
  return blocks.rows.map((row) =>
    blocks.units
      .slice(row.unitStart, row.unitEnd)
      .map((unit) => unit.text)
      .join('\n'),
  );
}

/** The rows of `left` and `right` aligned, in order; every row of each side appears once. */
export function pairRows(left: ArticleBlocks, right: ArticleBlocks): RowPair[] {
  return alignBlocks(rowTexts(left), rowTexts(right)).map((bead) => ({
    key: `${bead.a.join('+') || '-'}:${bead.b.join('+') || '-'}`,
    left: bead.a,
    right: bead.b,
  }));
}
