/**
 * Reads an import file: Katib JSON (the export envelope or a bare array of clips) or NDJSON (one clip per
 * line). Nothing is trusted: the size is capped, keys that could reach a prototype are refused, every clip
 * is validated, ids must be unique, and a file from a newer Katib is refused rather than half-read. The
 * error names the first problems and where they are.
 */

import * as v from 'valibot';
import { CLIP_SCHEMA_VERSION } from '../clip';
import { EXPORT_FORMAT_NAME } from '../export/export-writer';
import { LibraryError } from '../library-error';
import { ImportedClipSchema, type ImportedClip } from './clip-schema';

/** Imports are read whole and validated before anything is written; this keeps the page within memory. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;
const MAX_REPORTED = 5;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ImportFormat = 'json' | 'json-array' | 'ndjson';

export interface ParsedImport {
  format: ImportFormat;
  clips: ImportedClip[];
}

function fail(message: string, details: string[] = []): never {
  throw new LibraryError('invalid-import', message, details.slice(0, MAX_REPORTED));
}

/** Line and column of a character offset. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/** JSON.parse that refuses prototype-reaching keys and reports syntax errors with their position. */
function parseJson(text: string, where: string, lineOffset = 0): unknown {
  const forbidden: string[] = [];
  let value: unknown;
  try {
    value = JSON.parse(text, function (key, val) {
      if (FORBIDDEN_KEYS.has(key)) forbidden.push(key);
      return val;
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const place = position ? lineAndColumn(text, Number(position[1])) : /end of JSON/i.test(message) ? 'at the end: the file is cut short' : '';
    const shifted = lineOffset && position ? place.replace(/line (\d+)/, (_, n) => `line ${Number(n) + lineOffset}`) : place;
    fail(`This is not valid JSON (${where}${shifted ? `, ${shifted}` : ''}).`, [message]);
  }
  if (forbidden.length) fail(`The file contains the key "${forbidden[0]}" (${where}), which Katib never writes; it is refused for safety.`);
  return value;
}

function describeIssue(issue: v.BaseIssue<unknown>, where: string): string {
  const path = (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
  return `${where}${path}: ${issue.message}`;
}

function validate(items: unknown[], where: (index: number) => string): ImportedClip[] {
  const problems: string[] = [];
  const clips: ImportedClip[] = [];
  items.forEach((item, index) => {
    if (item && typeof item === 'object' && 'schemaVersion' in item && typeof item.schemaVersion === 'number' && item.schemaVersion > CLIP_SCHEMA_VERSION) {
      fail(`${where(index)} was made by a newer version of Katib (schema ${item.schemaVersion}); update Katib to import it.`);
    }
    const result = v.safeParse(ImportedClipSchema, item);
    if (result.success) clips.push(result.output);
    else for (const issue of result.issues) if (problems.length < MAX_REPORTED) problems.push(describeIssue(issue, where(index)));
  });
  if (problems.length) fail(`The file has clips Katib cannot read; nothing was imported.`, problems);
  const seen = new Map<string, number>();
  clips.forEach((clip, index) => {
    const first = seen.get(clip.id);
    if (first !== undefined) problems.push(`${where(index)} repeats the id of ${where(first)} (${clip.id})`);
    else seen.set(clip.id, index);
  });
  if (problems.length) fail('The file has two clips with the same id; nothing was imported.', problems);
  return clips;
}

/** Refuses a file over the import limit before it is read (throws a LibraryError naming the sizes). */
export function checkImportSize(bytes: number): void {
  if (bytes > MAX_IMPORT_BYTES) {
    fail(`This file is ${(bytes / 1024 / 1024).toFixed(1)} MB; Katib imports files of up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB at a time. Export the library in parts (by filter or selection) and import each.`);
  }
}

/** Parses and validates an import file's text. Throws a LibraryError ('invalid-import') naming the problems. */
export function parseImport(text: string): ParsedImport {
  checkImportSize(text.length);
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) fail('The file is empty.');
  if (body.startsWith('[')) {
    const value = parseJson(body, 'the file');
    if (!Array.isArray(value)) fail('The file is not a list of clips.');
    return { format: 'json-array', clips: validate(value, (i) => `clip ${i + 1}`) };
  }
  if (!body.startsWith('{')) fail('This is not a Katib export: it should start with "{" (JSON) or "[" (a list of clips).');
  const lines = body.split(/\r?\n/);
  const firstLine = lines.find((l) => l.trim()) ?? '';
  const looksLikeNdjson = lines.filter((l) => l.trim()).length > 1 && firstLine.trim().endsWith('}') && !/"format"\s*:/.test(firstLine);
  if (looksLikeNdjson) {
    const items: unknown[] = [];
    const lineNumbers: number[] = [];
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      items.push(parseJson(line, `line ${i + 1}`));
      lineNumbers.push(i + 1);
    });
    return { format: 'ndjson', clips: validate(items, (i) => `line ${lineNumbers[i]}`) };
  }
  const value = parseJson(body, 'the file');
  if (!value || typeof value !== 'object' || Array.isArray(value)) fail('The file is not a Katib export.');
  const envelope = value as Record<string, unknown>;
  if (envelope['format'] !== EXPORT_FORMAT_NAME) {
    // A single clip on its own (NDJSON of one line) is accepted too.
    if ('contentHash' in envelope && 'canonicalUrl' in envelope) return { format: 'ndjson', clips: validate([envelope], () => 'line 1') };
    fail(`This is not a Katib export (its "format" is ${JSON.stringify(envelope['format'] ?? null)}, not "${EXPORT_FORMAT_NAME}").`);
  }
  const version = envelope['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) fail('The export has no valid "schemaVersion".');
  if (version > CLIP_SCHEMA_VERSION) fail(`This export was made by a newer version of Katib (schema ${version}); update Katib to import it.`);
  if (!Array.isArray(envelope['clips'])) fail('The export has no "clips" list.');
  const clips = envelope['clips'] as unknown[];
  if (typeof envelope['count'] === 'number' && envelope['count'] !== clips.length) {
    fail(`The export says it holds ${envelope['count']} clips but holds ${clips.length}; the file is incomplete.`);
  }
  return { format: 'json', clips: validate(clips, (i) => `clip ${i + 1}`) };
}
