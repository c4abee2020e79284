/**
 * The states of translating one article and the session that moves through them:
 *
 *   idle → checking → ready | unavailable
 *   ready → (downloading →) translating → done | cancelled | failed | unavailable
 *   cancelled | failed → (start again) → translating … from the first text still missing
 *
 * The state is plain data computed by `nextTranslationState`, so the interface only renders it.
 */

import { checkAvailability, runTranslation, type FailureReason, type PartialTexts, type TranslationEvent, type TranslationOutcome, type UnavailableReason } from './run-translation';
import type { ModelAvailability, OnDeviceTranslationApi } from './translator-api';

type Ready = Exclude<ModelAvailability, 'unavailable'>;

interface Common {
  /** Finished translations, by text index. */
  texts: PartialTexts;
  total: number;
}

export type TranslationState = Common &
  (
    | { phase: 'idle' }
    | { phase: 'checking' }
    | { phase: 'ready'; availability: Ready }
    | { phase: 'unavailable'; reason: UnavailableReason }
    /** `loaded` from 0 to 1, null before the first progress report. */
    | { phase: 'downloading'; loaded: number | null }
    /** Text `index` is being translated (`partial` is its streamed text so far); `done` texts are finished. */
    | { phase: 'translating'; index: number; done: number; partial?: string }
    | { phase: 'done' }
    | { phase: 'cancelled'; at: number }
    | { phase: 'failed'; at: number; reason: FailureReason; message: string }
  );

export type TranslationAction =
  | { type: 'check' }
  | { type: 'checked'; result: { ok: true; availability: Ready } | { ok: false; reason: UnavailableReason } }
  | { type: 'start' }
  | { type: 'event'; event: TranslationEvent }
  | { type: 'finish'; outcome: TranslationOutcome };

const finished = (texts: PartialTexts) => texts.filter((text) => text !== undefined).length;

/** The initial state for `total` texts, with what an earlier run translated: done when that is complete. */
export function initialTranslationState(total: number, previous: PartialTexts = []): TranslationState {
  const texts = Array.from({ length: total }, (_, i) => previous[i]);
  return { phase: total > 0 && texts.every((text) => text !== undefined) ? 'done' : 'idle', total, texts };
}

/** The state after `action`. */
export function nextTranslationState(state: TranslationState, action: TranslationAction): TranslationState {
  const { texts, total } = state;
  switch (action.type) {
    case 'check':
      return { phase: 'checking', texts, total };
    case 'checked':
      return action.result.ok ? { phase: 'ready', availability: action.result.availability, texts, total } : { phase: 'unavailable', reason: action.result.reason, texts, total };
    case 'start':
      return { phase: 'translating', index: texts.findIndex((text) => text === undefined), done: finished(texts), texts, total };
    case 'event': {
      const event = action.event;
      if (event.type === 'availability') return event.availability === 'available' ? state : { phase: 'downloading', loaded: null, texts, total };
      if (event.type === 'download') return { phase: 'downloading', loaded: event.loaded, texts, total };
      if (event.type === 'block') return { phase: 'translating', index: event.index, done: finished(texts), texts, total };
      // A streamed text is not finished until its stream ends: a retry after a cancellation starts it again.
      if (event.type === 'partial') return { phase: 'translating', index: event.index, done: finished(texts), partial: event.text, texts, total };
      const next = texts.slice();
      next[event.index] = event.text;
      return { phase: 'translating', index: event.index, done: finished(next), texts: next, total };
    }
    case 'finish': {
      const outcome = action.outcome;
      const kept = outcome.texts.slice(0, total);
      if (outcome.status === 'done') return { phase: 'done', texts: kept, total };
      if (outcome.status === 'cancelled') return { phase: 'cancelled', at: outcome.at, texts: kept, total };
      if (outcome.status === 'failed') return { phase: 'failed', at: outcome.at, reason: outcome.reason, message: outcome.message, texts: kept, total };
      return { phase: 'unavailable', reason: outcome.reason, texts: kept, total };
    }
  }
}

export interface TranslationSessionOptions {
  api: OnDeviceTranslationApi | null;
  /** Null when the article's language is unknown. */
  sourceLanguage: string | null;
  targetLanguage: string;
  texts: readonly string[];
  /** Translations kept from before (a stored translation, an earlier session). */
  previous?: PartialTexts;
  streamAbove?: number;
}

/**
 * Translating one article into one language. `start()` must be called from a user's click: it may have
 * to create the translator, which downloads the language model.
 */
export class TranslationSession {
  #state: TranslationState;
  #controller: AbortController | null = null;
  #listeners = new Set<(state: TranslationState) => void>();
  readonly #options: TranslationSessionOptions;

  constructor(options: TranslationSessionOptions) {
    this.#options = options;
    this.#state = initialTranslationState(options.texts.length, options.previous);
  }

  get state(): TranslationState {
    return this.#state;
  }

  /** Whether a run is under way. */
  get running(): boolean {
    return this.#controller !== null;
  }

  /** Calls `listener` with every new state; returns the function that stops it. */
  subscribe(listener: (state: TranslationState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #dispatch(action: TranslationAction): void {
    this.#state = nextTranslationState(this.#state, action);
    for (const listener of this.#listeners) listener(this.#state);
  }

  /** Finds out whether translation can start, without creating a translator. */
  async check(): Promise<TranslationState> {
    if (this.running) return this.#state;
    this.#dispatch({ type: 'check' });
    const { api, sourceLanguage, targetLanguage } = this.#options;
    const result = await checkAvailability(api, sourceLanguage, targetLanguage);
    if (!this.running) this.#dispatch({ type: 'checked', result });
    return this.#state;
  }

  /** Translates what is still missing; after a cancellation or failure it goes on from where it stopped. */
  async start(): Promise<TranslationState> {
    if (this.running || this.#state.phase === 'done') return this.#state;
    const controller = new AbortController();
    this.#controller = controller;
    this.#dispatch({ type: 'start' });
    const outcome = await runTranslation({
      ...this.#options,
      previous: this.#state.texts,
      signal: controller.signal,
      onEvent: (event) => {
        if (!controller.signal.aborted) this.#dispatch({ type: 'event', event });
      },
    });
    this.#controller = null;
    this.#dispatch({ type: 'finish', outcome });
    return this.#state;
  }

  /** Stops the run under way; what it translated is kept. */
  cancel(): void {
    this.#controller?.abort();
  }
}
