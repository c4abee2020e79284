/**
 * One run of an on-device translation over a list of texts (an article's title and blocks), in order:
 * availability, then the translator (which downloads the language model if needed, reporting progress),
 * then each text in turn, long ones streamed. A run that stops (cancelled, failed) keeps what it
 * translated, and the next run given those results starts at the first text still missing.
 */

import { readTranslationStream } from './stream-text';
import type { LanguagePair, ModelAvailability, OnDeviceTranslationApi, TranslatorLike } from './translator-api';

/** Why translation cannot start. */
export type UnavailableReason =
  /** The browser has no Translator API (Firefox, Chrome before 138). */
  | 'no-api'
  /** The browser cannot translate between these two languages. */
  | 'unsupported-pair'
  /** Translation is turned off in this browser (by policy) or not allowed here. */
  | 'disabled'
  /** The article is already in the target language. */
  | 'same-language'
  /** Neither the record nor the browser knows the article's language. */
  | 'unknown-language';

/** Why a run stopped before the end. */
export type FailureReason =
  /** The language model could not be prepared (a download that failed, no user gesture). */
  | 'setup'
  /** One text was longer than the translator accepts. */
  | 'too-long'
  /** The translator failed on a text. */
  | 'engine';

/** What a run reports as it goes. */
export type TranslationEvent =
  | { type: 'availability'; availability: Exclude<ModelAvailability, 'unavailable'> }
  /** Download progress of the language model, from 0 to 1. */
  | { type: 'download'; loaded: number }
  /** Text `index` of `total` is being translated. */
  | { type: 'block'; index: number; total: number }
  /** The translation of text `index` so far (streaming). */
  | { type: 'partial'; index: number; text: string }
  | { type: 'translated'; index: number; text: string };

/** Translations by text index; a missing one is `undefined`. */
export type PartialTexts = (string | undefined)[];

export type TranslationOutcome =
  | { status: 'done'; texts: string[] }
  | { status: 'cancelled'; texts: PartialTexts; at: number }
  | { status: 'failed'; texts: PartialTexts; at: number; reason: FailureReason; message: string }
  | { status: 'unavailable'; texts: PartialTexts; reason: UnavailableReason };

export type AvailabilityCheck = { ok: true; availability: Exclude<ModelAvailability, 'unavailable'> } | { ok: false; reason: UnavailableReason };

/** Texts longer than this are streamed, so that the reader sees them arrive. */
export const STREAM_ABOVE = 600;

/** A pair every Chrome that translates at all supports: when it is unavailable too, translation is off. */
const PROBE_PAIR: LanguagePair = { sourceLanguage: 'en', targetLanguage: 'es' };

const LETTER = /\p{L}/u;

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
}

function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || errorName(error) === 'AbortError';
}

/**
 * Whether the browser can translate `pair`, without creating a translator (so without a user gesture).
 * @param sourceLanguage null when the article's language is unknown
 */
export async function checkAvailability(api: OnDeviceTranslationApi | null, sourceLanguage: string | null, targetLanguage: string): Promise<AvailabilityCheck> {
  if (!api) return { ok: false, reason: 'no-api' };
  if (!sourceLanguage) return { ok: false, reason: 'unknown-language' };
  if (sourceLanguage === targetLanguage) return { ok: false, reason: 'same-language' };
  try {
    const availability = await api.translator.availability({ sourceLanguage, targetLanguage });
    if (availability !== 'unavailable') return { ok: true, availability };
  } catch (error) {
    if (errorName(error) === 'NotAllowedError') return { ok: false, reason: 'disabled' };
    return { ok: false, reason: 'unsupported-pair' };
  }
  const probe = await api.translator.availability(PROBE_PAIR).catch(() => 'unavailable' as const);
  return { ok: false, reason: probe === 'unavailable' ? 'disabled' : 'unsupported-pair' };
}

export interface TranslationRequest {
  api: OnDeviceTranslationApi | null;
  sourceLanguage: string | null;
  targetLanguage: string;
  texts: readonly string[];
  /** What an earlier run translated; this run starts at the first text missing there. */
  previous?: PartialTexts;
  signal?: AbortSignal;
  /** Texts longer than this many characters are streamed. */
  streamAbove?: number;
  onEvent?(event: TranslationEvent): void;
}

/** Translates `texts` in order; never throws. */
export async function runTranslation(request: TranslationRequest): Promise<TranslationOutcome> {
  const { api, sourceLanguage, targetLanguage, texts, signal } = request;
  const emit = request.onEvent ?? (() => undefined);
  const streamAbove = request.streamAbove ?? STREAM_ABOVE;
  const results: PartialTexts = texts.map((_, i) => request.previous?.[i]);
  const firstMissing = () => {
    const index = results.findIndex((text) => text === undefined);
    return index < 0 ? texts.length : index;
  };
  const cancelled = (): TranslationOutcome => ({ status: 'cancelled', texts: results, at: firstMissing() });

  if (signal?.aborted) return cancelled();
  const check = await checkAvailability(api, sourceLanguage, targetLanguage);
  if (!check.ok) return { status: 'unavailable', texts: results, reason: check.reason };
  if (signal?.aborted) return cancelled();
  emit({ type: 'availability', availability: check.availability });
  if (firstMissing() === texts.length) return { status: 'done', texts: results as string[] };

  let translator: TranslatorLike;
  try {
    translator = await api!.translator.create({
      sourceLanguage: sourceLanguage!,
      targetLanguage,
      monitor(monitor) {
        monitor.addEventListener('downloadprogress', (event) => emit({ type: 'download', loaded: Math.min(1, Math.max(0, event.loaded)) }));
      },
      ...(signal && { signal }),
    });
  } catch (error) {
    if (isAbort(error, signal)) return cancelled();
    const name = errorName(error);
    // Without a download to start, a refusal can only be the browser's or an administrator's.
    if (name === 'NotAllowedError' && check.availability === 'available') return { status: 'unavailable', texts: results, reason: 'disabled' };
    if (name === 'NotSupportedError') return { status: 'unavailable', texts: results, reason: 'unsupported-pair' };
    return { status: 'failed', texts: results, at: firstMissing(), reason: 'setup', message: errorMessage(error) };
  }

  try {
    for (let index = firstMissing(); index < texts.length; index++) {
      if (results[index] !== undefined) continue;
      if (signal?.aborted) return cancelled();
      const source = texts[index]!;
      emit({ type: 'block', index, total: texts.length });
      try {
        let text: string;
        // Figures, dates and punctuation alone are the same in every language.
        if (!LETTER.test(source)) text = source;
        else if (source.length > streamAbove) {
          const stream = translator.translateStreaming(source, { ...(signal && { signal }) });
          text = await readTranslationStream(stream, (soFar) => emit({ type: 'partial', index, text: soFar }), signal);
        } else text = await translator.translate(source, { ...(signal && { signal }) });
        results[index] = text;
        emit({ type: 'translated', index, text });
      } catch (error) {
        if (isAbort(error, signal)) return cancelled();
        const reason: FailureReason = errorName(error) === 'QuotaExceededError' ? 'too-long' : 'engine';
        return { status: 'failed', texts: results, at: index, reason, message: errorMessage(error) };
      }
      if (signal?.aborted) return cancelled();
    }
    return { status: 'done', texts: results as string[] };
  } finally {
    translator.destroy();
  }
}
