/**
 * Reading `translateStreaming()`. Chrome first sent the whole translation so far in every chunk and later
 * switched to sending only the new part, as the specification says; a stream is read correctly either way.
 */

/** Puts chunks together, telling from the second chunk on whether they repeat the text so far or extend it. */
export function chunkAssembler(): { add(chunk: string): string; readonly text: string } {
  let text = '';
  let chunks = 0;
  let cumulative: boolean | null = null;
  return {
    add(chunk: string) {
      chunks++;
      if (chunks === 1) text = chunk;
      else {
        // A delta that happens to repeat the whole text so far is too unlikely to matter; a cumulative
        // chunk always does.
        cumulative ??= text.length > 0 && chunk.startsWith(text);
        text = cumulative ? chunk : text + chunk;
      }
      return text;
    },
    get text() {
      return text;
    },
  };
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * The whole text of a streamed translation.
 * @param onText called with the text so far after each chunk
 * @throws the signal's reason when it is aborted, even if the stream then ends quietly
 */
export async function readTranslationStream(
  stream: ReadableStream<string> | AsyncIterable<string>,
  onText: (textSoFar: string) => void,
  signal?: AbortSignal,
): Promise<string> {
  const assembler = chunkAssembler();
  if ('getReader' in stream) {
    const reader = stream.getReader();
    const stop = () => void reader.cancel().catch(() => undefined);
    signal?.addEventListener('abort', stop, { once: true });
    try {
      for (;;) {
        if (signal?.aborted) throw abortError(signal);
        const { done, value } = await reader.read();
        if (done) break;
        onText(assembler.add(value));
      }
    } finally {
      signal?.removeEventListener('abort', stop);
    }
  } else {
    for await (const chunk of stream) {
      if (signal?.aborted) throw abortError(signal);
      onText(assembler.add(chunk));
    }
  }
  if (signal?.aborted) throw abortError(signal);
  return assembler.text;
}
