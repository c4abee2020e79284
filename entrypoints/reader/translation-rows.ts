/**
 * The rows a parallel view shows for a translation: the translated title first, then each block of the
 * article beside its translation. Text 0 of a translation is the title and text i + 1 is unit i (see
 * `translationTexts`). A row is rebuilt only when its own translations change, so that rows already
 * shown keep their nodes while the next block arrives.
 */

import type { ParallelCell, ParallelRow } from '@/components/ParallelView';
import { translatedRowNodes, type ArticleBlocks } from '@/utils/reader/article-blocks';
import type { PartialTexts } from '@/utils/translation/run-translation';

export interface TranslationProgress {
  /** Finished translations by text index. */
  texts: PartialTexts;
  /** Whether a run is under way: missing translations show as pending rather than empty. */
  running: boolean;
  /** The text being streamed and its translation so far. */
  partial?: { index: number; text: string };
}

/** A function from translation progress to rows, remembering the rows it built. */
export function translationRows(blocks: ArticleBlocks): (progress: TranslationProgress) => ParallelRow[] {
  const originals: ParallelCell[] = blocks.rows.map((row) => ({ kind: 'nodes', nodes: row.nodes }));
  const built = new Map<number, { key: string; cell: ParallelCell }>();
  const empty: ParallelCell = { kind: 'empty' };
  const pending: ParallelCell = { kind: 'pending' };

  return ({ texts, running, partial }) => {
    const textAt = (index: number) => (partial?.index === index ? partial.text : texts[index]);
    const title = textAt(0);
    const rows: ParallelRow[] = [{ key: 'title', role: 'title', left: empty, right: title !== undefined ? { kind: 'text', text: title } : running ? pending : empty }];
    blocks.rows.forEach((row, r) => {
      const unitTexts = Array.from({ length: row.unitEnd - row.unitStart }, (_, i) => textAt(row.unitStart + i + 1));
      let right: ParallelCell;
      if (unitTexts.length === 0) right = empty;
      else if (unitTexts.every((text) => text === undefined)) right = running ? pending : empty;
      else {
        // A separator no translation contains tells "a|b" from "a" + "b".
        const key = unitTexts.map((text) => (text === undefined ? '\u0000' : text)).join('\u0001');
        const cached = built.get(r);
        if (cached?.key === key) right = cached.cell;
        else {
          const byUnit: PartialTexts = [];
          unitTexts.forEach((text, i) => (byUnit[row.unitStart + i] = text));
          right = { kind: 'nodes', nodes: translatedRowNodes(blocks, r, byUnit) };
          built.set(r, { key, cell: right });
        }
      }
      rows.push({ key: String(r), role: 'block', left: originals[r]!, right });
    });
    return rows;
  };
}
