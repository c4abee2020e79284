/**
 * The extraction pipeline: a page in, a clean article and its structured record out. Pure: the document,
 * its URL and the clock are arguments; nothing global is read and the live document is never changed.
 */

import { siteTimeZone } from '../dates/site-time-zone';
import { withMentions } from '../mentions/with-mentions';
import { ARTICLE_SCHEMA_VERSION, type ExtractionResult, type PageExtractionResult, type PageRecord } from '../record/article-record';
import { contentHash } from '../record/content-hash';
import { wordCount } from '../record/word-count';
import { foldKey } from '../text/fold-key';
import { normalizeInline } from '../text/normalize-text';
import { pruneBoilerplate } from './boilerplate/prune';
import { cleanTags } from './boilerplate/tag-values';
import { narrowToArticleBody } from './body-scope';
import { cloneDocument, protoGet } from './dom-safety';
import { measureTree } from './dom-tree';
import { findLeadBlocks, hasLedeConvention, restoreLeadBlocks } from './lead-blocks';
import { indexPage } from './page-index';
import { chooseArticleDates } from './metadata/article-dates';
import { chooseByline } from './metadata/byline';
import { chooseCanonicalUrl } from './metadata/canonical-url';
import { datelineAtStart } from './metadata/dateline';
import { agencySource } from './metadata/news-agencies';
import { firstMeta, readDeclaredMetadata, type DeclaredMetadata } from './metadata/head-metadata';
import { readLanguageSwitchers, withSwitcherAlternates } from './metadata/language-switcher';
import { decideLanguage } from './metadata/language';
import { siteHomeZone } from './metadata/site-home-zone';
import { chooseTitle } from './metadata/title';
import { cleanUrl, resolveLink } from './page-url';
import { runReadability } from './readability-step';
import { ALLOWED_ATTRIBUTES, createSanitizer, type HtmlSanitizer } from './sanitize-html';
import { serializeInnerHtml } from './serialize-html';
import { isTeaserList } from './teaser-list';
import { textBlocks } from './text-blocks';
import { capTreeDepth, collapseWrapperChains } from './tree-depth';
import { looksLikeLanguage } from './text-quality';

export interface ExtractOptions {
  /** The clock: relative dates and `extractedAt` are computed from it. */
  now: Date;
  /**
   * Window whose DOM DOMPurify runs on. Defaults to the document's own window (in the browser).
   * DOMPurify refuses DOMs without a spec-compliant parser, so Node callers pass `sanitizer` instead.
   */
  window?: Window;
  /** A ready sanitiser (in Node: `nodeSanitizer()`); takes precedence over `window`. */
  sanitizer?: HtmlSanitizer;
  /**
   * Set when the caller hands `doc` over and will not use it again (a page parsed only to be extracted,
   * as the batch command does): extraction then works on `doc` itself instead of on a copy. A live page
   * must never be passed with this flag.
   */
  consumeDocument?: boolean;
}

/** Below this many letters the page has no article worth a record. */
const MIN_ARTICLE_LETTERS = 60;
/** Readability output that is mostly links is a listing page, not an article. */
const MAX_CONTENT_LINK_DENSITY = 0.5;
const EXCERPT_CHARS = 300;

/**
 * Extracts the article of `doc` as a structured record.
 * Never throws and never changes `doc`; page scripts are never run (the work happens on an inert clone).
 * @param url the address the page was loaded from
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions): ExtractionResult {
  const page = extractPage(doc, url, options);
  return page.ok ? { ok: true, record: withMentions(page.record) } : page;
}

/**
 * `extractArticle` without the mentions: what the extractor injected into a tab runs, so that the
 * gazetteers stay out of every page and the background reads the mentions from the text instead.
 */
export function extractPage(doc: Document, url: string, options: ExtractOptions): PageExtractionResult {
  try {
    return extract(doc, url, options);
  } catch (error) {
    return { ok: false, reason: 'internal-error', detail: error instanceof Error ? error.message : String(error) };
  }
}

function extract(doc: Document, url: string, options: ExtractOptions): PageExtractionResult {
  const pageUrl = cleanUrl(url);
  if (!pageUrl) return { ok: false, reason: 'not-html', detail: 'invalid URL' };
  const sanitizer = options.sanitizer ?? createSanitizer(options.window ?? protoGet<Window>(doc, 'defaultView'));
  if (!sanitizer) return { ok: false, reason: 'no-sanitizer' };
  const { now } = options;

  const work = options.consumeDocument ? doc : cloneDocument(doc);
  if (!protoGet(work, 'documentElement')) return { ok: false, reason: 'not-html', detail: 'empty document' };
  // The index walk disarms clobbering attributes, so it comes before anything reads `work.*` (Readability included).
  const index = indexPage(work);
  if (!work.body) return { ok: false, reason: 'not-html', detail: 'no body' };
  // Flattened after the index walk (which unclobbers the DOM methods it uses) and before anything that walks ancestors.
  capTreeDepth(work.documentElement);

  const baseUrl = documentBase(index.baseElement, pageUrl);
  // Declared metadata is read before any element is removed.
  const declared = readDeclaredMetadata(work, index, pageUrl);
  // Language menus are page chrome, which boilerplate removal drops: they are read before it too.
  const switchers = readLanguageSwitchers(index.order, pageUrl, baseUrl);
  const { title, element: headline, siteName } = chooseTitle(index, declared, pageUrl);
  const zone =
    siteTimeZone({ hostname: new URL(pageUrl).hostname, lang: declared.htmlLang, locale: firstMeta(declared, 'og:locale') }) ??
    siteHomeZone(index.contactBlocks);
  const description = firstMeta(declared, 'og:description', 'description', 'twitter:description') ?? declared.jsonLd[0]?.description ?? null;

  const declaredBodies = index.itemprops.filter((el) => el.getAttribute('itemprop') === 'articleBody');
  const findings = pruneBoilerplate(work, { pageUrl, headline, declaredBodies, order: index.order, title, siteName, now, zone });
  // Lead blocks are found on the pruned page (so boilerplate is never mistaken for a spot) but before
  // narrowing and Readability, which drop whatever sits outside the body container.
  const leads = findings.tree && mayHaveLede(declared, title, description) ? findLeadBlocks(findings.tree, headline, description) : [];
  if (findings.tree) narrowToArticleBody(findings.tree, work.body, declaredBodies);
  // Last before Readability: pruning and narrowing leave the article's ancestors as bare wrappers.
  collapseWrapperChains(work.body);
  const article = runReadability(work);
  if (!article) return { ok: false, reason: 'no-article', detail: 'Readability found no article' };
  const { lang, dir } = decideLanguage(
    [declared.jsonLd[0]?.inLanguage, declared.htmlLang, declared.contentLanguage, firstMeta(declared, 'og:locale'), article.lang],
    article.content.textContent ?? '',
  );
  if (hasLedeConvention(lang)) restoreLeadBlocks(article.content, leads);
  removeHeadlineCopy(article.content, title ?? article.title);

  const size = measureTree(article.content).get(article.content);
  if (size && size.text > 0 && size.link / size.text > MAX_CONTENT_LINK_DENSITY) {
    return { ok: false, reason: 'no-article', detail: 'the page is a list of links' };
  }
  // Before sanitising, which drops links a page address outside the web (file://) cannot resolve.
  if (isTeaserList(article.content)) return { ok: false, reason: 'no-article', detail: 'the page is a list of teasers' };
  const clean = sanitizer.sanitize(serializeInnerHtml(article.content, ALLOWED_ATTRIBUTES), baseUrl);
  const blocks = textBlocks(clean);
  const text = blocks.join('\n\n');
  if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_ARTICLE_LETTERS) return { ok: false, reason: 'no-article', detail: 'too little text' };
  if (!looksLikeLanguage(text)) return { ok: false, reason: 'no-article', detail: 'the text is not language' };

  const dates = chooseArticleDates(declared, findings.dateLines, pageUrl, { now, zone });
  const canonicalUrl = chooseCanonicalUrl(declared, pageUrl);
  const opening = blocks.slice(0, 3).map(datelineAtStart).find((d) => d) ?? null;
  const record: PageRecord = {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    url: pageUrl,
    canonicalUrl,
    title: title || normalizeInline(article.title ?? '') || fallbackTitle(blocks),
    byline: chooseByline(declared, [...findings.bylines, ...(article.byline ? [article.byline] : [])], [siteName], pageUrl),
    siteName,
    source: findings.source ?? findings.issuers[0] ?? agencySource(opening?.agency ?? null, pageUrl, siteName),
    dateline: findings.datelines[0] ?? opening?.city ?? null,
    lang,
    dir,
    publishedAt: dates.publishedAt,
    modifiedAt: dates.modifiedAt,
    publishedText: dates.publishedText,
    dateApproximate: dates.dateApproximate,
    timeZone: zone,
    excerpt: chooseExcerpt(description, title, blocks),
    tags: cleanTags([...findings.tags, ...declaredTags(declared, title)], lang, [siteName, new URL(pageUrl).hostname]),
    relatedLinks: findings.relatedLinks.filter((l) => l.url !== canonicalUrl && l.url !== pageUrl),
    alternates: withSwitcherAlternates(declared.alternates, switchers, { lang, urls: [pageUrl, canonicalUrl] }),
    contentHtml: clean.innerHTML,
    text,
    wordCount: wordCount(text),
    contentHash: contentHash(text),
    extractedAt: now.toISOString(),
  };
  return { ok: true, record };
}

/**
 * Whether the page can be in a language whose lede sits outside the body (see `hasLedeConvention`), judged
 * from its declared language and its title and description, so that other pages skip looking for one.
 */
function mayHaveLede(declared: DeclaredMetadata, title: string | null, description: string | null): boolean {
  const { lang } = decideLanguage([declared.htmlLang, declared.contentLanguage], `${title ?? ''} ${description ?? ''}`);
  return lang === 'und' || hasLedeConvention(lang);
}

/** The page's `<base href>` when it is a web address, else the page URL. */
function documentBase(base: Element | null, pageUrl: string): string {
  const href = base?.getAttribute('href');
  const resolved = href ? resolveLink(href, pageUrl) : null;
  return resolved && /^https?:/.test(resolved) ? resolved : pageUrl;
}

/** Readability keeps a heading that repeats the headline when its title guess differs from ours. */
function removeHeadlineCopy(content: Element, title: string | null): void {
  if (!title) return;
  const key = foldKey(title);
  const first = content.querySelector('h1, h2, h3');
  if (first && foldKey(first.textContent ?? '') === key) first.remove();
}

/**
 * Tags the page declares: `article:tag`, JSON-LD keywords and keyword meta. A keyword list that only
 * repeats the headline word by word (some CMSs fill it that way) names no topics and is left out.
 */
function declaredTags(declared: DeclaredMetadata, title: string | null): string[] {
  const titleWords = new Set(foldKey(title ?? '').split(' '));
  const repeatsTitle = (terms: string[]) => {
    const fromTitle = terms.filter((t) => !t.trim().includes(' ') && titleWords.has(foldKey(t))).length;
    return terms.length >= 4 && fromTitle >= terms.length * 0.6;
  };
  const lists = [
    ...declared.jsonLd.map((a) => a.keywords),
    ...[firstMeta(declared, 'news_keywords'), firstMeta(declared, 'keywords')]
      .filter((v): v is string => !!v)
      .map((v) => v.split(/[,،;]/).map((t) => t.trim()).filter(Boolean)),
  ].filter((terms) => !repeatsTitle(terms));
  return [...(declared.meta.get('article:tag') ?? []), ...lists.flat().slice(0, 30)];
}

/** A title for a page that names none: the start of its first block, cut at a word. */
function fallbackTitle(blocks: string[]): string {
  const first = (blocks[0] ?? '').split('\n')[0]!.replace(/^(•|\d+\.)\s*/, '');
  if (first.length <= 90) return first;
  const cut = first.slice(0, 90);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

function chooseExcerpt(description: string | null, title: string | null, blocks: string[]): string | null {
  const desc = description ? normalizeInline(description) : '';
  if (desc.length >= 30 && (!title || foldKey(desc) !== foldKey(title))) return desc;
  const first = blocks.find((b) => b.length >= 60) ?? blocks[0];
  if (!first) return null;
  if (first.length <= EXCERPT_CHARS) return first;
  const cut = first.slice(0, EXCERPT_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 200))}…`;
}
