/**
 * Merges validated imported clips into the library in one transaction, by the re-clipping rules: a page
 * already in the library with the same content is unchanged; with other content, the newer of the two is
 * current and the older is kept as a past version; a new page is added (linked to a twin with the same
 * content by `duplicateOf`). If anything fails, the transaction rolls back and the library is as before.
 */

import type { Clip, ClipVersion } from '../clip';
import { summarise } from '../clip-summary';
import { fromStored, toStored, writeLibrary } from '../clip-store';
import type { LibraryDb } from '../library-db';
import type { ImportedClip } from './clip-schema';

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Clips refused because their id belongs to another page in the library. */
  rejected: number;
  /** One line per refused clip: which and why. */
  rejections: string[];
}

function split(imported: ImportedClip): { clip: Clip; history: Clip[] } {
  const { history = [], ...clip } = imported;
  return { clip, history };
}

function laterOf(a: Clip, b: Clip): [newer: Clip, older: Clip] {
  return a.updatedAt >= b.updatedAt ? [a, b] : [b, a];
}

/** Merges `clips` into the library. */
export async function importClips(db: LibraryDb, clips: readonly ImportedClip[], now: Date): Promise<ImportReport> {
  const replacedAt = now.toISOString();
  // One transaction: the whole file lands or none of it.
  return writeLibrary(db, async (tx) => {
    const report: ImportReport = { added: 0, updated: 0, unchanged: 0, rejected: 0, rejections: [] };
    const store = tx.objectStore('clips');
    const versions = tx.objectStore('versions');
    const summaries = tx.objectStore('summaries');

    /**
     * Adds past versions whose content the clip does not already have. A past version keeps its number when
     * it is free; one that collides is numbered after the highest, and the current clip stays the highest.
     */
    async function keepHistory(owner: Clip, pasts: Clip[]): Promise<Clip> {
      const held = await versions.index('clipId').getAll(owner.id);
      const hashes = new Set([owner.contentHash, ...held.map((v) => v.clip.contentHash)]);
      const taken = new Set([owner.version, ...held.map((v) => v.version)]);
      let highest = Math.max(...taken);
      for (const past of [...pasts].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))) {
        if (hashes.has(past.contentHash)) continue;
        hashes.add(past.contentHash);
        const number = taken.has(past.version) ? ++highest : past.version;
        taken.add(number);
        highest = Math.max(highest, number);
        const entry: ClipVersion = { key: `${owner.id}#${number}`, clipId: owner.id, version: number, replacedAt, clip: { ...past, id: owner.id, version: number } };
        await versions.put(entry);
      }
      return highest > owner.version ? { ...owner, version: highest + 1 } : owner;
    }

    for (const [index, imported] of clips.entries()) {
      const { clip: incoming, history } = split(imported);
      const byId = await store.get(incoming.id);
      const byUrl = await store.index('canonicalUrl').get(incoming.canonicalUrl);
      if (byId && byId.canonicalUrl !== incoming.canonicalUrl) {
        report.rejected++;
        report.rejections.push(`clip ${index + 1} (${incoming.title}): its id belongs to another page in the library`);
        continue;
      }
      if (!byUrl) {
        const twin = await store.index('contentHash').get(incoming.contentHash);
        const duplicateOf = twin ? (twin.duplicateOf ?? twin.id) : incoming.duplicateOf && (await store.getKey(incoming.duplicateOf)) ? incoming.duplicateOf : null;
        const clip = await keepHistory({ ...incoming, duplicateOf }, history);
        await store.add(toStored(clip));
        await summaries.put(summarise(clip));
        report.added++;
        continue;
      }
      const existing = fromStored(byUrl);
      if (existing.contentHash === incoming.contentHash) {
        // Same content: only the user's own fields can be newer in the file.
        const edited = incoming.updatedAt > existing.updatedAt && (incoming.note !== existing.note || incoming.title !== existing.title || incoming.userTags.join('\n') !== existing.userTags.join('\n'));
        let clip: Clip = edited ? { ...existing, title: incoming.title, note: incoming.note, userTags: incoming.userTags, updatedAt: incoming.updatedAt } : existing;
        const before = clip.version;
        clip = await keepHistory(clip, history);
        if (edited || clip.version !== before) {
          await store.put(toStored(clip));
          await summaries.put(summarise(clip));
          report.updated++;
        } else report.unchanged++;
        continue;
      }
      const [newer, older] = laterOf(incoming, existing);
      const current = await keepHistory({ ...newer, id: existing.id, duplicateOf: existing.duplicateOf }, [older, ...history]);
      await store.put(toStored(current));
      await summaries.put(summarise(current));
      report.updated++;
    }
    return report;
  });
}
