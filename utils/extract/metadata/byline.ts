/** The author's name: declared authors that are people, else the byline lines seen on the page. */

import { foldKey } from '../../text/fold-key';
import { normalizeInline } from '../../text/normalize-text';
import { bylineLineValue } from '../boilerplate/text-cues';
import { siteHost } from '../page-url';
import { firstMeta, type DeclaredMetadata } from './head-metadata';

function plausibleName(value: string, siteKeys: string[]): string | null {
  let name = normalizeInline(value)
    .replace(/^(?:by|von|par|por)\s+/i, '')
    .replace(/\s*[|•·]\s*.*$/, '')
    .trim();
  name = bylineLineValue(name) ?? name;
  if (name.length < 2 || name.length > 80 || /^https?:|www\.|@|\.(com|net|org|tr|eg)\b/i.test(name)) return null;
  if (name.split(/\s+/).length > 8 || /\d{3,}/.test(name)) return null;
  const key = foldKey(name);
  if (siteKeys.some((s) => s && (s === key || s.includes(key) || key.includes(s)))) return null;
  return name;
}

/**
 * Chooses the byline. Declared authors that equal the site or publisher (an organisation credited as
 * author) are dropped; several people are joined with ", ".
 */
export function chooseByline(declared: DeclaredMetadata, pageBylines: string[], siteNames: Array<string | null>, pageUrl: string): string | null {
  const host = siteHost(pageUrl);
  const siteKeys = [...siteNames, ...declared.jsonLd.map((a) => a.publisher), ...declared.jsonLdPublishers, host, host?.split('.')[0]]
    .filter((s): s is string => !!s)
    .map((s) => foldKey(s));
  // Several people are joined only when the page declares them together (JSON-LD authors); bylines
  // found in the page text are alternatives, and the one nearest the headline comes first.
  const sources: Array<{ names: string[]; joined: boolean }> = [
    { names: declared.jsonLd.flatMap((a) => a.authors), joined: true },
    { names: [firstMeta(declared, 'author', 'article:author', 'dc.creator', 'sailthru.author', 'parsely-author', 'byl')].filter((v): v is string => !!v), joined: false },
    { names: declared.itemprops.get('author') ?? [], joined: false },
    { names: pageBylines, joined: false },
  ];
  for (const { names, joined } of sources) {
    const plausible = [...new Set(names.map((v) => plausibleName(v, siteKeys)).filter((v): v is string => !!v))];
    if (plausible.length) return joined ? plausible.slice(0, 5).join(', ') : plausible[0]!;
  }
  return null;
}
