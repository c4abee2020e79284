/** The real Arabic and Turkish pages of the shared corpus, with their manifest entries. */

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

export interface RealPageEntry {
  file: string;
  lang: string;
  site: string;
  url: string;
  has_truth: boolean;
  truth_file: string | null;
  truth_type: 'fulltext' | 'with-without' | null;
  date_truth: string | null;
}

export interface RealPage {
  entry: RealPageEntry;
  html: string;
  /** The expected text (`fulltext`) or snippet lists (`with-without`), when the page has truth. */
  truth: string | { with: string[]; without: string[] } | null;
}

/** Every page listed in `real/manifest.json`; empty when the corpus is not next to the repository. */
export function loadRealPages(): RealPage[] {
  const dir = path.join(CORPUS_DIR, 'real');
  const manifest = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifest)) return [];
  const entries = JSON.parse(fs.readFileSync(manifest, 'utf8')) as RealPageEntry[];
  return entries.map((entry) => {
    const raw = entry.truth_file ? fs.readFileSync(path.join(dir, entry.truth_file), 'utf8') : null;
    return {
      entry,
      html: fs.readFileSync(path.join(dir, entry.file), 'utf8'),
      truth: raw === null ? null : entry.truth_type === 'with-without' ? (JSON.parse(raw) as { with: string[]; without: string[] }) : raw,
    };
  });
}
