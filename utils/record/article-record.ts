/** The structured record of one article, as extracted, stored and exported. */

import type { Mentions } from '../mentions/mention-types';

/** 2 added `mentions`; records of version 1 are upgraded by `upgradeRecord`. */
export const ARTICLE_SCHEMA_VERSION = 2 as const;

export type TextDirection = 'rtl' | 'ltr';

export interface RelatedLink {
  title: string;
  url: string;
}

export interface AlternateVersion {
  /** BCP 47 tag from `hreflang`, or `x-default`. */
  lang: string;
  url: string;
}

export interface ArticleRecord {
  schemaVersion: typeof ARTICLE_SCHEMA_VERSION;
  /** The address the page was read from, without tracking parameters or fragment. */
  url: string;
  /** `rel=canonical` (or `og:url`) on the same site, cleaned the same way; else `url`. */
  canonicalUrl: string;
  /** The headline, never the site's or the ministry's name. */
  title: string;
  byline: string | null;
  siteName: string | null;
  /** Original outlet of a republished item ("صدى البلد" from "المصدر: صدى البلد"). */
  source: string | null;
  /** The city the item was filed from ("Ankara", "القاهرة"). */
  dateline: string | null;
  /** BCP 47 language tag; never empty. */
  lang: string;
  dir: TextDirection;
  /** ISO 8601 with the site's real UTC offset, or a bare `YYYY-MM-DD` when the page gives no time. */
  publishedAt: string | null;
  modifiedAt: string | null;
  /** The raw text the published date was read from. */
  publishedText: string | null;
  /** True when the date was relative ("2 saat önce", "منذ ساعتين") and so only approximate. */
  dateApproximate: boolean;
  /** IANA zone the wall-clock times were resolved in, when known. */
  timeZone: string | null;
  excerpt: string | null;
  tags: string[];
  /** Related and "read also" items removed from the body, kept here instead. */
  relatedLinks: RelatedLink[];
  /** Other-language versions of the page from `hreflang` alternates and language switchers. */
  alternates: AlternateVersion[];
  /** The people (with their roles) and institutions the text names. */
  mentions: Mentions;
  /** Sanitised article HTML. */
  contentHtml: string;
  /** Plain text: one block per paragraph, blocks separated by a blank line. */
  text: string;
  wordCount: number;
  /** SHA-256 (hex) of the whitespace-collapsed text. */
  contentHash: string;
  extractedAt: string;
}

export type ExtractionFailureReason =
  | 'no-article'
  | 'not-html'
  | 'no-sanitizer'
  | 'internal-error';

export type ExtractionFailure = { ok: false; reason: ExtractionFailureReason; detail?: string };

export type ExtractionResult = { ok: true; record: ArticleRecord } | ExtractionFailure;

/** A record as read from the page, before the mentions are read from its text. */
export type PageRecord = Omit<ArticleRecord, 'mentions'>;

export type PageExtractionResult = { ok: true; record: PageRecord } | ExtractionFailure;
