/** Article facts from JSON-LD blocks, read defensively: real sites ship broken, nested and hostile JSON. */

import { stripMarkup } from '../../text/normalize-text';

export interface JsonLdArticle {
  /** Schema.org type, e.g. NewsArticle, Article, WebPage. */
  type: string;
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  authors: string[];
  publisher: string | null;
  keywords: string[];
  inLanguage: string | null;
  url: string | null;
  description: string | null;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|PressRelease)$/;
const PAGE_TYPES = /^(WebPage|ItemPage|AboutPage|CollectionPage)$/;
const MAX_BLOCK_CHARS = 500_000;
const MAX_NODES = 2_000;

type Json = unknown;

function str(value: Json): string | null {
  if (typeof value === 'string') return stripMarkup(value).trim() || null;
  if (typeof value === 'number') return String(value);
  return null;
}

function firstString(value: Json): string | null {
  if (Array.isArray(value)) {
    for (const v of value) {
      const s = firstString(v);
      if (s) return s;
    }
    return null;
  }
  if (value && typeof value === 'object') return str((value as Record<string, Json>)['@value']);
  return str(value);
}

function names(value: Json): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const v of list.slice(0, 20)) {
    if (typeof v === 'string' && stripMarkup(v).trim()) out.push(stripMarkup(v).trim());
    else if (v && typeof v === 'object') {
      const name = str((v as Record<string, Json>)['name']);
      if (name) out.push(name);
    }
  }
  return out;
}

function keywordList(value: Json): string[] {
  if (typeof value === 'string') return stripMarkup(value).split(/[,،;]/).map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(value)) return value.flatMap((v) => (typeof v === 'string' ? keywordList(v) : names(v)));
  return [];
}

function typesOf(node: Record<string, Json>): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** Every object reachable through arrays, `@graph` and `mainEntity`, bounded so a hostile block cannot hang us. */
function collectNodes(root: Json): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const stack: Json[] = [root];
  let seen = 0;
  while (stack.length && seen++ < MAX_NODES) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (v && typeof v === 'object') {
      const node = v as Record<string, Json>;
      out.push(node);
      if (Object.hasOwn(node, '@graph')) stack.push(node['@graph']);
      if (Object.hasOwn(node, 'mainEntity')) stack.push(node['mainEntity']);
    }
  }
  return out;
}

function toArticle(node: Record<string, Json>, type: string): JsonLdArticle {
  const publisher = node['publisher'];
  const mainEntity = node['mainEntityOfPage'];
  return {
    type,
    headline: firstString(node['headline']) ?? firstString(node['name']),
    datePublished: firstString(node['datePublished']) ?? firstString(node['dateCreated']),
    dateModified: firstString(node['dateModified']),
    authors: names(node['author']).concat(names(node['creator'])).slice(0, 10),
    publisher: names(publisher)[0] ?? null,
    keywords: keywordList(node['keywords']).slice(0, 50),
    inLanguage: firstString(node['inLanguage']) ?? (node['inLanguage'] && typeof node['inLanguage'] === 'object' ? str((node['inLanguage'] as Record<string, Json>)['name']) : null),
    url:
      firstString(node['url']) ??
      (typeof mainEntity === 'string' ? mainEntity : mainEntity && typeof mainEntity === 'object' ? str((mainEntity as Record<string, Json>)['@id']) : null),
    description: firstString(node['description']),
  };
}

/**
 * Parses the `application/ld+json` blocks and returns article-like entries, articles before web pages.
 * Blocks that do not parse are skipped; values of the wrong type are ignored.
 */
export function readJsonLd(scripts: readonly Element[]): { articles: JsonLdArticle[]; publisherNames: string[] } {
  const articles: JsonLdArticle[] = [];
  const pages: JsonLdArticle[] = [];
  const publisherNames: string[] = [];
  for (const script of scripts) {
    const raw = script.textContent ?? '';
    if (!raw.trim() || raw.length > MAX_BLOCK_CHARS) continue;
    let data: Json;
    try {
      // Some CMSs wrap the JSON in HTML comments or CDATA markers.
      data = JSON.parse(raw.replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(-->|\/\/\s*\]\]>)\s*$/, ''));
    } catch {
      continue;
    }
    for (const node of collectNodes(data)) {
      const types = typesOf(node);
      const articleType = types.find((t) => ARTICLE_TYPES.test(t));
      const pageType = types.find((t) => PAGE_TYPES.test(t));
      if (articleType) articles.push(toArticle(node, articleType));
      else if (pageType) pages.push(toArticle(node, pageType));
      else if (types.some((t) => /^(Organization|NewsMediaOrganization|GovernmentOrganization|WebSite)$/.test(t))) {
        const name = str(node['name']);
        if (name) publisherNames.push(name);
      }
    }
  }
  return { articles: articles.concat(pages), publisherNames };
}
