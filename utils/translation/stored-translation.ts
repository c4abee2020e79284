/**
 * The link between an article's translation units and the translation kept on a clip: the title is text
 * 0 of a translation, and unit i of `articleBlocks` is text i + 1; stored, they are `title` and `blocks[i]`.
 */

import type { StoredTranslation } from '../library/clip';
import type { ArticleBlocks } from '../reader/article-blocks';
import type { PartialTexts } from './run-translation';

/** The texts to translate for an article: its title, then its units in document order. */
export function translationTexts(title: string, blocks: ArticleBlocks): string[] {
  return [title, ...blocks.units.map((unit) => unit.text)];
}

/** A finished translation as it is kept on a clip. */
export function toStoredTranslation(texts: readonly string[], details: { sourceLang: string; engine: string; now: Date }): StoredTranslation {
  return {
    title: texts[0] ?? '',
    blocks: texts.slice(1),
    engine: details.engine,
    sourceLang: details.sourceLang,
    createdAt: details.now.toISOString(),
  };
}

/**
 * A stored translation as texts for an article, or null when it does not fit the article (its unit count
 * differs: it was made for other content).
 */
export function storedTranslationTexts(stored: StoredTranslation, blocks: ArticleBlocks): string[] | null {
  if (stored.blocks.length !== blocks.units.length) return null;
  return [stored.title, ...stored.blocks];
}

/** Whether every text is translated. */
export function isComplete(texts: PartialTexts, total: number): texts is string[] {
  return texts.length === total && texts.every((text) => text !== undefined);
}
