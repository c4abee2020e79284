/** URL cleaning and resolution for page addresses and links found in pages. */

const TRACKING_PARAM = /^(utm_[a-z0-9_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl)$/i;
const SAFE_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const SAFE_MEDIA_PROTOCOLS = new Set(['http:', 'https:']);

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function tryParse(href: string, base?: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** Drops tracking parameters (`utm_*`, `fbclid`, `gclid`, …) and the fragment; returns null for a non-URL. */
export function cleanUrl(href: string, base?: string): string | null {
  const url = tryParse(href.trim(), base);
  if (!url) return null;
  url.hash = '';
  // The query is filtered as written: rebuilding it through URLSearchParams would re-encode the rest
  // (%20 → +), and the same page would clean to two addresses.
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !TRACKING_PARAM.test(safeDecode(pair.split('=')[0]!)));
  url.search = kept.length ? `?${kept.join('&')}` : '';
  return url.toString();
}

/** Resolves a link target against `base`; only web, mail and phone links survive, anything else is null. */
export function resolveLink(href: string, base: string): string | null {
  const url = tryParse(href.trim(), base);
  return url && SAFE_LINK_PROTOCOLS.has(url.protocol) ? url.toString() : null;
}

/** Resolves an image source against `base`; only http(s) survives. */
export function resolveMedia(src: string, base: string): string | null {
  const url = tryParse(src.trim(), base);
  return url && SAFE_MEDIA_PROTOCOLS.has(url.protocol) ? url.toString() : null;
}

/** The host without `www.`, `m.`, `mobile.` and `amp.` prefixes: two addresses on one site compare equal. */
export function siteHost(href: string): string | null {
  const url = tryParse(href);
  if (!url || !url.hostname) return null;
  return url.hostname.toLowerCase().replace(/^(www\d?|m|mobile|amp)\./, '');
}

/** True when both addresses belong to the same site (same host, or one a subdomain of the other). */
export function isSameSite(a: string, b: string): boolean {
  const ha = siteHost(a);
  const hb = siteHost(b);
  if (!ha || !hb) return false;
  return ha === hb || ha.endsWith(`.${hb}`) || hb.endsWith(`.${ha}`);
}
