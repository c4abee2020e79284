/**
 * Published and modified dates. Declared values come first (JSON-LD, `article:*` meta, microdata,
 * `<time>`), then the visible date lines next to the headline, then a date in the URL path. Every value
 * goes through the same parser, so non-ISO text in a meta tag ("12/10/2024 3:29:39 PM", Arabic words) is
 * read rather than trusted or dropped, and a value the parser rejects falls through to the next source.
 */

import { parseDateText, type ParsedDate } from '../../dates/parse-date-text';
import { toIsoDate } from '../../dates/to-iso';
import type { DateLine } from '../boilerplate/prune';
import { firstMeta, type DeclaredMetadata } from './head-metadata';

export interface ArticleDates {
  publishedAt: string | null;
  modifiedAt: string | null;
  publishedText: string | null;
  dateApproximate: boolean;
}

interface Candidate {
  text: string;
  parsed: ParsedDate;
}

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article:published', 'datepublished',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'publicationdate', 'date', 'dc.date',
  'dc.date.issued', 'dc.date.created', 'dcterms.created', 'dcterms.issued', 'dcterms.date', 'sailthru.date',
  'parsely-pub-date', 'article.published', 'article_date_original', 'cxenseparse:recs:publishtime', 'original-publish-date',
  'datecreated', 'created', 'news_date',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'og:article:modified_time', 'datemodified', 'dcterms.modified', 'last-modified', 'article.updated', 'revised'];
const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:\/|$|-)/;

function parseAll(values: Array<string | null | undefined>, now: Date, zone: string | null): Candidate[] {
  const out: Candidate[] = [];
  for (const text of values) {
    if (!text || text.length > 200) continue;
    const parsed = parseDateText(text, { now, zone });
    if (parsed) out.push({ text: text.trim(), parsed });
  }
  return out;
}

function sameDay(a: ParsedDate, b: ParsedDate): boolean {
  return a.wall.year === b.wall.year && a.wall.month === b.wall.month && a.wall.day === b.wall.day;
}

/** A numeric date read month-first or day-first can be settled by any other source that names the day. */
function settleOrder(candidate: Candidate, others: Candidate[]): Candidate {
  if (!candidate.parsed.ambiguousOrder) return candidate;
  const { day, month } = candidate.parsed.wall;
  const swapped: ParsedDate = { ...candidate.parsed, wall: { ...candidate.parsed.wall, day: month, month: day }, ambiguousOrder: false };
  if (others.some((o) => o !== candidate && !o.parsed.ambiguousOrder && sameDay(o.parsed, swapped))) return { ...candidate, parsed: swapped };
  return candidate;
}

/** A date-only value is improved by another source with a time on the same day. */
function withTime(best: Candidate, all: Candidate[]): Candidate {
  if (best.parsed.wall.hour !== undefined) return best;
  return all.find((c) => c.parsed.wall.hour !== undefined && !c.parsed.approximate && sameDay(c.parsed, best.parsed)) ?? best;
}

function iso(c: Candidate | undefined, zone: string | null): string | null {
  return c ? (toIsoDate(c.parsed, zone)?.iso ?? null) : null;
}

/** Picks the article's dates from declared metadata and the visible date lines found while pruning. */
export function chooseArticleDates(
  declared: DeclaredMetadata,
  dateLines: DateLine[],
  pageUrl: string,
  options: { now: Date; zone: string | null },
): ArticleDates {
  const { now, zone } = options;
  const jsonLd = declared.jsonLd;
  const timeEls = declared.times;
  const declaredPublished = parseAll(
    [
      ...jsonLd.map((a) => a.datePublished),
      ...PUBLISHED_META.map((k) => firstMeta(declared, k)),
      ...(declared.itemprops.get('datepublished') ?? []),
      ...timeEls.filter((t) => t.element.hasAttribute('pubdate') || /publish|date|time/i.test(t.element.getAttribute('itemprop') ?? '')).map((t) => t.datetime),
    ],
    now,
    zone,
  );
  const visiblePublished = dateLines
    .filter((d) => d.role === 'published')
    .sort((a, b) => rank(a.distance) - rank(b.distance))
    .map((d) => ({ text: d.text, parsed: d.parsed }));
  const firstTime = timeEls[0] ? parseAll([timeEls[0].datetime], now, zone) : [];
  const urlMatch = URL_DATE.exec(new URL(pageUrl).pathname);
  const fromUrl = urlMatch ? parseAll([`${urlMatch[1]}-${urlMatch[2]!.padStart(2, '0')}-${urlMatch[3]!.padStart(2, '0')}`], now, zone) : [];

  const all = [...declaredPublished, ...visiblePublished, ...firstTime, ...fromUrl];
  let best = declaredPublished[0] ?? visiblePublished[0] ?? firstTime[0] ?? fromUrl[0];
  if (best) best = withTime(settleOrder(best, all), all);

  const modified = parseAll([...jsonLd.map((a) => a.dateModified), ...MODIFIED_META.map((k) => firstMeta(declared, k)), ...(declared.itemprops.get('datemodified') ?? [])], now, zone);
  const visibleModified = dateLines.filter((d) => d.role === 'modified').sort((a, b) => rank(a.distance) - rank(b.distance));
  const bestModified = modified[0] ? settleOrder(modified[0], all) : visibleModified[0] ? { text: visibleModified[0].text, parsed: visibleModified[0].parsed } : undefined;

  return {
    publishedAt: iso(best, zone),
    modifiedAt: iso(bestModified, zone),
    publishedText: best?.text ?? null,
    dateApproximate: best?.parsed.approximate ?? false,
  };
}

/** Date lines just after the headline first, then those just before it, then the rest. */
function rank(distance: number): number {
  return distance >= 0 ? distance : 10_000 - distance;
}
