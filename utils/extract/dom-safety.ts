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

/**
 * DOM accessors taken from the prototype chain once, so that a walk over thousands of elements can read
 * every element safely: a form's `tagName`, `children` or `getAttribute` may be shadowed by its controls.
 */
export interface SafeAccess {
  tagName: (this: Element) => string;
  children: (this: Element) => ArrayLike<Element>;
  getAttribute: (this: Element, name: string) => string | null;
  hasAttribute: (this: Element, name: string) => boolean;
  removeAttribute: (this: Element, name: string) => void;
}

function member<F>(sample: object, name: string): F {
  const desc = lookup(sample, name);
  const fn = (desc?.get ?? desc?.value) as F | undefined;
  if (typeof fn !== 'function') throw new TypeError(`DOM member ${name} is missing`);
  return fn;
}

/** Safe accessors (to use with `.call(element, …)`) for the elements of `doc`, and its root element. */
export function safeAccess(doc: Document): { root: Element | null; access: SafeAccess } | null {
  const root = protoGet<Element | null>(doc, 'documentElement') ?? null;
  if (!root) return null;
  return {
    root,
    access: {
      tagName: member(root, 'tagName'),
      children: member(root, 'children'),
      getAttribute: member(root, 'getAttribute'),
      hasAttribute: member(root, 'hasAttribute'),
      removeAttribute: member(root, 'removeAttribute'),
    },
  };
}

/** Elements whose `name` becomes a property of `document`. */
const DOCUMENT_NAMED = new Set(['FORM', 'IMG', 'IFRAME', 'EMBED', 'OBJECT']);
/** Form controls that their form exposes as properties under their `name` or `id`. */
const FORM_LISTED = new Set(['BUTTON', 'FIELDSET', 'INPUT', 'OBJECT', 'OUTPUT', 'SELECT', 'TEXTAREA', 'IMG']);

/**
 * Strips the attributes that make `el` shadow a document or form property. Extraction needs none of them.
 * @param inForm whether `el` is inside a form
 */
export function unclobberElement(el: Element, tag: string, inForm: boolean, access: SafeAccess): void {
  if (DOCUMENT_NAMED.has(tag)) {
    access.removeAttribute.call(el, 'name');
    if (tag === 'IMG' || tag === 'OBJECT' || tag === 'EMBED') access.removeAttribute.call(el, 'id');
  }
  if (inForm && FORM_LISTED.has(tag)) {
    access.removeAttribute.call(el, 'name');
    access.removeAttribute.call(el, 'id');
  }
}
