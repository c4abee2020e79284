/**
 * Spot (lead) paragraphs, sub-titles and lead figures that sites place between the headline and the body
 * container. Readability keeps only the container, so these are found before it runs and put back after.
 */

import { foldKey } from '../text/fold-key';
import { classTokens, textOf } from './dom-tree';
import type { PageTree } from './page-tree';

const LEAD_CLASS = /(^|[-_])(spot|lead|lede|summary|ozet|özet|standfirst|excerpt|intro|deck|subtitle|sub-?title|subheadline|sub-?head|sub-?heading|description|desc|brief|abstract|haber-?spot|news-?spot|article-?summary|article-?lead|sapo|chapo)([-_]|$)/;
const LEAD_CLASS_EXCLUDE = /(image|img|photo|video|media|author|btn|button|link|list|item|title-?bar|related)/;

/**
 * Languages whose news writing treats the spot as the lede, the first paragraph of the news text, which
 * their CMSs often print outside the body container. English-language sites put a standfirst there
 * instead: display copy that is not part of the body (schema.org's articleBody leaves it out).
 */
const LEDE_LANGUAGES = new Set(['tr', 'az', 'ar', 'fa', 'ur', 'ku', 'ckb']);

/** True when lead blocks found outside the body belong to the article text in this language. */
export function hasLedeConvention(lang: string): boolean {
  return LEDE_LANGUAGES.has(lang);
}

const CAPTION_CLASS = /(^|[-_])(caption|capt|cutline|legend|photo-?desc|image-?desc|img-?desc|foto-?aciklama|resim-?alti|aciklama|wp-caption-text)([-_]|$)|capt$/;

/** A lead photo with its caption: a `<figure>`, or the image-and-caption box older CMSs build from divs. */
function captionedImage(el: Element, textSize: number): { element: Element; caption: string } | null {
  if (textSize === 0 || textSize > 400) return null;
  const img = el.querySelector('img');
  if (!img) return null;
  const captionEl =
    el.tagName === 'FIGURE' ? el.querySelector('figcaption') : Array.from(el.querySelectorAll('*')).find((c) => classTokens(c).some((t) => CAPTION_CLASS.test(t)));
  const caption = captionEl ? textOf(captionEl) : '';
  if (caption.length < 8) return null;
  if (el.tagName === 'FIGURE') return { element: el.cloneNode(true) as Element, caption };
  const doc = el.ownerDocument;
  const figure = doc.createElement('figure');
  const image = doc.createElement('img');
  for (const attr of ['src', 'alt']) {
    const value = img.getAttribute(attr);
    if (value !== null) image.setAttribute(attr, value);
  }
  const figcaption = doc.createElement('figcaption');
  figcaption.textContent = caption;
  figure.append(image, figcaption);
  return { element: figure, caption };
}

export interface LeadBlock {
  kind: 'subtitle' | 'spot' | 'figure';
  /** A detached copy of the element, to be put back into the article. */
  element: Element;
  key: string;
}

/**
 * Finds lead blocks after the headline and before the first long body paragraph, on the pruned page.
 * @param description the page's meta description, which sites often fill with the spot text
 */
export function findLeadBlocks(tree: PageTree, headline: Element | null, description: string | null): LeadBlock[] {
  const start = headline ? tree.indexOf(headline) : -1;
  if (start < 0) return [];
  const descKey = description ? foldKey(description).slice(0, 60) : '';
  const out: LeadBlock[] = [];
  const limit = Math.min(tree.order.length, start + 400);
  for (let i = tree.end(start); i < limit; i++) {
    if (!tree.liveAt(i)) {
      i = tree.end(i) - 1;
      continue;
    }
    const el = tree.order[i]!;
    const size = tree.size(el);
    // Text is read only for elements small enough to be a lead; containers are passed through.
    const text = size.text && size.text <= 900 ? textOf(el) : '';
    // The body has begun: a long paragraph that is not itself a lead.
    const isLeadClass = classTokens(el).some((t) => LEAD_CLASS.test(t) && !LEAD_CLASS_EXCLUDE.test(t));
    if (el.tagName === 'P' && size.text >= 250 && !isLeadClass && !(descKey && foldKey(text).startsWith(descKey))) break;
    if (size.text > 0 && size.link / size.text > 0.3) continue;
    const figure = captionedImage(el, size.text);
    if (figure) {
      out.push({ kind: 'figure', element: figure.element, key: foldKey(figure.caption) });
      i = tree.end(i) - 1;
      continue;
    }
    if (size.text < 25 || size.text > 900) continue;
    const matchesDescription = !!descKey && descKey.length >= 30 && foldKey(text).startsWith(descKey.slice(0, 40));
    const subtitle = /^H[2-4]$/.test(el.tagName) && size.text <= 300 && el.previousElementSibling === headline;
    if (isLeadClass || matchesDescription || subtitle) {
      // A block named for the lead is the spot paragraph, whatever heading tag carries it.
      out.push({ kind: isLeadClass || !/^H[2-6]$/.test(el.tagName) ? 'spot' : 'subtitle', element: el.cloneNode(true) as Element, key: foldKey(text) });
      i = tree.end(i) - 1;
    }
    if (out.length >= 3) break;
  }
  // A class that repeats is a card in a list of teasers, not the article's lead.
  const classes = out.map((b) => b.element.getAttribute('class') ?? '');
  return out.filter((_, i) => !classes[i] || classes.indexOf(classes[i]!) === classes.lastIndexOf(classes[i]!));
}

/** Puts back, at the top of `content`, the lead blocks that Readability left out. */
export function restoreLeadBlocks(content: Element, leads: LeadBlock[]): void {
  if (!leads.length) return;
  const have = foldKey(content.textContent ?? '');
  const missing = leads.filter((b) => b.key && !have.includes(b.key.slice(0, 80)));
  const doc = content.ownerDocument;
  const anchor = content.firstChild;
  for (const lead of missing) {
    let node: Element;
    if (lead.kind === 'figure') node = lead.element;
    else {
      node = doc.createElement(lead.kind === 'subtitle' ? 'h2' : 'p');
      node.textContent = textOf(lead.element);
    }
    content.insertBefore(node, anchor);
  }
}
