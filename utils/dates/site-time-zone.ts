import { CCTLD_ALIASES, COUNTRY_ZONES, LANGUAGE_ZONES, SITE_ZONES } from './time-zone-tables';

/**
 * The IANA time zone a site publishes in, for reading the wall-clock times on its pages. Clues in
 * order of trust: a known site (domain or parent domain), the country-code TLD, the region of the
 * page's locale ("ar_EG", "tr-TR"), then a language spoken in one zone only (Turkish, Azerbaijani).
 * Null when nothing tells; Arabic alone is spoken from Casablanca to Muscat.
 */
export function siteTimeZone(input: { hostname: string; lang?: string | null; locale?: string | null }): string | null {
  const host = normalizeHost(input.hostname);
  return (
    (host && (zoneOfKnownSite(host) ?? zoneOfCountryDomain(host))) ??
    zoneOfRegion(input.locale) ??
    zoneOfRegion(input.lang) ??
    zoneOfLanguage(input.locale) ??
    zoneOfLanguage(input.lang) ??
    null
  );
}

/** Own-property lookup, so "constructor" or "__proto__" in a hostname finds nothing. */
function lookup(table: Readonly<Record<string, string>>, key: string): string | null {
  return Object.hasOwn(table, key) ? table[key]! : null;
}

function normalizeHost(hostname: string): string | null {
  const host = hostname.trim().toLowerCase().replace(/\.+$/, '');
  // IP addresses and single labels ("localhost") carry no place.
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.includes(':')) return null;
  return host;
}

function zoneOfKnownSite(host: string): string | null {
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const zone = lookup(SITE_ZONES, labels.slice(i).join('.'));
    if (zone) return zone;
  }
  return null;
}

function zoneOfCountryDomain(host: string): string | null {
  const tld = host.slice(host.lastIndexOf('.') + 1);
  return lookup(COUNTRY_ZONES, lookup(CCTLD_ALIASES, tld) ?? tld);
}

/** Region subtag of a BCP 47 tag or POSIX locale: "ar-EG", "ar_EG", "ar-Arab-EG", "tr_TR.UTF-8". */
function zoneOfRegion(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const subtags = tag.split(/[.@]/)[0]!.split(/[-_]/).slice(1);
  const region = subtags.find((subtag) => /^[a-z]{2}$/i.test(subtag));
  return region ? lookup(COUNTRY_ZONES, region.toLowerCase()) : null;
}

function zoneOfLanguage(tag: string | null | undefined): string | null {
  const language = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return language ? lookup(LANGUAGE_ZONES, language) : null;
}
