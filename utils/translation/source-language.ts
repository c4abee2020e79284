/** Which language an article is translated from: the record's own, else what the browser detects. */

import type { OnDeviceTranslationApi } from './translator-api';

/** Tags that name no language a translator could start from. */
const NO_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis']);

/** Below this, a detected language is a guess we do not act on. */
const MIN_CONFIDENCE = 0.5;

/** How much text the detector is given: enough to be sure, little enough to be quick. */
const SAMPLE_LENGTH = 2000;

/**
 * The language subtag of a BCP 47 tag (`ar-EG` → `ar`), or null when the tag names no language the
 * translator could use.
 */
export function translationLanguage(tag: string | null | undefined): string | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) && !NO_LANGUAGE.has(primary) ? primary : null;
}

/**
 * The source language of an article: its record's `lang`, or, when that is `und` or no language, the
 * browser's detection of `sample` (only when the detector's model is already on the device: detecting
 * must not start a download). Null when neither knows.
 */
export async function resolveSourceLanguage(api: OnDeviceTranslationApi | null, recordLang: string, sample: string, signal?: AbortSignal): Promise<string | null> {
  const declared = translationLanguage(recordLang);
  if (declared) return declared;
  const factory = api?.languageDetector;
  if (!factory || !sample.trim()) return null;
  try {
    if (factory.availability && (await factory.availability()) !== 'available') return null;
    const detector = await factory.create({ ...(signal && { signal }) });
    try {
      const results = await detector.detect(sample.slice(0, SAMPLE_LENGTH), { ...(signal && { signal }) });
      const best = [...results].sort((a, b) => (b.confidence ?? 0) - (a.confidence ?? 0))[0];
      return best && (best.confidence ?? 0) >= MIN_CONFIDENCE ? translationLanguage(best.detectedLanguage) : null;
    } finally {
      detector.destroy?.();
    }
  } catch {
    return null;
  }
}
