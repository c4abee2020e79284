/**
 * Pages can clobber DOM properties: `<form name="querySelector">` makes `document.querySelector` a form.
 * These helpers reach the real methods through the prototype chain and strip the attributes that
 * clobber, so the rest of the pipeline (and Readability) can use the DOM normally on the clone.
 */

function lookup(obj: object, name: string): PropertyDescriptor | undefined {
  for (let proto = Object.getPrototypeOf(obj); proto; proto = Object.getPrototypeOf(proto)) {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    if (desc) return desc;
  }
  return undefined;
}

function protoCall<T>(obj: object, name: string, ...args: unknown[]): T {
  const fn = lookup(obj, name)?.value as ((...a: unknown[]) => T) | undefined;
  if (typeof fn !== 'function') throw new TypeError(`DOM method ${name} is missing`);
  return fn.apply(obj, args);
}

/** Reads a DOM property from the prototype's getter, never from a clobbering named property. */
export function protoGet<T>(obj: object, name: string): T | undefined {
  const desc = lookup(obj, name);
  if (desc?.get) return desc.get.call(obj) as T;
  return desc?.value as T | undefined;
}

/** A deep copy of `doc` that later steps may change freely; the live page is never touched. */
export function cloneDocument(doc: Document): Document {
  return protoCall<Document>(doc, 'cloneNode', true);
}

/** Elements whose `name` becomes a property of `document` (or of their form). */
const FORM_LISTED = ['button', 'fieldset', 'input', 'object', 'output', 'select', 'textarea', 'img'];
const CLOBBERING = [
  'form[name]', 'img[name]', 'iframe[name]', 'embed[name]', 'object[name]', 'img[id]', 'object[id]', 'embed[id]',
  ...FORM_LISTED.flatMap((tag) => [`form ${tag}[name]`, `form ${tag}[id]`]),
].join(', ');

/**
 * Removes the attributes that make elements shadow document or form properties. Extraction needs none of
 * them. Must run on the clone before anything reads `doc.*`.
 */
export function unclobber(doc: Document): void {
  const hits = protoCall<ArrayLike<Element>>(doc, 'querySelectorAll', CLOBBERING);
  for (let i = 0; i < hits.length; i++) {
    const el = hits[i]!;
    protoCall(el, 'removeAttribute', 'name');
    if (protoGet<string>(el, 'tagName') !== 'FORM') protoCall(el, 'removeAttribute', 'id');
  }
}
