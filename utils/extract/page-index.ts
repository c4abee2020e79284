/**
 * One walk over the cloned page that first disarms DOM clobbering and then files away the elements the
 * metadata readers need, instead of one selector query per reader (each a full walk, slow in some DOMs).
 * Everything after this walk may use ordinary DOM properties.
 */

import { safeAccess, unclobberElement } from './dom-safety';

export interface PageIndex {
  metas: Element[];
  links: Element[];
  /** Elements with `itemprop`, `meta` tags excluded. */
  itemprops: Element[];
  times: Element[];
  jsonLdScripts: Element[];
  titleElement: Element | null;
  baseElement: Element | null;
  /** h1–h3, `itemprop=headline` and elements whose class names a title or headline, in page order. */
  headings: Element[];
  /** `<address>`, `<footer>` and contact blocks, where a site gives its postal address and telephone. */
  contactBlocks: Element[];
  /** Every element of the document, root first, in document order. */
  order: Element[];
}

const TITLE_CLASS = /title|headline|baslik|başlık|heading/i;
const CONTACT_CLASS = /(^|[\s_-])(footer|contact|address|iletisim|adres|copyright)([\s_-]|$)/i;

/** Unclobbers `doc` (a clone) and indexes the elements that metadata and title reading look at. */
export function indexPage(doc: Document): PageIndex {
  const index: PageIndex = { metas: [], links: [], itemprops: [], times: [], jsonLdScripts: [], titleElement: null, baseElement: null, headings: [], contactBlocks: [], order: [] };
  const safe = safeAccess(doc);
  if (!safe?.root) return index;
  const { access } = safe;
  const elements: Element[] = [safe.root];
  const inForms: boolean[] = [false];
  while (elements.length) {
    const el = elements.pop()!;
    const inForm = inForms.pop()!;
    index.order.push(el);
    // Only a form (and the document) can have its own properties shadowed by named controls; any other
    // element is read directly, which is much faster than going through the prototype's accessors.
    const plainTag = el.tagName;
    const isForm = typeof plainTag !== 'string' || plainTag === 'FORM';
    const tag = isForm ? access.tagName.call(el) : plainTag;
    unclobberElement(el, tag, inForm, access);
    const kids = isForm ? access.children.call(el) : el.children;
    const childInForm = inForm || tag === 'FORM';
    for (let i = kids.length - 1; i >= 0; i--) {
      elements.push(kids[i]!);
      inForms.push(childInForm);
    }
    if (tag === 'H1' || tag === 'H2' || tag === 'H3') index.headings.push(el);
    else if (tag === 'ADDRESS' || tag === 'FOOTER') index.contactBlocks.push(el);
    else if (tag === 'TITLE') index.titleElement ??= el;
    // Most elements carry no attributes at all; nothing below concerns them.
    if (!isForm && !el.hasAttributes()) continue;
    const getAttribute = isForm ? access.getAttribute : el.getAttribute;
    const hasAttribute = isForm ? access.hasAttribute : el.hasAttribute;

    if (tag === 'META') {
      if (hasAttribute.call(el, 'content')) index.metas.push(el);
      continue;
    }
    if (tag === 'LINK') {
      if (hasAttribute.call(el, 'rel') && hasAttribute.call(el, 'href')) index.links.push(el);
      continue;
    }
    if (tag === 'SCRIPT') {
      if ((getAttribute.call(el, 'type') ?? '').trim().toLowerCase() === 'application/ld+json') index.jsonLdScripts.push(el);
      continue;
    }
    if (tag === 'BASE') index.baseElement ??= el;
    else if (tag === 'TIME' && hasAttribute.call(el, 'datetime')) index.times.push(el);
    const className = getAttribute.call(el, 'class') ?? '';
    if (tag !== 'ADDRESS' && tag !== 'FOOTER' && (CONTACT_CLASS.test(className) || CONTACT_CLASS.test(getAttribute.call(el, 'id') ?? ''))) {
      index.contactBlocks.push(el);
    }
    const itemprop = getAttribute.call(el, 'itemprop');
    if (itemprop !== null) index.itemprops.push(el);
    if (tag !== 'H1' && tag !== 'H2' && tag !== 'H3' && (itemprop === 'headline' || TITLE_CLASS.test(className))) {
      index.headings.push(el);
    }
  }
  return index;
}
