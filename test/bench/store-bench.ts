/**
 * `npm run bench:store`: the library with 10,000 realistic clips (Arabic and Turkish news text, built from
 * the golden pages' sentences), in fake-indexeddb. One run, one table:
 * insert time, opening the library (summaries + search index), search latency p50/p95 for ten queries
 * (folded Arabic and Turkish among them), CSV and JSON export time and peak heap, and the floor beside
 * them: `JSON.stringify` of the same 10,000 clips held in memory.
 *
 * Run with `--expose-gc` (the npm script does) for clean memory baselines. Options: `--clips=N`.
 */

import 'fake-indexeddb/auto';
import fs from 'node:fs';
import path from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import type { Clip } from '../../utils/library/clip';
import { summarise } from '../../utils/library/clip-summary';
import { clipBatches, listSummaries, toStored } from '../../utils/library/clip-store';
import { exportChunks, type ExportFormat } from '../../utils/library/export/export-writer';
import { openLibraryDb } from '../../utils/library/library-db';
import { SearchIndex } from '../../utils/library/search-index';
import { contentHash } from '../../utils/record/content-hash';
import { ARTICLE_SCHEMA_VERSION } from '../../utils/record/article-record';
import { extractMentions } from '../../utils/mentions/extract-mentions';
import { PAGES_DIR } from '../support/golden-pages';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const COUNT = Number(args.get('clips') ?? 10_000);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** A deterministic random generator (mulberry32), so every run builds the same library. */
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentencePools(): Record<'ar' | 'tr', string[]> {
  const pools = { ar: [] as string[], tr: [] as string[] };
  for (const slug of fs.readdirSync(PAGES_DIR)) {
    const file = path.join(PAGES_DIR, slug, 'expected.txt');
    if (!fs.existsSync(file)) continue;
    const lang = slug.startsWith('ar-') ? 'ar' : 'tr';
    const sentences = fs.readFileSync(file, 'utf8').split(/(?<=[.!?؟،])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length > 30);
    pools[lang].push(...sentences);
  }
  return pools;
}

function buildClips(count: number): Clip[] {
  const rnd = random(42);
  const pools = sentencePools();
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const sites = { ar: ['صدى البلد', 'اليوم السابع', 'بوابة الأخبار', 'وكالة الأنباء الأردنية', 'مصراوي'], tr: ['Anadolu Ajansı', 'T.C. Aile ve Sosyal Hizmetler Bakanlığı', 'Gündem Hattı', 'T.C. Dışişleri Bakanlığı'] };
  const tags = { ar: ['مايا مرسي', 'الضمان الاجتماعي', 'وزارة الصحة', 'التضامن الاجتماعي', 'الهجرة'], tr: ['Ankara', 'İstanbul', 'deprem', 'eğitim', 'ekonomi', 'İİT'] };
  const clips: Clip[] = [];
  for (let i = 0; i < count; i++) {
    const lang = rnd() < 0.55 ? 'ar' : 'tr';
    const paragraphs = Array.from({ length: 6 + Math.floor(rnd() * 8) }, () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(pools[lang])).join(' '));
    const text = paragraphs.join('\n\n');
    const title = pick(pools[lang]).slice(0, 110);
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(rnd() * 2000) * 86_400_000).toISOString();
    const url = `https://news.example.${lang === 'ar' ? 'eg' : 'com.tr'}/haber/${i}`;
    clips.push({
      schemaVersion: ARTICLE_SCHEMA_VERSION,
      url,
      canonicalUrl: url,
      title,
      byline: null,
      siteName: pick(sites[lang]),
      source: null,
      dateline: null,
      lang,
      dir: lang === 'ar' ? 'rtl' : 'ltr',
      mentions: extractMentions(text, lang),
      publishedAt: `${day.slice(0, 10)}T10:00:00+0${lang === 'ar' ? 2 : 3}:00`,
      modifiedAt: null,
      publishedText: null,
      dateApproximate: false,
      timeZone: lang === 'ar' ? 'Africa/Cairo' : 'Europe/Istanbul',
      excerpt: paragraphs[0]!.slice(0, 300),
      tags: [pick(tags[lang]), pick(tags[lang])].filter((t, k, all) => all.indexOf(t) === k),
      relatedLinks: [],
      alternates: [],
      contentHtml: paragraphs.map((p) => `<p>${p}</p>`).join(''),
      text,
      wordCount: text.split(/\s+/).length,
      contentHash: contentHash(text),
      extractedAt: day,
      id: `clip-${String(i).padStart(5, '0')}`,
      clippedAt: day,
      updatedAt: day,
      version: 1,
      note: '',
      userTags: [],
      duplicateOf: null,
    });
  }
  return clips;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const heap = () => process.memoryUsage().heapUsed;
const MB = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function main(): Promise<void> {
  const clips = buildClips(COUNT);
  const db = await openLibraryDb({ indexedDB: new IDBFactory() });

  // Insert: one transaction per clip, as clipping does.
  let t = performance.now();
  for (const clip of clips) {
    const tx = db.transaction(['clips', 'summaries'], 'readwrite');
    void tx.objectStore('clips').add(toStored(clip));
    void tx.objectStore('summaries').put(summarise(clip));
    await tx.done;
  }
  const insertMs = performance.now() - t;

  t = performance.now();
  const index = new SearchIndex(await listSummaries(db));
  const openMs = performance.now() - t;

  const queries = ['وزير', 'الاسكندرية', 'المنظمة الدولية', 'التضامن الاجتماعي', 'تعاون', 'ISTANBUL', 'İstanbul', 'bakanlık', 'deprem konut', 'Ankara toplantı'];
  const latencies: number[] = [];
  const hits: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const text of queries) {
      const start = performance.now();
      const result = index.search({ text, limit: 50 });
      latencies.push(performance.now() - start);
      if (round === 0) hits.push(result.total);
    }
  }

  /**
   * Time of one export, then (in a second pass, collecting garbage after every chunk) its peak live heap
   * above the baseline: what the export holds at once, not what it has thrown away.
   */
  async function exportRun(format: ExportFormat): Promise<{ ms: number; peak: number; bytes: number }> {
    let bytes = 0;
    const start = performance.now();
    for await (const chunk of exportChunks(clipBatches(db), { format, count: clips.length, exportedAt: new Date() })) bytes += chunk.length;
    const ms = performance.now() - start;
    gc();
    const base = heap();
    let peak = 0;
    for await (const chunk of exportChunks(clipBatches(db), { format, count: clips.length, exportedAt: new Date() })) {
      void chunk;
      gc();
      peak = Math.max(peak, heap() - base);
    }
    return { ms, peak, bytes };
  }
  const csv = await exportRun('csv');
  const json = await exportRun('json');

  gc();
  const floorBase = heap();
  t = performance.now();
  const floor = JSON.stringify(clips);
  const floorMs = performance.now() - t;
  gc();
  const floorPeak = heap() - floorBase;

  const rows: Array<[string, string, string]> = [
    [`Insert ${COUNT} clips (one transaction each)`, `${(insertMs / 1000).toFixed(1)} s`, `${(insertMs / COUNT).toFixed(2)} ms/clip`],
    ['Open: summaries + search index', `${openMs.toFixed(0)} ms`, `${index.size} clips`],
    ['Search p50 (10 queries × 20)', `${percentile(latencies, 50).toFixed(1)} ms`, `hits: ${hits.join(', ')}`],
    ['Search p95', `${percentile(latencies, 95).toFixed(1)} ms`, 'target ≤ 50 ms'],
    ['Export CSV', `${csv.ms.toFixed(0)} ms`, `${MB(csv.bytes)} M chars, peak live heap +${MB(csv.peak)} MB`],
    ['Export JSON', `${json.ms.toFixed(0)} ms`, `${MB(json.bytes)} M chars, peak live heap +${MB(json.peak)} MB`],
    ['Floor: JSON.stringify of the clips in memory', `${floorMs.toFixed(0)} ms`, `${MB(floor.length)} M chars, live heap +${MB(floorPeak)} MB (clips already in memory)`],
    ['CSV export ÷ floor', (csv.ms / floorMs).toFixed(2), 'target ≤ 3'],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  console.log(`\n${'measure'.padEnd(w0)} | ${'value'.padStart(w1)} | notes`);
  console.log(`${'-'.repeat(w0)}-|-${'-'.repeat(w1)}-|------`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)} | ${b.padStart(w1)} | ${c}`);
}

await main();
