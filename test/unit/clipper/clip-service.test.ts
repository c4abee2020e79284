/**
 * The background's clip flow, end to end in Node: a fake injection returns what the extractor would,
 * the library is fake-indexeddb. Browser APIs are the only thing replaced.
 */

import { describe, expect, it } from 'vitest';
import { createClipService, type ClipServiceDeps } from '../../../utils/clipper/clip-service';
import { extractionReply } from '../../../utils/clipper/extraction-reply';
import type { SavedClip } from '../../../utils/messaging/protocol';
import type { ArticleRecord } from '../../../utils/record/article-record';
import { freshLibrary } from '../../library/fake-db';
import { hashOf, makeRecord, pageRecordOf } from '../../library/records';

async function setup(pages: Record<number, unknown>, overrides: Partial<ClipServiceDeps> = {}) {
  const { db } = await freshLibrary();
  const injected: number[] = [];
  const saved: Array<[SavedClip, number | undefined]> = [];
  let clock = Date.parse('2025-11-20T10:00:00Z');
  const service = createClipService({
    inject: async (tabId) => {
      injected.push(tabId);
      const page = pages[tabId];
      if (page instanceof Error) throw page;
      return page;
    },
    library: async () => db,
    now: () => new Date(clock),
    onSaved: (s, tabId) => saved.push([s, tabId]),
    ...overrides,
  });
  return { db, service, injected, saved, tick: (ms: number) => (clock += ms) };
}

const ok = (record: ArticleRecord) => extractionReply({ ok: true, record: pageRecordOf(record) }, 'text/html');

describe('readTab', () => {
  it('returns the record and no clip for a page not yet in the library', async () => {
    const record = makeRecord({ lang: 'ar' });
    const { service } = await setup({ 7: ok(record) });
    const reply = await service.readTab({ id: 7, url: record.url });
    expect(reply).toEqual({ ok: true, record, clip: null });
  });

  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['about:addons', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'store-page'],
    ['https://example.org/report.pdf', 'pdf'],
    ['data:text/html,hi', 'not-web'],
  ])('refuses %s as %s without injecting', async (url, code) => {
    const { service, injected } = await setup({});
    const reply = await service.readTab({ id: 1, url });
    expect(reply).toMatchObject({ ok: false, problem: { code } });
    expect(injected).toEqual([]);
  });

  it.each([
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', 'https://a.example/x', 'no-access'],
    ['Missing host permission for the tab', 'https://a.example/x', 'no-access'],
    ['No tab with id: 12.', 'https://a.example/x', 'tab-gone'],
    ['Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.', 'file:///tmp/a.html', 'file-page'],
    ['The extensions gallery cannot be scripted.', undefined, 'store-page'],
    ['Something odd', 'https://a.example/x', 'internal'],
  ])('maps the injection error "%s" to a problem', async (message, url, code) => {
    const { service } = await setup({ 3: new Error(message) });
    expect(await service.readTab({ id: 3, url })).toMatchObject({ ok: false, problem: { code } });
  });

  it.each([
    [extractionReply({ ok: false, reason: 'no-article' }, 'text/html'), 'no-article'],
    [extractionReply({ ok: false, reason: 'not-html' }, 'application/pdf'), 'pdf'],
    [extractionReply({ ok: false, reason: 'not-html' }, 'image/png'), 'not-html'],
    [{ kind: 'something-else' }, 'internal'],
    [extractionReply({ ok: true, record: { ...pageRecordOf(makeRecord()), contentHash: 'not-a-hash' } }, 'text/html'), 'internal'],
    // Mentions are read by the background from the text; a page that sends its own is refused.
    [extractionReply({ ok: true, record: makeRecord() }, 'text/html'), 'internal'],
    [undefined, 'internal'],
  ])('turns the reply %# into the problem %s', async (reply, code) => {
    const { service } = await setup({ 4: reply });
    expect(await service.readTab({ id: 4, url: 'https://a.example/x' })).toMatchObject({ ok: false, problem: { code } });
  });

  it('says the page is clipped, and whether its text changed since', async () => {
    const record = makeRecord({ lang: 'tr' });
    const { service } = await setup({ 1: ok(record), 2: ok({ ...record, text: 'Yeni metin.', contentHash: hashOf('Yeni metin.') }) });
    await service.clipTab({ id: 1, url: record.url });
    const same = await service.readTab({ id: 1, url: record.url });
    expect(same).toMatchObject({ ok: true, clip: { sameContent: true, version: 1 } });
    const changed = await service.readTab({ id: 2, url: record.url });
    expect(changed).toMatchObject({ ok: true, clip: { sameContent: false, version: 1 } });
  });
});

describe('clipTab', () => {
  it('adds, then reports unchanged, then a new version, never a duplicate', async () => {
    const record = makeRecord({ lang: 'ar' });
    const edited = { ...record, text: `${record.text}\n\nتحديث.`, contentHash: hashOf(`${record.text}\n\nتحديث.`) };
    const pages: Record<number, unknown> = { 5: ok(record) };
    const { service, db, saved, tick } = await setup(pages);

    const first = await service.clipTab({ id: 5, url: record.url });
    expect(first).toMatchObject({ ok: true, saved: { status: 'added', version: 1, previouslyClippedAt: null } });
    tick(120_000);
    const again = await service.clipTab({ id: 5, url: record.url });
    expect(again).toMatchObject({ ok: true, saved: { status: 'unchanged', previouslyClippedAt: '2025-11-20T10:00:00.000Z' } });
    pages[5] = ok(edited);
    tick(120_000);
    const updated = await service.clipTab({ id: 5, url: record.url });
    expect(updated).toMatchObject({ ok: true, saved: { status: 'updated', version: 2 } });

    expect(await db.count('clips')).toBe(1);
    expect(await db.count('versions')).toBe(1);
    expect(saved.map(([s, tab]) => [s.status, tab])).toEqual([
      ['added', 5],
      ['unchanged', 5],
      ['updated', 5],
    ]);
  });

  it('reuses a fresh read of the same page instead of injecting again', async () => {
    const record = makeRecord();
    const { service, injected, tick } = await setup({ 9: ok(record) });
    await service.readTab({ id: 9, url: record.url });
    await service.clipTab({ id: 9, url: record.url });
    expect(injected).toEqual([9]);
    // A stale read, or one of another address, is read again.
    tick(61_000);
    await service.clipTab({ id: 9, url: record.url });
    await service.clipTab({ id: 9, url: `${record.url}?page=2` });
    expect(injected).toEqual([9, 9, 9]);
  });

  it('reads again after the tab was forgotten (it navigated)', async () => {
    const record = makeRecord();
    const { service, injected } = await setup({ 2: ok(record) });
    await service.readTab({ id: 2, url: record.url });
    service.forgetTab(2);
    await service.clipTab({ id: 2, url: record.url });
    expect(injected).toEqual([2, 2]);
  });

  it('files a page read at its own address under the clip of its canonical address', async () => {
    const canonical = makeRecord({ lang: 'tr', url: 'https://www.aile.gov.tr/haberler/x', canonicalUrl: 'https://www.aile.gov.tr/haberler/x' });
    // Later the same page is read from an address whose canonical link is missing.
    const mobile = { ...canonical, url: 'https://m.aile.gov.tr/haberler/x', canonicalUrl: 'https://m.aile.gov.tr/haberler/x' };
    const { service, db } = await setup({ 1: ok(canonical), 2: ok({ ...mobile, url: canonical.url, canonicalUrl: mobile.canonicalUrl }) });
    await service.clipTab({ id: 1, url: canonical.url });
    const second = await service.clipTab({ id: 2, url: canonical.url });
    expect(second).toMatchObject({ ok: true, saved: { status: 'unchanged' } });
    expect(await db.count('clips')).toBe(1);
  });

  it('links a republished copy at another address to the first clip, naming its site', async () => {
    const ministry = makeRecord({ lang: 'ar', url: 'https://www.moss.gov.eg/ar-eg/Pages/news-details.aspx?nid=1' });
    const aggregator = { ...ministry, url: 'https://www.elbalad.news/123', canonicalUrl: 'https://www.elbalad.news/123', siteName: 'صدى البلد' };
    const { service } = await setup({ 1: ok({ ...ministry, siteName: 'وزارة التضامن الاجتماعي' }), 2: ok(aggregator) });
    const first = await service.clipTab({ id: 1, url: ministry.url });
    const copy = await service.clipTab({ id: 2, url: aggregator.url });
    expect(copy).toMatchObject({ ok: true, saved: { status: 'added', duplicate: { site: 'وزارة التضامن الاجتماعي' } } });
    if (!first.ok || !copy.ok) throw new Error('clips failed');
    expect(copy.saved.duplicate?.id).toBe(first.saved.id);
  });

  it('applies the user edits, with tags tidied', async () => {
    const record = makeRecord({ lang: 'tr' });
    const { service, db } = await setup({ 1: ok(record) });
    const reply = await service.clipTab({ id: 1, url: record.url }, { title: '  Kısa başlık ', note: 'Not', userTags: [' İİT ', 'iit', '', 'Kahire'] });
    if (!reply.ok) throw new Error('clip failed');
    const stored = await db.get('clips', reply.saved.id);
    expect(stored).toMatchObject({ title: 'Kısa başlık', note: 'Not', userTags: ['İİT', 'Kahire'] });
  });

  it('passes on the problem when the page cannot be read, and saves nothing', async () => {
    const { service, db, saved } = await setup({ 1: extractionReply({ ok: false, reason: 'no-article' }, 'text/html') });
    expect(await service.clipTab({ id: 1, url: 'https://www.aa.com.tr/tr' })).toMatchObject({ ok: false, problem: { code: 'no-article' } });
    expect(await db.count('clips')).toBe(0);
    expect(saved).toEqual([]);
  });

  it('turns a library failure into its problem code', async () => {
    const record = makeRecord();
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    const { service } = await setup({ 1: ok(record) }, { library: () => Promise.reject(quota) });
    expect(await service.clipTab({ id: 1, url: record.url })).toMatchObject({ ok: false, problem: { code: 'quota' } });
  });

  it('clips twenty tabs at once into exactly the right records', async () => {
    const records = Array.from({ length: 20 }, (_, i) => makeRecord({ url: `https://www.trthaber.com/haber/${i % 10}`, text: `Metin ${i % 10}.`, contentHash: hashOf(`Metin ${i % 10}.`) }));
    const pages = Object.fromEntries(records.map((r, i) => [i, ok(r)]));
    const { service, db } = await setup(pages);
    const replies = await Promise.all(records.map((r, i) => service.clipTab({ id: i, url: r.url })));
    expect(replies.every((r) => r.ok)).toBe(true);
    expect(await db.count('clips')).toBe(10);
    const statuses = replies.map((r) => (r.ok ? r.saved.status : 'failed')).sort();
    expect(statuses.filter((s) => s === 'added')).toHaveLength(10);
    expect(statuses.filter((s) => s === 'unchanged')).toHaveLength(10);
  });
});

describe('clipForAddress', () => {
  it('finds a clip by the tab address, tracking parameters removed', async () => {
    const record = makeRecord({ url: 'https://www.aa.com.tr/tr/dunya/x/123' });
    const { service } = await setup({ 1: ok(record) });
    await service.clipTab({ id: 1, url: record.url });
    expect((await service.clipForAddress('https://www.aa.com.tr/tr/dunya/x/123?utm_source=twitter#top'))?.canonicalUrl).toBe(record.canonicalUrl);
    expect(await service.clipForAddress('https://www.aa.com.tr/tr/dunya/x/124')).toBeNull();
    expect(await service.clipForAddress('not a url')).toBeNull();
  });
});
