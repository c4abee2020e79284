/**
 * `npm run bench:mentions`: precision and recall of extractMentions per language, matched by folded
 * name (or an alias the truth lists), with role accuracy as its own column, beside the baseline of the
 * golden pages' own tags taken as mentions, on
 * - the golden pages (test/fixtures/pages/<slug>/expected-mentions.json; the rules were tuned on them),
 * - the real Arabic and Turkish pages of ../shared/corpus/real, read through extractArticle, against
 *   test/bench/untuned-mentions.json (written before the rules ran on them; the rules have since been
 *   changed after seeing their misses, so they are no longer blind),
 * - the held-out items of test/fixtures/mentions-holdout (<id>.txt with <id>.json truth), written
 *   without reading the rules and never tuned on,
 * and the median time per page.
 *
 * Option: `--pages` prints every page's misses and extras.
 */

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../utils/extract/extract-article';
import { extractMentions, type Mentions } from '../../utils/mentions/extract-mentions';
import { decodeHtml } from '../../utils/extract/decode-html';
import { nodeSanitizer, parseHtmlDocument } from '../../utils/node/node-dom';
import { PAGES_DIR } from '../support/golden-pages';
import { CORPUS_DIR, type RealPageEntry } from '../support/real-pages';
import { combine, emptyTally, loadMentionTruth, precision, recall, scorePage, type MentionTruth, type Tally } from '../unit/mentions/mention-score';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const HOLDOUT_DIR = path.join(HERE, '..', 'fixtures', 'mentions-holdout');
const NOW = new Date('2025-11-20T10:00:00Z');
const TIMING_REPEATS = 5;
const SHOW_PAGES = process.argv.includes('--pages');

interface Page {
  id: string;
  lang: string;
  text: string;
  truth: MentionTruth;
}

interface Row {
  set: string;
  lang: string;
  pages: number;
  people: Tally;
  organisations: Tally;
}

function goldenPages(): Page[] {
  return fs
    .readdirSync(PAGES_DIR)
    .sort()
    .flatMap((slug) => {
      const dir = path.join(PAGES_DIR, slug);
      const truth = loadMentionTruth(dir);
      return truth ? [{ id: slug, lang: slug.slice(0, 2), text: fs.readFileSync(path.join(dir, 'expected.txt'), 'utf8'), truth }] : [];
    });
}

function untunedPages(): Page[] {
  const manifestFile = path.join(CORPUS_DIR, 'real', 'manifest.json');
  if (!fs.existsSync(manifestFile)) {
    process.stderr.write(`no corpus at ${CORPUS_DIR}: untuned pages skipped\n`);
    return [];
  }
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as RealPageEntry[];
  const truths = (JSON.parse(fs.readFileSync(path.join(HERE, 'untuned-mentions.json'), 'utf8')) as { pages: Record<string, MentionTruth> }).pages;
  return Object.entries(truths).map(([file, truth]) => {
    const entry = manifest.find((e) => e.file === file);
    if (!entry) throw new Error(`${file} is not in the corpus manifest`);
    const { html } = decodeHtml(fs.readFileSync(path.join(CORPUS_DIR, 'real', file)));
    const result = extractArticle(parseHtmlDocument(html), entry.url, { now: NOW, sanitizer: nodeSanitizer(), consumeDocument: true });
    return { id: file, lang: entry.lang, text: result.ok ? result.record.text : '', truth };
  });
}

function heldOutPages(): Page[] {
  if (!fs.existsSync(HOLDOUT_DIR)) return [];
  return fs
    .readdirSync(HOLDOUT_DIR)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const id = file.slice(0, -'.txt'.length);
      const truth = JSON.parse(fs.readFileSync(path.join(HOLDOUT_DIR, `${id}.json`), 'utf8')) as MentionTruth & { lang: string };
      return { id, lang: truth.lang, text: fs.readFileSync(path.join(HOLDOUT_DIR, file), 'utf8'), truth };
    });
}

function score(set: string, pages: Page[], times: number[]): Row[] {
  const rows = new Map<string, Row>();
  for (const page of pages) {
    let found: Mentions = { people: [], organisations: [] };
    const runs: number[] = [];
    for (let r = 0; r < TIMING_REPEATS; r++) {
      const t0 = performance.now();
      found = extractMentions(page.text, page.lang);
      runs.push(performance.now() - t0);
    }
    times.push(Math.min(...runs));
    const people = emptyTally();
    const organisations = emptyTally();
    scorePage(found, page.truth, page.lang, people, organisations);
    const row = rows.get(page.lang) ?? { set, lang: page.lang, pages: 0, people: emptyTally(), organisations: emptyTally() };
    rows.set(page.lang, { ...row, pages: row.pages + 1, people: combine(row.people, people), organisations: combine(row.organisations, organisations) });
    if (SHOW_PAGES) {
      const notes = [
        people.missed.length ? `missed people: ${people.missed.join(' | ')}` : '',
        people.extra.length ? `extra people: ${people.extra.join(' | ')}` : '',
        people.wrongRoles.length ? `roles: ${people.wrongRoles.join(' | ')}` : '',
        organisations.missed.length ? `missed institutions: ${organisations.missed.join(' | ')}` : '',
        organisations.extra.length ? `extra institutions: ${organisations.extra.join(' | ')}` : '',
      ].filter(Boolean);
      process.stdout.write(`${set} ${page.id}${notes.length ? `\n  ${notes.join('\n  ')}` : ': exact'}\n`);
    }
  }
  return [...rows.values()].sort((a, b) => a.lang.localeCompare(b.lang));
}

const fmt = (x: number) => x.toFixed(3);
/** Precision and recall, or "–" where nothing was found or nothing was expected. */
const p = (t: Tally) => (t.truePositives + t.falsePositives ? fmt(precision(t)) : '–');
const r = (t: Tally) => (t.truePositives + t.falseNegatives ? fmt(recall(t)) : '–');
const count = (t: Tally) => `${t.truePositives}/${t.truePositives + t.falseNegatives}, +${t.falsePositives}`;

function table(rows: Row[]): string {
  const header = ['set', 'lang', 'pages', 'people P', 'people R', 'institutions P', 'institutions R', 'all P', 'all R', 'roles right', 'found/expected, +extra'];
  const lines = rows.map((row) => {
    const all = combine(row.people, row.organisations);
    const roles = row.people.rolesExpected ? `${fmt(row.people.rolesRight / row.people.rolesExpected)} (${row.people.rolesRight}/${row.people.rolesExpected})` : '–';
    return [row.set, row.lang, String(row.pages), p(row.people), r(row.people), p(row.organisations), r(row.organisations), p(all), r(all), roles, count(all)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(line)].join('\n');
}

/**
 * The baseline: what a clipper keeps today without reading the text, the page's own tags, taken as the
 * people and institutions it names. Scored on "all" only (a tag does not say which of the two it is).
 */
function scoreTagBaseline(pages: Page[]): Row[] {
  const rows = new Map<string, Row>();
  for (const page of pages) {
    const metadata = JSON.parse(fs.readFileSync(path.join(PAGES_DIR, page.id, 'expected-metadata.json'), 'utf8')) as { tags: string[] };
    const everyone: MentionTruth = { people: [], organisations: [...page.truth.people, ...page.truth.organisations] };
    const found: Mentions = { people: [], organisations: metadata.tags.map((name) => ({ name })) };
    const people = emptyTally();
    const all = emptyTally();
    scorePage(found, everyone, page.lang, people, all);
    const row = rows.get(page.lang) ?? { set: 'baseline: page tags (golden)', lang: page.lang, pages: 0, people: emptyTally(), organisations: emptyTally() };
    rows.set(page.lang, { ...row, pages: row.pages + 1, organisations: combine(row.organisations, all) });
  }
  return [...rows.values()].sort((a, b) => a.lang.localeCompare(b.lang));
}

const times: number[] = [];
const golden = goldenPages();
const rows = [
  ...scoreTagBaseline(golden),
  ...score('golden (tuned)', golden, times),
  ...score('real (misses seen)', untunedPages(), times),
  ...score('held-out (blind)', heldOutPages(), times),
];
times.sort((a, b) => a - b);
process.stdout.write(`\n${table(rows)}\n\n`);
process.stdout.write(`Matched by folded name or a listed alias; a second find of the same entry counts as extra. A role is right\n`);
process.stdout.write(`when one folded role starts the other and the shorter has at least two words (or is the whole expected role).\n`);
process.stdout.write(`Median time per page: ${(times[Math.floor(times.length / 2)] ?? 0).toFixed(2)} ms (${times.length} pages, fastest of ${TIMING_REPEATS} runs each)\n`);
