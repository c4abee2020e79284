/** What a reader tab shows, from its address: `?tab=ID` (a page read live) or `?clip=ID[&v=N]` (a clip). */

export type ReaderTarget = { kind: 'tab'; tabId: number } | { kind: 'clip'; clipId: string; version: number | null };

/** The reader target in a query string, or null when it names none. */
export function readerTarget(search: string): ReaderTarget | null {
  const params = new URLSearchParams(search);
  const clipId = params.get('clip');
  if (clipId) {
    const v = Number(params.get('v'));
    return { kind: 'clip', clipId, version: Number.isInteger(v) && v > 0 ? v : null };
  }
  const tab = params.get('tab');
  if (tab !== null && /^\d+$/.test(tab)) return { kind: 'tab', tabId: Number(tab) };
  return null;
}

/** The query string that opens a target. */
export function readerQuery(target: ReaderTarget): string {
  if (target.kind === 'tab') return `?tab=${target.tabId}`;
  return `?clip=${encodeURIComponent(target.clipId)}${target.version ? `&v=${target.version}` : ''}`;
}
