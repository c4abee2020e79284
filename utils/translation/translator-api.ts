/**
 * The part of the browser's on-device Translator and Language Detector APIs (Chrome 138 and later, on
 * extension pages, not in service workers) that Katib uses. The translation core takes an object of this
 * shape as an argument, so that it runs in Node against a test double and never reads a global.
 */

export type ModelAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

/** `loaded` runs from 0 to 1 as the language model is downloaded. */
export interface DownloadProgressLike {
  loaded: number;
}

export interface CreateMonitorLike {
  addEventListener(type: 'downloadprogress', listener: (event: DownloadProgressLike) => void): void;
}

export interface LanguagePair {
  sourceLanguage: string;
  targetLanguage: string;
}

/** A translator for one language pair. */
export interface TranslatorLike {
  translate(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  /** Chunks of the translation; older Chrome versions sent the whole text so far in each chunk, newer ones only what is new. */
  translateStreaming(input: string, options?: { signal?: AbortSignal }): ReadableStream<string> | AsyncIterable<string>;
  destroy(): void;
}

export interface TranslatorFactoryLike {
  availability(pair: LanguagePair): Promise<ModelAvailability>;
  /** Needs a user gesture while the model still has to be downloaded. */
  create(options: LanguagePair & { monitor?(monitor: CreateMonitorLike): void; signal?: AbortSignal }): Promise<TranslatorLike>;
}

export interface LanguageDetection {
  detectedLanguage?: string;
  confidence?: number;
}

export interface LanguageDetectorLike {
  detect(input: string, options?: { signal?: AbortSignal }): Promise<LanguageDetection[]>;
  destroy?(): void;
}

export interface LanguageDetectorFactoryLike {
  availability?(): Promise<ModelAvailability>;
  create(options?: { signal?: AbortSignal }): Promise<LanguageDetectorLike>;
}

/** What the translation core needs from the browser. */
export interface OnDeviceTranslationApi {
  translator: TranslatorFactoryLike;
  /** Absent where the browser translates but cannot detect languages. */
  languageDetector: LanguageDetectorFactoryLike | null;
}

function hasMethods(value: unknown, ...names: string[]): boolean {
  if ((typeof value !== 'function' && typeof value !== 'object') || value === null) return false;
  return names.every((name) => typeof (value as Record<string, unknown>)[name] === 'function');
}

/**
 * The browser's own Translator API, or null where there is none (Firefox, Chrome before 138, a service
 * worker).
 * @param scope the page's global object (`globalThis` on an extension page)
 */
export function builtInTranslatorApi(scope: object): OnDeviceTranslationApi | null {
  const globals = scope as { Translator?: unknown; LanguageDetector?: unknown };
  if (!hasMethods(globals.Translator, 'availability', 'create')) return null;
  return {
    translator: globals.Translator as TranslatorFactoryLike,
    languageDetector: hasMethods(globals.LanguageDetector, 'create') ? (globals.LanguageDetector as LanguageDetectorFactoryLike) : null,
  };
}

/** The engine name stored with a translation made by the browser's Translator API. */
export const CHROME_TRANSLATOR_ENGINE = 'chrome-translator';
