/**
 * Where a page marks its article body (schema.org `itemprop=articleBody`, the class names CMSs give the
 * body container, or else a single `<article>` element), everything outside the marked containers and
 * their chain of ancestors is removed
 * before Readability runs. Readability then scores the body in its own context, without sidebars and
 * teaser grids, and has less to walk. A body split into several containers (around an ad) keeps all of
 * them. Nothing is narrowed unless the marked containers hold a good share of the page's prose, so a
 * mislabelled container cannot swallow the article.
 */

import { classTokens } from './dom-tree';
import type { PageTree } from './page-tree';

const BODY_CLASS =
  /^(article-?body|articlebody|article-?content|article-?text|articletext|article__body|article__content|story-?body|story-?content|story__body|entry-content|post-content|post-body|content-body|news-?detail|news-?body|detail-body|td-post-content|field-name-body|haber-?detay|haber-?metni|habericerik|haber-?icerik|icerik-?detay)$/;
/** Share of the page's prose the marked containers must hold. */
const MIN_PROSE_SHARE = 0.4;

function prose(tree: PageTree, el: Element): number {
  const size = tree.size(el);
  return size.text - size.link;
}

/**
 * Narrows the pruned page to its marked body containers. Returns the containers kept, or an empty list
 * when the page marks none (or marks too little to trust).
 * @param declared elements with `itemprop=articleBody`
 */
export function narrowToArticleBody(tree: PageTree, body: Element, declared: readonly Element[]): Element[] {
  const marked = new Set<Element>(declared.filter((el) => tree.live(el)));
  const start = tree.indexOf(body);
  if (start < 0) return [];
  for (let i = start + 1, end = tree.end(start); i < end; i++) {
    if (!tree.liveAt(i)) {
      i = tree.end(i) - 1;
      continue;
    }
    const el = tree.order[i]!;
    if (classTokens(el).some((t) => BODY_CLASS.test(t))) marked.add(el);
  }
  // Without a marked body, a page's only <article> element is its article.
  if (!marked.size) {
    const articles: Element[] = [];
    for (let i = start + 1, end = tree.end(start); i < end && articles.length < 2; i++) {
      if (tree.liveAt(i) && tree.order[i]!.tagName === 'ARTICLE') articles.push(tree.order[i]!);
    }
    if (articles.length === 1) marked.add(articles[0]!);
  }
  const outer = [...marked]
    .filter((el) => el !== body && ![...marked].some((other) => other !== el && other.contains(el)))
    .sort((a, b) => tree.indexOf(a) - tree.indexOf(b));
  const kept = outer.reduce((n, el) => n + prose(tree, el), 0);
  if (!outer.length || kept < prose(tree, body) * MIN_PROSE_SHARE) return [];

  const onPath = new Set<Element>();
  for (const el of outer) for (let up: Element | null = el; up && up !== body && !onPath.has(up); up = up.parentElement) onPath.add(up);
  const containers = new Set(outer);
  const stack: Element[] = [body];
  while (stack.length) {
    const el = stack.pop()!;
    if (containers.has(el)) continue;
    for (const child of Array.from(el.children)) {
      if (onPath.has(child)) stack.push(child);
      else tree.remove(child);
    }
  }
  // Readability removes short blocks whose class or id mentions sharing from below its chosen root, which
  // after narrowing is the outermost bare wrapper: a body container named "entry-content no-share" went
  // with it, and the page lost its article. A marked body is no share box, so those words are dropped.
  for (const el of outer) dropShareWords(el);
  return outer;
}

/** Class and id words Readability takes for a share box (its `shareElements` pattern). */
const SHARE_WORD = /(\b|_)(share|sharedaddy)(\b|_)/i;

function dropShareWords(el: Element): void {
  for (const name of ['class', 'id']) {
    const value = el.getAttribute(name);
    if (!value || !SHARE_WORD.test(value)) continue;
    const kept = value.split(/\s+/).filter((word) => word && !SHARE_WORD.test(word));
    if (kept.length) el.setAttribute(name, kept.join(' '));
    else el.removeAttribute(name);
  }
}
