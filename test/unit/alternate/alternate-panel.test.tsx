// @vitest-environment jsdom
/**
 * The reader's other-language panel in jsdom: the permission asked inside the click, the fetched version
 * aligned beside the article, each failure named, a kept version shown without fetching, and keeping one.
 */

import 'fake-indexeddb/auto';
import fs from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ParallelView, type ParallelViewProps } from '../../../components/ParallelView';
import { AlternatePanel } from '../../../entrypoints/reader/AlternatePanel';
import { extractArticle } from '../../../utils/extract/extract-article';
import type { Clip, LinkedVersion } from '../../../utils/library/clip';
import { getClip, saveRecord } from '../../../utils/library/clip-store';
import { openLibraryDb } from '../../../utils/library/library-db';
import { nodeSanitizer, parseHtmlDocument } from '../../../utils/node/node-dom';
import type { ArticleRecord } from '../../../utils/record/article-record';
import { PAGES_DIR } from '../../support/golden-pages';
import { TR_EN_BEADS } from './parallel-releases';

const NOW = new Date('2025-11-20T10:00:00Z');
const truthUrl = (slug: string) => (JSON.parse(fs.readFileSync(path.join(PAGES_DIR, slug, 'truth.json'), 'utf8')) as { url: string }).url;
const source = (slug: string) => fs.readFileSync(path.join(PAGES_DIR, slug, 'source.html'), 'utf8');

function golden(slug: string): ArticleRecord {
  const result = extractArticle(parseHtmlDocument(source(slug)), truthUrl(slug), { now: NOW, sanitizer: nodeSanitizer() });
  if (!result.ok) throw new Error(result.reason);
  return result.record;
}

const turkish = golden('tr-disisleri-dil-secici');
const english = golden('en-disisleri-dil-secici');

let root: HTMLElement;
let views: Array<ParallelViewProps | null>;
let fetched: string[];
let permission: ReturnType<typeof vi.fn>;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  views = [];
  fetched = [];
  permission = vi.fn(async () => true);
  (fakeBrowser.permissions as unknown as { request: unknown }).request = permission;
  // The golden English page answers at its address; anything else is a 404.
  window.fetch = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    fetched.push(url);
    if (url === truthUrl('en-disisleri-dil-secici')) return new Response(source('en-disisleri-dil-secici'), { headers: { 'content-type': 'text/html; charset=utf-8' } });
    return new Response('not found', { status: 404, headers: { 'content-type': 'text/html' } });
  }) as typeof fetch;
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/**
 * Lets the panel finish what the click started: the loader is imported on demand, so this waits until
 * the panel has left its loading state (a bounded number of turns, not a time).
 */
async function settle(): Promise<void> {
  for (let i = 0; i < 20 || (root.querySelector('[data-testid="alternate-loading"]') && i < 2_000); i++) {
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  }
}

/** The panel as the reader holds it: the view it gives is kept and shown until it takes it back. */
function Harness(props: { clip: Clip | null; kept: LinkedVersion[]; unclipped: boolean; onKept: (clip: Clip) => void }) {
  const [view, setView] = useState<ParallelViewProps | null>(null);
  return (
    <AlternatePanel
      record={turkish}
      clip={props.clip}
      kept={props.kept}
      unclipped={props.unclipped}
      showing={view !== null}
      onShow={(next) => {
        views.push(next);
        setView(next);
      }}
      onKept={props.onKept}
    />
  );
}

function panel(props: { clip?: Clip | null; kept?: LinkedVersion[]; unclipped?: boolean; onKept?: (clip: Clip) => void } = {}) {
  render(<Harness clip={props.clip ?? null} kept={props.kept ?? []} unclipped={props.unclipped ?? false} onKept={props.onKept ?? (() => undefined)} />, root);
}

const button = (lang: string) => root.querySelector<HTMLButtonElement>(`[data-testid="alternate-open"][data-lang="${lang}"]`)!;

describe('AlternatePanel', () => {
  it('offers every other language the switcher names', () => {
    panel();
    const offered = [...root.querySelectorAll('[data-testid="alternate-open"]')].map((b) => [b.getAttribute('data-lang'), b.textContent]);
    expect(offered).toEqual([
      ['en', 'Open the English version alongside'],
      ['fr', 'Open the French version alongside'],
      ['ar', 'Open the Arabic version alongside'],
    ]);
  });

  it('asks for the site inside the click, then shows the version aligned beside the article', async () => {
    panel({ unclipped: true });
    act(() => button('en').click());
    // Asked synchronously, before the click handler returned: no prompt is shown outside a user gesture.
    expect(permission).toHaveBeenCalledWith({ origins: ['https://www.mfa.gov.tr/*'] });
    expect(root.querySelector('[data-testid="alternate-loading"]')?.textContent).toContain('Reading the English version…');
    await settle();
    expect(fetched).toEqual([truthUrl('en-disisleri-dil-secici')]);
    const view = views.at(-1)!;
    expect(view.left).toMatchObject({ lang: 'tr', dir: 'ltr' });
    expect(view.right).toMatchObject({ lang: 'en', dir: 'ltr', label: 'English · the site’s own version' });
    expect(view.rows[0]).toMatchObject({ role: 'title', left: { text: turkish.title }, right: { text: english.title } });
    const beads = view.rows.slice(1).map((row) => ({ a: row.left.kind === 'nodes' ? row.left.nodes.length : 0, b: row.right.kind === 'nodes' ? row.right.nodes.length : 0 }));
    expect(beads).toEqual(TR_EN_BEADS.map(({ a, b }) => ({ a: a.length, b: b.length })));

    const shown = document.createElement('div');
    document.body.append(shown);
    render(<ParallelView {...view} />, shown);
    const rows = [...shown.querySelectorAll('.parallel-row:not(.parallel-labels)')];
    expect(rows[3]!.querySelector('[data-side="right"]')!.textContent).toContain('The Parties reaffirmed the goal of raising the bilateral trade volume');
    expect(rows[6]!.querySelector('[data-side="right"]')!.getAttribute('data-kind')).toBe('empty');
    expect(shown.querySelector('.parallel-caption')?.textContent).toContain('The English version of this page, from mfa.gov.tr.');
    render(null, shown);
    shown.remove();

    panel({ unclipped: true });
    expect(root.querySelector('[data-testid="alternate-close"]')).not.toBeNull();
    expect(root.textContent).toContain('Clip the page to keep this version with it.');
    expect(root.querySelector('[data-testid="alternate-keep"]')).toBeNull();
  });

  it('says so when the site is refused, without fetching', async () => {
    permission.mockResolvedValue(false);
    panel();
    act(() => button('ar').click());
    await settle();
    const problem = root.querySelector('[data-testid="alternate-problem"]')!;
    expect(problem.getAttribute('data-reason')).toBe('permission-denied');
    expect(problem.textContent).toContain('Katib was not allowed to read mfa.gov.tr, so the Arabic version cannot be shown.');
    expect(fetched).toEqual([]);
    expect(views).toEqual([]);
  });

  it('names an address with no page behind it, and tries again from the same click', async () => {
    panel();
    act(() => button('fr').click());
    await settle();
    expect(root.querySelector('[data-testid="alternate-problem"]')?.getAttribute('data-reason')).toBe('http-status');
    expect(root.querySelector('[data-testid="alternate-problem"]')?.textContent).toContain('mfa.gov.tr answered with an error (404) instead of the French version.');
    act(() => root.querySelector<HTMLButtonElement>('[data-testid="alternate-retry"]')!.click());
    expect(permission).toHaveBeenCalledTimes(2);
  });

  it('shows a kept version without asking or fetching', async () => {
    const kept: LinkedVersion = { lang: 'en', url: english.url, record: english, linkedAt: '2025-04-23T08:00:00.000Z' };
    panel({ kept: [kept] });
    expect(button('en').textContent).toBe('Show the kept English version alongside');
    act(() => button('en').click());
    await settle();
    expect(permission).not.toHaveBeenCalled();
    expect(fetched).toEqual([]);
    expect(views.at(-1)?.rows[0]).toMatchObject({ right: { text: english.title } });
  });

  it('keeps a fetched version with the clip', async () => {
    const db = await openLibraryDb();
    const { clip } = await saveRecord(db, turkish, { now: NOW, newId: () => 'clip-tr-87' });
    const kept: Clip[] = [];
    panel({ clip, onKept: (saved) => kept.push(saved) });
    act(() => button('en').click());
    await settle();
    panel({ clip, onKept: (saved) => kept.push(saved) });
    act(() => root.querySelector<HTMLButtonElement>('[data-testid="alternate-keep"]')!.click());
    await settle();
    const stored = await getClip(db, 'clip-tr-87');
    // The same record as Node extracts, read in the page with its DOMParser and DOMPurify, on the page's clock.
    expect(stored?.linkedVersions).toEqual([{ lang: 'en', url: english.url, record: { ...english, extractedAt: expect.any(String) }, linkedAt: expect.any(String) }]);
    expect(kept.at(-1)?.linkedVersions).toEqual(stored?.linkedVersions);
    expect(root.querySelector('[data-testid="alternate-kept"]')?.textContent).toBe('Kept with the clip');
  });
});
