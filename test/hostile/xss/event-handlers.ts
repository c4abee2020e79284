/**
 * Every event-handler content attribute a page can put on an element, each with markup that would fire
 * it in a browser. The names are the HTML standard's `GlobalEventHandlers` and `WindowEventHandlers`
 * (with the CSS animation and transition, Pointer Events, Touch Events and selection handlers that extend
 * `GlobalEventHandlers`), `Element`'s fullscreen handlers, SVG animation's `onbegin`/`onend`/`onrepeat`,
 * and the legacy or engine-specific names Chromium and Firefox still wire up.
 * `xss-corpus.test.ts` checks the list against TypeScript's spec-generated `lib.dom.d.ts`, and the
 * browser runs check it against every `on*` property the browser itself knows.
 */

/** `GlobalEventHandlers`: every HTML, SVG and MathML element takes these. */
export const GLOBAL_EVENT_HANDLERS = [
  'onabort', 'onanimationcancel', 'onanimationend', 'onanimationiteration', 'onanimationstart', 'onauxclick',
  'onbeforeinput', 'onbeforematch', 'onbeforetoggle', 'onblur', 'oncancel', 'oncanplay', 'oncanplaythrough',
  'onchange', 'onclick', 'onclose', 'oncommand', 'oncontextlost', 'oncontextmenu', 'oncontextrestored', 'oncopy',
  'oncuechange', 'oncut', 'ondblclick', 'ondrag', 'ondragend', 'ondragenter', 'ondragleave', 'ondragover',
  'ondragstart', 'ondrop', 'ondurationchange', 'onemptied', 'onended', 'onerror', 'onfocus', 'onformdata',
  'ongotpointercapture', 'oninput', 'oninvalid', 'onkeydown', 'onkeypress', 'onkeyup', 'onload', 'onloadeddata',
  'onloadedmetadata', 'onloadstart', 'onlostpointercapture', 'onmousedown', 'onmouseenter', 'onmouseleave',
  'onmousemove', 'onmouseout', 'onmouseover', 'onmouseup', 'onpaste', 'onpause', 'onplay', 'onplaying',
  'onpointercancel', 'onpointerdown', 'onpointerenter', 'onpointerleave', 'onpointermove', 'onpointerout',
  'onpointerover', 'onpointerrawupdate', 'onpointerup', 'onprogress', 'onratechange', 'onreset', 'onresize',
  'onscroll', 'onscrollend', 'onsecuritypolicyviolation', 'onseeked', 'onseeking', 'onselect', 'onselectionchange',
  'onselectstart', 'onslotchange', 'onstalled', 'onsubmit', 'onsuspend', 'ontimeupdate', 'ontoggle', 'ontouchcancel',
  'ontouchend', 'ontouchmove', 'ontouchstart', 'ontransitioncancel', 'ontransitionend', 'ontransitionrun',
  'ontransitionstart', 'onvolumechange', 'onwaiting', 'onwebkitanimationend', 'onwebkitanimationiteration',
  'onwebkitanimationstart', 'onwebkittransitionend', 'onwheel',
] as const;

/** `WindowEventHandlers`: on `<body>` (and `<frameset>`) they are the window's handlers. */
export const WINDOW_EVENT_HANDLERS = [
  'onafterprint', 'onbeforeprint', 'onbeforeunload', 'ongamepadconnected', 'ongamepaddisconnected', 'onhashchange',
  'onlanguagechange', 'onmessage', 'onmessageerror', 'onoffline', 'ononline', 'onpagehide', 'onpagereveal',
  'onpageshow', 'onpageswap', 'onpopstate', 'onrejectionhandled', 'onstorage', 'onunhandledrejection', 'onunload',
] as const;

/** `Element`'s own handlers (Fullscreen API). */
export const ELEMENT_EVENT_HANDLERS = ['onfullscreenchange', 'onfullscreenerror'] as const;

/** SVG animation elements' timing events. */
export const SVG_ANIMATION_EVENT_HANDLERS = ['onbegin', 'onend', 'onrepeat'] as const;

/**
 * Names outside those interfaces that an engine still runs, or ran until recently, or exposes on the
 * document or window only (kept: a page can write any of them on a tag).
 */
export const LEGACY_EVENT_HANDLERS = [
  'onbeforecopy', 'onbeforecut', 'onbeforepaste', 'onbeforexrselect', 'oncontentvisibilityautostatechange',
  'onfocusin', 'onfocusout', 'onmousewheel', 'onscrollsnapchange', 'onscrollsnapchanging', 'onsearch',
  'onmozfullscreenchange', 'onmozfullscreenerror', 'onwebkitfullscreenchange', 'onwebkitfullscreenerror',
  'onzoom', 'onactivate', 'onfocusinvisible', 'onbeforeactivate', 'onpointerlockchange', 'onpointerlockerror',
  'onvisibilitychange', 'onreadystatechange', 'ondevicemotion', 'ondeviceorientation', 'ondeviceorientationabsolute',
  'onorientationchange', 'ondragexit',
] as const;

/** Every handler name in the corpus, without repeats, in a stable order. */
export const EVENT_HANDLER_NAMES: readonly string[] = [
  ...new Set<string>([...GLOBAL_EVENT_HANDLERS, ...WINDOW_EVENT_HANDLERS, ...ELEMENT_EVENT_HANDLERS, ...SVG_ANIMATION_EVENT_HANDLERS, ...LEGACY_EVENT_HANDLERS]),
];

const MEDIA = new Set([
  'onabort', 'oncanplay', 'oncanplaythrough', 'ondurationchange', 'onemptied', 'onended', 'onloadeddata',
  'onloadedmetadata', 'onloadstart', 'onpause', 'onplay', 'onplaying', 'onprogress', 'onratechange', 'onseeked',
  'onseeking', 'onstalled', 'onsuspend', 'ontimeupdate', 'onvolumechange', 'onwaiting',
]);
const FOCUS_AND_INPUT = new Set([
  'onfocus', 'onblur', 'onfocusin', 'onfocusout', 'onchange', 'oninput', 'onbeforeinput', 'onselect', 'onselectstart',
  'onselectionchange', 'onkeydown', 'onkeypress', 'onkeyup', 'onfocusinvisible', 'onactivate', 'onbeforeactivate',
]);
const FORM = new Set(['onsubmit', 'onformdata', 'onreset']);
const DIALOG = new Set(['oncancel', 'onclose', 'oncommand']);
const ANIMATION = new Set(['onanimationstart', 'onanimationend', 'onanimationiteration', 'onanimationcancel', 'onwebkitanimationstart', 'onwebkitanimationend', 'onwebkitanimationiteration']);
const TRANSITION = new Set(['ontransitionrun', 'ontransitionstart', 'ontransitionend', 'ontransitioncancel', 'onwebkittransitionend']);
const SCROLL = new Set(['onscroll', 'onscrollend', 'onscrollsnapchange', 'onscrollsnapchanging', 'onwheel', 'onmousewheel']);
const WINDOW = new Set<string>([...WINDOW_EVENT_HANDLERS, 'onresize', 'onvisibilitychange', 'onreadystatechange', 'ondevicemotion', 'ondeviceorientation', 'ondeviceorientationabsolute', 'onorientationchange', 'onsecuritypolicyviolation']);

/**
 * Markup on which `name` would fire without help (a failing image, an autofocused field, an open
 * `<details>`, a `<body>` tag whose attributes the parser moves onto the page's body) or at the first
 * pointer or key event. `handler` is the whole attribute, `name="…"`.
 */
export function handlerMarkup(name: string, handler: string): string {
  if (name === 'onerror') return `<img src="/media/yok-${name}.jpg" ${handler}>`;
  if (name === 'onload') return `<img src="/media/kapak.svg" alt="" ${handler}>`;
  if (MEDIA.has(name)) return `<video autoplay muted ${handler}><source src="/media/tanitim.mp4" type="video/mp4"></video>`;
  if (name === 'oncuechange') return `<video autoplay muted><track default kind="captions" src="/media/altyazi.vtt" ${handler}></video>`;
  if (FOCUS_AND_INPUT.has(name)) return `<input autofocus value="ara" ${handler}>`;
  if (name === 'onsearch') return `<input type="search" autofocus ${handler}>`;
  if (FORM.has(name)) return `<form ${handler}><button>Gönder</button></form>`;
  if (name === 'oninvalid') return `<form><input required ${handler}><button>Ara</button></form>`;
  if (name === 'ontoggle' || name === 'onbeforetoggle') return `<details open ${handler}><summary>…</summary></details>`;
  if (DIALOG.has(name)) return `<dialog open ${handler}><form method="dialog"><button>×</button></form></dialog>`;
  if (ANIMATION.has(name)) return `<style>@keyframes katib-k{from{opacity:.9}to{opacity:1}}</style><div style="animation:katib-k .1s 2" ${handler}></div>`;
  if (TRANSITION.has(name)) return `<input autofocus style="transition:outline-width .1s;outline:0 solid" ${handler}>`;
  if (SCROLL.has(name)) return `<div style="overflow:auto;height:20px" ${handler}><div style="height:200px"></div></div>`;
  if (name === 'oncontextlost' || name === 'oncontextrestored') return `<canvas width="1" height="1" ${handler}></canvas>`;
  if (name === 'onbeforematch') return `<div hidden="until-found" ${handler}>…</div>`;
  if (name === 'onbegin' || name === 'onend' || name === 'onrepeat') {
    return `<svg width="1" height="1"><rect width="1" height="1"><animate attributeName="x" from="0" to="1" dur="0.1s" repeatCount="2" ${handler}/></rect></svg>`;
  }
  if (name === 'onzoom') return `<svg width="1" height="1" ${handler}></svg>`;
  if (WINDOW.has(name)) return `<body ${handler}>`;
  return `<span tabindex="0" ${handler}></span>`;
}
