/**
 * Export writers: JSON (an envelope), NDJSON and CSV, produced chunk by chunk from batches of clips, so
 * that exporting 50,000 clips never holds the whole file (or every clip) in memory at once. The page turns
 * each chunk into a Blob part as it comes; the batch command writes it to stdout.
 */

import type { ArticleRecord } from '../../record/article-record';
import { CLIP_SCHEMA_VERSION, type Clip, type ClipVersion } from '../clip';
import { csvCells, CSV_HEADER } from './columns';
import { csvRow, UTF8_BOM } from './csv';

export type ExportFormat = 'json' | 'ndjson' | 'csv';

export interface ExportOptions {
  format: ExportFormat;
  /** Clips exported; the JSON envelope states it before the clips. */
  count: number;
  exportedAt: Date;
  /** CSV only: start with a UTF-8 byte order mark (default true), so that Excel reads Arabic and Turkish. */
  bom?: boolean;
  /** Past versions of each clip, to include (`history` in JSON, extra rows in CSV). */
  history?: (clip: Clip) => Promise<ClipVersion[]> | ClipVersion[];
}

/** An exported clip: the clip, with its past versions when they were asked for. */
export type ExportedClip = Clip & { history?: Clip[] };

export const EXPORT_FORMAT_NAME = 'katib-clips';

/** File name extension and MIME type of each format. */
export const EXPORT_TYPES: Record<ExportFormat, { extension: string; mime: string }> = {
  json: { extension: 'json', mime: 'application/json' },
  ndjson: { extension: 'ndjson', mime: 'application/x-ndjson' },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8' },
};

async function withHistory(clip: Clip, options: ExportOptions): Promise<ExportedClip> {
  if (!options.history) return clip;
  const versions = await options.history(clip);
  return versions.length ? { ...clip, history: versions.map((v) => v.clip) } : clip;
}

/** The export file, chunk by chunk. */
export async function* exportChunks(batches: AsyncIterable<readonly Clip[]> | Iterable<readonly Clip[]>, options: ExportOptions): AsyncGenerator<string> {
  const { format } = options;
  if (format === 'csv') {
    yield csvHead(options.bom !== false);
    for await (const batch of batches) {
      let chunk = '';
      for (const clip of batch) {
        const exported = await withHistory(clip, options);
        chunk += csvRow(csvCells(options.history ? { ...clip, current: true } : clip));
        for (const past of exported.history ?? []) chunk += csvRow(csvCells({ ...past, current: false }));
      }
      yield chunk;
    }
    return;
  }
  if (format === 'json') {
    const head = { format: EXPORT_FORMAT_NAME, schemaVersion: CLIP_SCHEMA_VERSION, exportedAt: options.exportedAt.toISOString(), count: options.count };
    yield `${JSON.stringify(head).slice(0, -1)},"clips":[\n`;
  }
  let first = true;
  for await (const batch of batches) {
    const lines: string[] = [];
    for (const clip of batch) lines.push(JSON.stringify(await withHistory(clip, options)));
    if (!lines.length) continue;
    yield format === 'json' ? `${first ? '' : ',\n'}${lines.join(',\n')}` : `${lines.join('\n')}\n`;
    first = false;
  }
  if (format === 'json') yield '\n]}\n';
}

/** The first CSV chunk: the optional byte order mark and the header row. */
export function csvHead(bom = true): string {
  return (bom ? UTF8_BOM : '') + csvRow(CSV_HEADER);
}

/** One CSV row of an extraction record (the batch command), through the same columns as clips. */
export function recordCsvRow(record: ArticleRecord): string {
  return csvRow(csvCells(record));
}
