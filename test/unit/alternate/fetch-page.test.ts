import { describe, expect, it } from 'vitest';
import { fetchPage } from '../../../utils/alternate/fetch-page';

const URL_ = 'https://www.ornek.gov.tr/en/news/45';

/** A fake `fetch` answering with `response` and keeping what it was asked. */
function fakeFetch(response: () => Response) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return response();
  }) as typeof fetch;
  return { fetchFn, calls };
}

/** A body of `chunks` chunks of `size` bytes, counting how many were pulled and whether it was cancelled. */
function countedStream(chunks: number, size: number) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= chunks) return controller.close();
      state.pulled++;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe('fetchPage', () => {
  it('asks without cookies or referrer, with the caller’s signal, and reads a small page whole', async () => {
    const { fetchFn, calls } = fakeFetch(() => new Response('<html><body>Merhaba</body></html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    const signal = new AbortController().signal;
    const page = await fetchPage(fetchFn, URL_, signal, 1000);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.init).toMatchObject({ signal, credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'follow' });
    expect(page).toMatchObject({ ok: true, status: 200, contentType: 'text/html; charset=utf-8' });
    expect(new TextDecoder().decode(page.body as Uint8Array)).toBe('<html><body>Merhaba</body></html>');
    expect(page.size).toBeUndefined();
  });

  it('stops reading an endless body past the cap and says how much it saw', async () => {
    const { stream, state } = countedStream(1_000_000, 1024);
    const { fetchFn } = fakeFetch(() => new Response(stream, { headers: { 'content-type': 'text/html' } }));
    const page = await fetchPage(fetchFn, URL_, new AbortController().signal, 10 * 1024);
    expect(page.size).toBeGreaterThan(10 * 1024);
    expect(state.pulled).toBeLessThan(20);
    expect(state.cancelled).toBe(true);
    expect((page.body as Uint8Array).byteLength).toBe(0);
  });

  it('reads nothing of a body whose declared length is over the cap', async () => {
    const { stream, state } = countedStream(100, 1024);
    const { fetchFn } = fakeFetch(() => new Response(stream, { headers: { 'content-type': 'text/html', 'content-length': String(100 * 1024) } }));
    const page = await fetchPage(fetchFn, URL_, new AbortController().signal, 10 * 1024);
    expect(page.size).toBe(100 * 1024);
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it.each([
    ['a PDF', 200, 'application/pdf'],
    ['an image', 200, 'image/png'],
    ['an error page', 404, 'text/html'],
  ])('does not read the body of %s', async (_name, status, contentType) => {
    const { stream, state } = countedStream(100, 1024);
    const { fetchFn } = fakeFetch(() => new Response(stream, { status, headers: { 'content-type': contentType } }));
    const page = await fetchPage(fetchFn, URL_, new AbortController().signal, 1_000_000);
    expect(page).toMatchObject({ ok: status === 200, status, contentType });
    expect((page.body as Uint8Array).byteLength).toBe(0);
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it('rejects as fetch does', async () => {
    const fetchFn = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(fetchPage(fetchFn, URL_, new AbortController().signal, 1000)).rejects.toThrow('Failed to fetch');
  });
});
