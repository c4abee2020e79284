/**
 * Removes boilerplate from a cloned document before Readability scores it, and keeps what the removed
 * blocks say (related links, tags, source, bylines, dates, dateline) as findings.
 *
 * Order matters:
 * 1. scripts and other non-content elements go first, so no later measure counts their text;
 * 2. site chrome (header, footer, nav, aside outside the article) goes next, so dates in a site-wide
 *    date strip are never mistaken for the article's date;
 * 3. labelled sections ("إقرأ أيضاً", "İlgili Haberler", "Etiketler") are resolved before class patterns, so a
 *    second article pasted after a "read also" label is cut whole, and its tags never become ours;
 * 4. class and id patterns remove the boxes that carry no label;
 * 5. short info lines (dates, bylines, counters, source lines) are read and removed last, when only the
 *    article column is left and the first date line after the headline is the article's own.
 */

import type { RelatedLink } from '../../record/article-record';
import type { ParsedDate } from '../../dates/parse-date-text';
import { closest, hasOwnText, lineText, textOf, classTokens, type TextSize } from '../dom-tree';
import { normalizeInline } from '../../text/normalize-text';
import { PageTree } from '../page-tree';
import { datelineLine } from '../metadata/dateline';
import { classKind } from './class-patterns';
import { readInfoLine, type DateRole } from './info-line';
import { isShareLine, labelKind, leadingLabel, type BoilerplateKind } from './lexicon';
import { collectRelatedLinks } from './related-links';
import {
  creditLine,
  isBareCount,
  isConsentNotice,
  isEndMarker,
  isOpinionDisclaimer,
  isViewCounter,
  isWeatherReading,
  sourceLineValue,
} from './text-cues';
import { splitTagText } from './tag-values';
import { headlineCoverage } from './topic-overlap';

export interface PruneContext {
  pageUrl: string;
  /** The headline element, if one was found; it and its ancestors are never removed as boilerplate. */
  headline: Element | null;
  /** Elements the page marks as the article body (`itemprop=articleBody`); kept whatever their class names say. */
  declaredBodies: Element[];
  /** Every element of the document in order, when a walk already listed them (saves a walk). */
  order?: readonly Element[];
  title: string | null;
  siteName: string | null;
  now: Date;
  zone: string | null;
}

export interface DateLine {
  parsed: ParsedDate;
  role: DateRole;
  text: string;
  /** Position relative to the headline: positive after it, negative before. */
  distance: number;
}

export interface PruneFindings {
  relatedLinks: RelatedLink[];
  tags: string[];
  source: string | null;
  bylines: string[];
  dateLines: DateLine[];
  datelines: string[];
  /** Institutions named on a dateline line ("Ankara,Aile ve Sosyal Hizmetler Bakanlığı"). */
  issuers: string[];
  /** What was removed and why, in order (for diagnostics and tests). */
  removals: Array<{ reason: string; element: Element }>;
  /** The pruned body with sizes kept current, for the steps that follow. */
  tree: PageTree | null;
}

const NON_CONTENT = new Set(
  'SCRIPT STYLE LINK META TEMPLATE IFRAME FRAME FRAMESET OBJECT EMBED APPLET CANVAS MAP INPUT SELECT TEXTAREA BUTTON OPTION DIALOG svg SVG math MATH'.split(' '),
);
const CHROME_TAGS = new Set(['HEADER', 'FOOTER', 'NAV', 'ASIDE']);
const CHROME_ROLES = /^(banner|navigation|contentinfo|complementary|search|menu|menubar|dialog|alertdialog)$/;
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const INLINE_TAGS = new Set(['SPAN', 'TIME', 'SMALL', 'A', 'B', 'STRONG', 'I', 'EM', 'FONT', 'ABBR', 'LABEL', 'U', 'CITE', 'BDI']);
const BYLINE_CLASS = /(^|[-_])(author|authors|byline|yazar|writer|muhabir|reporter|kateb|editor-?name)([-_]|$)/;
const INLINE_LABEL_TAGS = new Set(['P', 'DIV', 'LI', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'SPAN', 'STRONG']);
const MAX_LABEL_CHARS = 60;
const MAX_LINE_CHARS = 160;
const MAX_DISCLAIMER_CHARS = 400;
/** Non-link text beyond which a container holds real prose and is not part of a boilerplate box. */
const PROSE_BEYOND_BOX = 120;

class Pruner {
  private readonly findings: PruneFindings;
  private tree: PageTree;
  private headlineIndex = -1;
  /** The headline and its ancestors: never removed as boilerplate. */
  private readonly headlinePath = new Set<Element>();
  /** Declared article bodies and their ancestors. */
  private readonly bodyPath = new Set<Element>();

  constructor(
    private readonly body: HTMLElement,
    private readonly ctx: PruneContext,
  ) {
    // The snapshot covers the whole document when the index walk already listed it in order. Its root is
    // taken from that list: some DOMs give cloned nodes the original's ownerDocument.
    this.tree = ctx.order?.[0] ? new PageTree(ctx.order[0], ctx.order) : new PageTree(body);
    this.findings = { relatedLinks: [], tags: [], source: null, bylines: [], dateLines: [], datelines: [], issuers: [], removals: [], tree: this.tree };
    for (let el: Element | null = ctx.headline; el; el = el.parentElement) this.headlinePath.add(el);
    for (const body of ctx.declaredBodies) for (let el: Element | null = body; el; el = el.parentElement) this.bodyPath.add(el);
  }

  run(): PruneFindings {
    this.headlineIndex = this.ctx.headline ? this.tree.indexOf(this.ctx.headline) : -1;
    this.removeNonContent();
    this.removeSiteChrome();
    this.removeLabelledSections();
    this.removeInlineLabels();
    this.removeClassPatternBlocks();
    this.readAndRemoveInfoLines();
    return this.findings;
  }

  private remove(el: Element, reason: string): void {
    if (this.tree.remove(el)) this.findings.removals.push({ reason, element: el });
  }

  /** Live elements in document order; an element removed while iterating skips its subtree. */
  private *walk(root: Element = this.body): Generator<Element> {
    const start = this.tree.indexOf(root);
    if (start < 0) return;
    const end = this.tree.end(start);
    for (let i = start; i < end; i++) {
      if (!this.tree.liveAt(i)) {
        i = this.tree.end(i) - 1;
        continue;
      }
      yield this.tree.order[i]!;
    }
  }

  // --- measures -----------------------------------------------------------------------------------

  private size(el: Element): TextSize {
    return this.tree.size(el);
  }

  private prose(el: Element): number {
    const s = this.size(el);
    return s.text - s.link;
  }

  private linkDense(el: Element): boolean {
    const s = this.size(el);
    return s.text > 0 && s.link / s.text >= 0.5;
  }

  /** Holds half the page's prose: this is the article or its wrapper, whatever its class says. */
  private holdsArticle(el: Element): boolean {
    const bodyProse = this.prose(this.body);
    return bodyProse > 0 && this.prose(el) >= bodyProse * 0.5;
  }

  private holdsHeadline(el: Element): boolean {
    return this.headlinePath.has(el);
  }

  private live(el: Element): boolean {
    return this.tree.live(el);
  }

  // --- 1. non-content ----------------------------------------------------------------------------

  private removeNonContent(): void {
    // One walk instead of one selector query per kind: selector lists are slow in some DOMs.
    for (const el of this.walk()) {
      if (el === this.body) continue;
      const tag = el.tagName;
      if (NON_CONTENT.has(tag)) this.remove(el, 'non-content');
      // Noscript fallbacks keep their images for Readability's lazy-image repair; the rest is noise.
      else if (tag === 'NOSCRIPT') {
        if (!/<img|<picture/i.test(el.innerHTML ?? '')) this.remove(el, 'non-content');
      } else if ((el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') && !this.holdsHeadline(el) && !el.querySelector('img')) {
        this.remove(el, 'hidden');
      }
    }
  }

  // --- 2. site chrome ----------------------------------------------------------------------------

  private removeSiteChrome(): void {
    for (const el of this.walk()) {
      if (el === this.body) continue;
      const role = el.getAttribute('role') ?? '';
      const chromeTag = CHROME_TAGS.has(el.tagName);
      if (!chromeTag && !CHROME_ROLES.test(role)) continue;
      // An article's own header and footer hold its title, date and byline: those stay for the later passes.
      if ((el.tagName === 'HEADER' || el.tagName === 'FOOTER') && closest(el.parentElement, (e) => e.tagName === 'ARTICLE' || e.tagName === 'MAIN')) continue;
      if (el.tagName !== 'NAV' && (this.holdsHeadline(el) || this.holdsArticle(el) || this.bodyPath.has(el))) continue;
      this.remove(el, `chrome:${el.tagName.toLowerCase()}${role ? `:${role}` : ''}`);
    }
  }

  // --- 3. labelled sections ----------------------------------------------------------------------

  private labelOf(el: Element): BoilerplateKind | null {
    const size = this.size(el);
    if (size.text === 0 || size.text > MAX_LABEL_CHARS || el === this.body) return null;
    if (this.holdsHeadline(el) || el.tagName === 'LI' || el.tagName === 'TD' || el.tagName === 'TH') return null;
    // A link labelled "Yorumlar" or "Paylaş" is a control, not a section heading; its box is handled by class or line passes.
    if (el.tagName === 'A' && el.parentElement && this.size(el.parentElement).text > size.text + 10) return null;
    return labelKind(lineText(el));
  }

  private removeLabelledSections(): void {
    const labels: Array<{ el: Element; kind: BoilerplateKind }> = [];
    let insideLabel = -1;
    for (const el of this.walk()) {
      const at = this.tree.indexOf(el);
      // The outermost element whose whole text is the label stands for it.
      if (at < insideLabel) continue;
      const kind = this.labelOf(el);
      if (kind) {
        labels.push({ el, kind });
        insideLabel = this.tree.end(at);
      }
    }
    const cut = labels.findIndex((l) => l.kind === 'read-also' && this.startsPastedArticle(this.labelBox(l.el)));
    if (cut >= 0) {
      // Related lists inside or after the pasted article are still related items; its tags are not ours.
      for (const l of labels.slice(cut + 1)) {
        if (l.kind === 'related' || l.kind === 'read-also') for (const el of this.sectionOf(l.el, l.kind)) collectRelatedLinks(el, this.ctx.pageUrl, this.findings.relatedLinks);
      }
      this.truncateFrom(this.labelBox(labels[cut]!.el));
    }
    for (const { el, kind } of cut >= 0 ? labels.slice(0, cut) : labels) {
      if (!this.live(el)) continue;
      const section = this.sectionOf(el, kind);
      for (const part of section) this.keepFindings(part, kind);
      for (const part of section) this.remove(part, `label:${kind}`);
    }
  }

  /** The label itself, or the wrapper around it that holds nothing else. */
  private labelBox(label: Element): Element {
    let box = label;
    while (box.parentElement && box.parentElement !== this.body && this.size(box.parentElement).text === this.size(box).text && !this.holdsHeadline(box.parentElement)) {
      box = box.parentElement;
    }
    return box;
  }

  /**
   * The elements a label heads. A label inside a box climbs to the box, as long as the box holds no real
   * prose of its own; a label standing alone in the article flow takes the following link lists with it.
   * Comment labels take everything after them: comments come last.
   */
  private sectionOf(label: Element, kind: BoilerplateKind): Element[] {
    let box = label;
    for (;;) {
      const parent = box.parentElement;
      if (!parent || parent === this.body || parent.tagName === 'ARTICLE' || parent.tagName === 'MAIN') break;
      if (this.holdsHeadline(parent) || this.holdsArticle(parent)) break;
      if (this.prose(parent) - this.prose(box) > PROSE_BEYOND_BOX) break;
      box = parent;
    }
    const section = [box];
    // A box that already holds its items (links) is the whole section; only a bare label takes siblings.
    if (kind === 'ad' || kind === 'share' || (kind !== 'comments' && box.querySelector('a[href]'))) return section;
    for (let sib = box.nextElementSibling; sib; sib = sib.nextElementSibling) {
      if (!this.live(sib)) continue;
      const size = this.size(sib);
      if (kind === 'comments') {
        // Comments follow their heading to the end, but a "Comments" button in a toolbar heads nothing,
        // and a block of long paragraphs is the article, not a comment.
        if (!HEADINGS.has(label.tagName) || this.holdsHeadline(sib) || this.holdsLongParagraph(sib)) break;
        section.push(sib);
      } else if (size.text === 0 && !sib.querySelector('img')) continue;
      else if (this.holdsLabel(sib) || HEADINGS.has(sib.tagName) || sib.tagName === 'P') break;
      else if (this.linkDense(sib) || size.text < 25 || ((kind === 'tags' || kind === 'toc') && size.text < 300 && sib.querySelector('a'))) {
        section.push(sib);
      } else break;
    }
    return section;
  }

  /** True when `el` holds a paragraph of article length. */
  private holdsLongParagraph(el: Element): boolean {
    for (const e of this.walk(el)) if (e.tagName === 'P' && this.prose(e) >= 300) return true;
    return false;
  }

  /** True when a label of its own heads `el` (the next section starts there). */
  private holdsLabel(el: Element): boolean {
    if (this.size(el).text > 2000) return false;
    for (const e of this.walk(el)) if (this.labelOf(e) !== null) return true;
    return false;
  }

  private keepFindings(el: Element, kind: BoilerplateKind): void {
    if (kind === 'related' || kind === 'read-also') collectRelatedLinks(el, this.ctx.pageUrl, this.findings.relatedLinks);
    if (kind === 'tags') this.findings.tags.push(...tagValues(el));
  }

  /**
   * True when what follows a "read also" label is another article: a headline, then prose about that
   * headline rather than about ours. A list of links after the label is an ordinary related block.
   */
  private startsPastedArticle(box: Element): boolean {
    if (this.proseBefore(box) < 300) return false;
    let next = box.nextElementSibling;
    while (next && (!this.live(next) || this.size(next).text === 0)) next = next.nextElementSibling;
    if (!next) return false;
    const { headline, passage } = this.headlineAndPassage(next);
    if (!headline || passage.length < 150) return false;
    return this.aboutOtherHeadline(headline, passage);
  }

  /** The teaser headline starting at `start`, and the prose that follows it (inside `start` or after it). */
  private headlineAndPassage(start: Element): { headline: string | null; passage: string } {
    let headlineEl: Element | null = null;
    // The first element that shows text decides: a heading, a link or bold text is a headline.
    for (const el of this.walk(start)) {
      if (this.size(el).text === 0) continue;
      const isHeading = HEADINGS.has(el.tagName);
      const linkOnly = this.size(el).link === this.size(el).text && this.size(el).text <= 200;
      const boldOnly = (el.tagName === 'STRONG' || el.tagName === 'B') && this.size(el).text <= 200;
      if (isHeading || linkOnly || boldOnly) {
        headlineEl = el;
        break;
      }
      if (hasOwnText(el)) break;
    }
    if (!headlineEl) return { headline: null, passage: '' };
    const parts: string[] = [];
    const inside = textOf(start).slice(textOf(headlineEl).length);
    if (inside.length > 40) parts.push(inside);
    for (let sib = start.nextElementSibling, n = 0; sib && n < 4; sib = sib.nextElementSibling, n++) {
      if (this.live(sib) && !this.linkDense(sib)) parts.push(textOf(sib));
    }
    return { headline: textOf(headlineEl), passage: parts.join(' ') };
  }

  private aboutOtherHeadline(teaser: string, passage: string): boolean {
    if (!this.ctx.title) return true;
    const other = headlineCoverage(teaser, passage);
    const ours = headlineCoverage(this.ctx.title, passage);
    return other >= 0.3 && other > ours + 0.1;
  }

  private proseBefore(el: Element): number {
    let total = 0;
    for (let cur: Element | null = el; cur && cur !== this.body; cur = cur.parentElement) {
      for (let sib = cur.previousElementSibling; sib; sib = sib.previousElementSibling) if (this.live(sib)) total += this.prose(sib);
      if (total >= 300) break;
    }
    return total;
  }

  /** Removes `from` and everything after it in document order, keeping the pasted headline as a related link. */
  private truncateFrom(from: Element): void {
    let next = from.nextElementSibling;
    while (next && this.size(next).text === 0) next = next.nextElementSibling;
    if (next) {
      const link = next.tagName === 'A' ? next : next.querySelector('a[href]');
      if (link) collectRelatedLinks(link, this.ctx.pageUrl, this.findings.relatedLinks);
    }
    for (let cur: Element | null = from; cur && cur !== this.body; cur = cur.parentElement) {
      const following: Element[] = [];
      for (let sib = cur.nextElementSibling; sib; sib = sib.nextElementSibling) following.push(sib);
      for (const sib of following) {
        for (const el of this.walk(sib)) {
          const kind = classKind(classTokens(el));
          if (kind === 'related' || kind === 'read-also') collectRelatedLinks(el, this.ctx.pageUrl, this.findings.relatedLinks);
        }
        this.remove(sib, 'pasted-article');
      }
    }
    this.remove(from, 'pasted-article');
  }

  // --- 3b. labels inline with their items: "read also" paragraphs, "Etiketler: a, b" lines ---------------------------------------------------------

  private removeInlineLabels(): void {
    for (const el of this.walk()) {
      if (!INLINE_LABEL_TAGS.has(el.tagName) || this.holdsHeadline(el)) continue;
      const size = this.size(el);
      // Tag lists run long; a read-also line does not.
      if (size.text === 0 || size.text > (this.linkDense(el) ? 1500 : 400)) continue;
      const text = lineText(el);
      const label = leadingLabel(text);
      if (label?.kind === 'tags' && size.link > 0 && size.link >= (label.rest.replace(/\s/g, '').length || 1) * 0.5) {
        this.findings.tags.push(...tagValues(el));
        this.remove(el, 'inline-tags');
        continue;
      }
      if (!label || (label.kind !== 'read-also' && label.kind !== 'related')) continue;
      // The item is a link, or a headline that the block links somewhere; a bare "See more photos:" is prose.
      const restIsLink = size.link >= (label.rest.replace(/\s/g, '').length || 1) * 0.6;
      if (!restIsLink && (label.rest.length > 200 || size.link === 0)) continue;
      // The whole line is the read-also item: take its block, not just an inner span.
      const block = INLINE_TAGS.has(el.tagName) && el.parentElement && this.size(el.parentElement).text === size.text ? el.parentElement : el;
      collectRelatedLinks(block, this.ctx.pageUrl, this.findings.relatedLinks);
      const pasted = restIsLink && label.rest && this.followedByArticleAbout(block, label.rest);
      if (pasted) this.truncateFrom(block);
      else this.remove(block, 'inline-read-also');
    }
  }

  /**
   * A "read also" line followed by another article. Without a heading to go by, the evidence has to be
   * stronger than after a standalone label: a headline-length teaser and a passage clearly about it.
   */
  private followedByArticleAbout(block: Element, teaser: string): boolean {
    if (this.proseBefore(block) < 300 || teaser.split(/\s+/).length < 5) return false;
    const parts: string[] = [];
    for (let sib = block.nextElementSibling, n = 0; sib && n < 4; sib = sib.nextElementSibling, n++) if (this.live(sib) && !this.linkDense(sib)) parts.push(textOf(sib));
    const passage = parts.join(' ');
    if (passage.length < 300) return false;
    const other = headlineCoverage(teaser, passage);
    return other >= 0.5 && (!this.ctx.title || other > headlineCoverage(this.ctx.title, passage) + 0.2);
  }

  // --- 4. class and id patterns ------------------------------------------------------------------

  private removeClassPatternBlocks(): void {
    for (const el of this.walk()) {
      if (el === this.body) continue;
      const kind = classKind(classTokens(el));
      if (!kind) continue;
      if (this.holdsHeadline(el) || this.holdsArticle(el) || this.bodyPath.has(el) || isDeclaredArticle(el)) continue;
      // Chrome classes are weaker evidence than a tag: only boxes that are mostly links or small go.
      if (kind === 'chrome' && !this.linkDense(el) && this.prose(el) > 400) continue;
      if (kind === 'related' || kind === 'read-also') collectRelatedLinks(el, this.ctx.pageUrl, this.findings.relatedLinks);
      if (kind === 'tags') this.findings.tags.push(...tagValues(el));
      if (kind === 'author-box') this.findings.bylines.push(...this.creditsIn(el));
      this.remove(el, `class:${kind}`);
    }
  }

  // --- 5. info lines -----------------------------------------------------------------------------

  private isLine(el: Element): boolean {
    const size = this.size(el);
    if (size.text === 0 || size.text > MAX_LINE_CHARS || el === this.body) return false;
    if (closest(el, (e) => e.tagName === 'TABLE' || e.tagName === 'PRE' || e.tagName === 'BLOCKQUOTE' || e.tagName === 'FIGCAPTION', this.body)) return false;
    // An inline element is a line only inside a short meta strip, never inside a sentence.
    if (INLINE_TAGS.has(el.tagName)) {
      const parent = el.parentElement;
      if (parent && parent !== this.body && this.size(parent).text > 200) return false;
    }
    return true;
  }

  private readAndRemoveInfoLines(): void {
    const reading = { now: this.ctx.now, zone: this.ctx.zone };
    for (const el of this.walk()) {
      const chars = this.size(el).text;
      if (chars === 0 || chars > MAX_DISCLAIMER_CHARS || this.holdsHeadline(el)) continue;
      const text = lineText(el);
      if (!text) continue;
      // Comment-policy notes run to a few sentences; everything else here is a short line.
      if (!INLINE_TAGS.has(el.tagName) && isOpinionDisclaimer(text)) {
        this.remove(el, 'line:disclaimer');
        continue;
      }
      if (!this.isLine(el)) continue;
      // A wrapper around a single element says nothing its child does not; the child is read instead.
      if (el.children.length === 1 && !hasOwnText(el) && !BYLINE_CLASS.test(el.getAttribute('class') ?? '')) continue;
      const index = this.tree.indexOf(el);
      const distance = this.headlineIndex >= 0 ? index - this.headlineIndex : index;

      // Links above the headline are kickers, section names and crumbs, never the article.
      if (distance < 0 && this.linkDense(el)) {
        this.remove(el, 'line:pre-headline-link');
        continue;
      }
      const label = labelKind(text);
      if (label === 'ad' || label === 'share' || isShareLine(text)) {
        this.remove(el, `line:${label}`);
        continue;
      }
      if (isConsentNotice(text)) {
        this.remove(this.consentBox(el), 'line:consent');
        continue;
      }
      const source = sourceLineValue(text);
      if (source) {
        this.findings.source ??= normalizeInline(source);
        this.remove(el, 'line:source');
        continue;
      }
      const info = readInfoLine(text, reading);
      if (info) {
        for (const d of info.dates) this.findings.dateLines.push({ ...d, distance });
        const byline = info.byline ?? this.bylineInside(el);
        if (byline) this.findings.bylines.push(byline);
        this.remove(el, 'line:date');
        continue;
      }
      const credit = creditLine(text);
      const byline = credit ? (credit.role === 'author' ? credit.name : null) : this.bylineByClass(el, text);
      if (credit || byline) {
        if (byline) this.findings.bylines.push(normalizeInline(byline));
        this.remove(el, 'line:credit');
        continue;
      }
      if (isViewCounter(text) || isWeatherReading(text) || (isBareCount(text) && this.besideIcon(el))) {
        this.remove(el, 'line:counter');
        continue;
      }
      if (isEndMarker(text)) {
        const stamp = el.nextElementSibling;
        if (stamp && /^[\d\u0660-\u0669:\s]+(?:ت\s*م|[صم]|GMT|TSİ)?$/.test(textOf(stamp))) this.remove(stamp, 'line:end-marker');
        this.remove(el, 'line:end-marker');
        continue;
      }
      // A bare city before the headline is a section link ("İSTANBUL"), not a dateline.
      const dateline = distance > 0 && el.tagName !== 'A' && !HEADINGS.has(el.tagName) ? datelineLine(text) : null;
      if (dateline) {
        this.findings.datelines.push(normalizeInline(dateline.city));
        if (dateline.institution) this.findings.issuers.push(normalizeInline(dateline.institution));
        this.remove(el, 'line:dateline');
      }
    }
  }

  /** Author names on the credit lines of an author box. */
  private creditsIn(box: Element): string[] {
    const names: string[] = [];
    for (const el of this.walk(box)) {
      if (this.size(el).text > 90) continue;
      const credit = creditLine(textOf(el));
      if (credit?.role === 'author') names.push(credit.name);
    }
    return names;
  }

  /** The author's name from a byline element inside a meta strip that is being removed. */
  private bylineInside(strip: Element): string | null {
    for (const el of this.walk(strip)) {
      const byline = el === strip ? null : this.bylineByClass(el, textOf(el));
      if (byline) return byline;
    }
    return null;
  }

  /** An author's name in an element named for it (`class="hd-author"`, `class="yazar"`). */
  private bylineByClass(el: Element, text: string): string | null {
    if (text.length > 60 || /\d/.test(text) || !classTokens(el).some((t) => BYLINE_CLASS.test(t))) return null;
    const words = text.split(/\s+/);
    return words.length >= 2 && words.length <= 5 && !labelKind(text) ? text.replace(/[:：]$/, '') : null;
  }

  private besideIcon(el: Element): boolean {
    return !!el.querySelector('i, img, svg, [class*="icon"], [class*="fa-"]') || !!el.previousElementSibling?.matches('i, img, [class*="icon"], [class*="fa-"]');
  }

  private consentBox(el: Element): Element {
    let box = el;
    while (box.parentElement && box.parentElement !== this.body && this.size(box.parentElement).text <= 700 && !this.holdsHeadline(box.parentElement)) {
      box = box.parentElement;
    }
    return box;
  }
}

/** Markup that says "this is the article body": never boilerplate, whatever its class names say. */
function isDeclaredArticle(el: Element): boolean {
  if (el.tagName === 'ARTICLE' || el.tagName === 'MAIN') return true;
  const itemprop = el.getAttribute('itemprop');
  return itemprop === 'articleBody' || itemprop === 'text' || el.getAttribute('role') === 'main';
}

/** The tag names in a tag block: its link texts, or its text split on separators. */
function tagValues(el: Element): string[] {
  const links = Array.from(el.querySelectorAll('a')).map((a) => textOf(a));
  const values = links.length ? links : splitTagText(textOf(el));
  return values.filter((v) => v && !labelKind(v));
}

/**
 * Prunes `doc` in place (it must be a clone) and returns what the removed blocks said.
 * @param doc a disposable copy of the page
 */
export function pruneBoilerplate(doc: Document, ctx: PruneContext): PruneFindings {
  const body = doc.body;
  if (!body) return { relatedLinks: [], tags: [], source: null, bylines: [], dateLines: [], datelines: [], issuers: [], removals: [], tree: null };
  return new Pruner(body, ctx).run();
}
