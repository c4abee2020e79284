/**
 * Listing and section pages: a column of linked headlines, each with a date and a one-line summary.
 * The summaries are not links, so the link density that rejects a bare list of links stays low, and
 * Readability takes the column for an article. What gives such a page away is headlines that link
 * elsewhere with little prose between them; an article's sub-headings are not links, and its
 * paragraphs run far longer than a teaser's summary.
 */

/** Fewer linked headlines than this are a "read also" box left in an article, not a listing. */
const MIN_LINKED_HEADLINES = 4;
/** Prose per linked headline below this is teaser summaries; an article has whole paragraphs per heading. */
const MAX_PROSE_PER_HEADLINE = 300;

function letters(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** True when `content` (the extracted article) is a list of teasers: linked headlines with short summaries. */
export function isTeaserList(content: Element): boolean {
  let linked = 0;
  let inHeadlines = 0;
  for (const heading of Array.from(content.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const chars = letters(heading.textContent ?? '');
    if (!chars) continue;
    let linkChars = 0;
    for (const a of Array.from(heading.querySelectorAll('a[href]'))) linkChars += letters(a.textContent ?? '');
    if (linkChars >= chars * 0.9) {
      linked++;
      inHeadlines += chars;
    }
  }
  if (linked < MIN_LINKED_HEADLINES) return false;
  const prose = letters(content.textContent ?? '') - inHeadlines;
  return prose < linked * MAX_PROSE_PER_HEADLINE;
}
