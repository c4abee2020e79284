/** LibreOffice, headless, converting CSV files to flat OpenDocument spreadsheets for inspection. */

import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * LibreOffice's CSV import options: comma-separated (44), fields quoted with " (34), UTF-8 (76), from
 * line 1. Formulas are evaluated, as when a user opens the file with the import dialog's defaults.
 */
export const CSV_IMPORT_OPTIONS = 'CSV:44,34,76,1';

/** A first run creates the profile, and a loaded machine is slow: conversions get minutes, not seconds. */
const CONVERSION_TIMEOUT_MS = 180_000;

/** The version line of `soffice`, or null when it is not installed. */
export function sofficeVersion(): string | null {
  const result = spawnSync('soffice', ['--version'], { encoding: 'utf8', timeout: CONVERSION_TIMEOUT_MS });
  return result.status === 0 ? result.stdout.trim() : null;
}

/**
 * Converts CSV files to `.fods` in `outDir` with one soffice run. `profileDir` is a user profile of this
 * run's own, so that parallel runs (and a desktop LibreOffice) do not hand the job to each other.
 * @returns the path of each converted file, in the order given
 */
export async function csvToFods(files: readonly string[], outDir: string, profileDir: string): Promise<string[]> {
  const args = ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(profileDir).href}`, `--infilter=${CSV_IMPORT_OPTIONS}`, '--convert-to', 'fods', '--outdir', outDir, ...files];
  const { stdout, stderr } = await run('soffice', args, { timeout: CONVERSION_TIMEOUT_MS, encoding: 'utf8' });
  return files.map((file) => {
    const converted = path.join(outDir, `${path.basename(file, path.extname(file))}.fods`);
    if (!fs.existsSync(converted)) throw new Error(`soffice did not convert ${file}:\n${stdout}\n${stderr}`);
    return converted;
  });
}
