/**
 * Fetching a page for `loadAlternateVersion` from an extension page: no cookies and no referrer go
 * with the request, and a body is read only up to a cap, so that a huge or endless response stops early.
 */

import type { FetchedPage } from './load-alternate';

/** Bodies of these types are not read at all: they cannot be an article page. */
const SKIPPED_TYPES = /^(image|audio|video|font)\/|^application\/(pdf|zip|octet-stream)/i;

/** Reads a body up to `maxBytes`; `size` goes past `maxBytes` when there was more. */
async function readCapped(response: Response, maxBytes: number): Promise<{ bytes: Uint8Array; size: number }> {
  const reader = response.body?.getReader();
  if (!reader) {
    const all = new Uint8Array(await response.arrayBuffer());
    return { bytes: all.subarray(0, maxBytes), size: all.byteLength };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size <= maxBytes) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  if (size > maxBytes) {
    await reader.cancel().catch(() => undefined);
    return { bytes: new Uint8Array(0), size };
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { bytes, size };
}

/**
 * Fetches `url` with `fetchFn` (the page's `fetch`), reading at most `maxBytes` of the body (a larger
 * body is reported by its `size`, unread). Rejects as `fetch` does: on a network failure, a refused
 * cross-origin request, or an abort.
 */
export async function fetchPage(fetchFn: typeof fetch, url: string, signal: AbortSignal, maxBytes: number): Promise<FetchedPage> {
  const response = await fetchFn(url, {
    signal,
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    redirect: 'follow',
    headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
  });
  const contentType = response.headers.get('content-type');
  const declaredSize = Number(response.headers.get('content-length')) || 0;
  const base = { ok: response.ok, status: response.status, contentType, ...(response.url && response.url !== url && { url: response.url }) };
  if (!response.ok || SKIPPED_TYPES.test(contentType ?? '') || declaredSize > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return { ...base, body: new Uint8Array(0), ...(declaredSize > maxBytes && { size: declaredSize }) };
  }
  const { bytes, size } = await readCapped(response, maxBytes);
  return { ...base, body: bytes, ...(size > bytes.byteLength && { size }) };
}
