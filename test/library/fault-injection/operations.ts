/**
 * Every way the library is written to, as the pages and the background call it, each run against the
 * seeded library. A run resolves to what the caller was told: nothing (success) or the failure.
 */

import { createClipService } from '../../../utils/clipper/clip-service';
import { deleteClips, editClip, restoreClips, saveRecord, type DeletedClips } from '../../../utils/library/clip-store';
import { importClips } from '../../../utils/library/import/merge-import';
import { parseImport } from '../../../utils/library/import/parse-import';
import { LibraryError } from '../../../utils/library/library-error';
import type { LibraryDb } from '../../../utils/library/library-db';
import { countingIds } from '../records';
import { day, importFile, pageRecord, pages, SEEDED } from './seeded-library';

/** What the caller saw when an operation failed: a LibraryError's code and message, or a clip reply's problem. */
export interface CallerFailure {
  code: string;
  message: string;
  /** False when the library function threw something other than a LibraryError. */
  isLibraryError: boolean;
}

export interface Operation {
  name: string;
  /** Brings the seeded library to where the operation starts (the deletion an undo restores). */
  prepare?(db: LibraryDb): Promise<unknown>;
  run(db: LibraryDb, prepared: unknown): Promise<CallerFailure | null>;
}

/** Runs a library call; resolves to what it threw, or null when it succeeded. */
export async function caught(work: () => Promise<unknown>): Promise<CallerFailure | null> {
  try {
    await work();
    return null;
  } catch (error) {
    const isLibraryError = error instanceof LibraryError;
    return { code: isLibraryError ? error.code : String((error as { name?: unknown })?.name), message: error instanceof Error ? error.message : String(error), isLibraryError };
  }
}

const DELETED = [SEEDED.sis, SEEDED.aile, SEEDED.aggregator];
const importText = importFile();

export const OPERATIONS: readonly Operation[] = [
  {
    name: 'first clip of a page',
    run: (db) => caught(() => saveRecord(db, pageRecord('https://www.trthaber.com/haber/gundem/7007', 'tr', 'Ankara’da yeni bir protokol imzalandı.'), { now: day(10), newId: countingIds('new') })),
  },
  {
    name: 're-clip with new content (a new version, the old one to history)',
    run: (db) => caught(() => saveRecord(db, pages.aile('Bakan Yardımcısı Ergüneş Kahire’de İİT konferansına katıldı.\n\nBildiri yayımlandı.'), { now: day(10) })),
  },
  {
    name: 're-clip of unchanged content with edits from the reader',
    run: (db) => caught(() => saveRecord(db, pages.msb(), { now: day(10), title: 'MSB haftalık bilgilendirme', note: 'Tatbikat bölümü', userTags: ['savunma'] })),
  },
  {
    name: 'edit of title, note and tags',
    run: (db) => caught(() => editClip(db, SEEDED.sis, { title: 'الرئيس يستقبل وفد منظمة الهجرة', note: 'راجع البيان الختامي', userTags: ['هجرة'] }, day(10))),
  },
  {
    name: 'delete of three clips with their history',
    run: (db) => caught(() => deleteClips(db, DELETED)),
  },
  {
    name: 'undo of that delete (restore)',
    prepare: (db) => deleteClips(db, DELETED),
    run: (db, deleted) => caught(() => restoreClips(db, deleted as DeletedClips)),
  },
  {
    name: 'import of a file that adds, updates, keeps and rejects clips',
    run: (db) => caught(() => importClips(db, parseImport(importText).clips, day(10))),
  },
  {
    name: 'clip from a tab through the background (a new version)',
    async run(db) {
      const service = createClipService({
        inject: () => Promise.reject(new Error('the record is given, no tab is read')),
        library: async () => db,
        now: () => day(10),
      });
      const reply = await service.saveRecord(pages.sis('استقبل الرئيس وفدًا من المنظمة.\n\nوصدر بيان مشترك.'), { note: 'تحديث' });
      return reply.ok ? null : { code: reply.problem.code, message: reply.problem.detail ?? '', isLibraryError: true };
    },
  },
];
