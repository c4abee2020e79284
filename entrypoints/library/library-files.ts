import { pageLibrary } from '@/components/library-access';
import { clipBatches, countClips, getVersions } from '@/utils/library/clip-store';
import { EXPORT_TYPES, exportChunks, type ExportFormat } from '@/utils/library/export/export-writer';
import { importClips, type ImportReport } from '@/utils/library/import/merge-import';
import { checkImportSize, parseImport } from '@/utils/library/import/parse-import';

export interface ExportRequest {
  format: ExportFormat;
  /** The clips to export, in order; all clips when absent. */
  ids?: readonly string[];
  history: boolean;
  bom: boolean;
  fileName: string;
}

/**
 * Writes an export and hands it to the browser's download. Each chunk becomes its own Blob as soon as
 * it is made, so the page holds at most one chunk as a string; the final Blob only references the parts.
 */
export async function exportToDownload(request: ExportRequest): Promise<number> {
  const db = await pageLibrary();
  const count = request.ids?.length ?? (await countClips(db));
  const parts: Blob[] = [];
  const chunks = exportChunks(clipBatches(db, request.ids), {
    format: request.format,
    count,
    exportedAt: new Date(),
    bom: request.bom,
    ...(request.history && { history: (clip) => getVersions(db, clip.id) }),
  });
  for await (const chunk of chunks) parts.push(new Blob([chunk]));
  const file = new Blob(parts, { type: EXPORT_TYPES[request.format].mime });
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = request.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its own reference by now; the URL is released a little later to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return count;
}

/** Reads, validates and merges an import file; throws a LibraryError, with the library unchanged, on failure. */
export async function importFile(file: File): Promise<ImportReport> {
  checkImportSize(file.size);
  const { clips } = parseImport(await file.text());
  return importClips(await pageLibrary(), clips, new Date());
}
