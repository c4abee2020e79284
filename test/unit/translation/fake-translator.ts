/**
 * A test double of the browser's Translator and Language Detector APIs. Everything is scripted: the
 * availability of each pair, the download progress reported while creating, errors, and every translate
 * call, which either answers at once or waits until the test answers it by hand (no timers anywhere).
 */

import type { CreateMonitorLike, LanguageDetection, LanguagePair, ModelAvailability, OnDeviceTranslationApi, TranslatorLike } from '../../../utils/translation/translator-api';

export const abortError = () => new DOMException('The operation was aborted.', 'AbortError');
export const namedError = (name: string, message = name) => Object.assign(new Error(message), { name });

/** A translate call waiting for the test to answer it. */
export interface PendingCall {
  input: string;
  kind: 'translate' | 'stream';
  signal: AbortSignal | undefined;
  /** Answers a `translate` call. */
  resolve(text: string): void;
  reject(error: unknown): void;
  /** Sends a chunk of a `stream` call. */
  push(chunk: string): void;
  /** Ends a `stream` call. */
  close(): void;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

export interface FakeOptions {
  /** Availability by "source>target"; pairs not listed are available. */
  availability?: Record<string, ModelAvailability | Error>;
  /** Progress values reported while creating when the pair is not yet available. */
  downloadProgress?: number[];
  /** Thrown by `create`. */
  createError?: Error;
  /** Create waits for `finishCreate()`. */
  manualCreate?: boolean;
  /** Calls wait for the test; otherwise they answer at once with `translate(input)`. */
  manual?: boolean;
  /** Thrown by the call with this number (0-based, counting both kinds). */
  failOnCall?: { call: number; error: Error };
  /** How an automatic stream sends its chunks. */
  streamChunks?: 'delta' | 'cumulative';
  /** The automatic translation of a text. */
  translate?: (input: string) => string;
  /** What the language detector says, by call; undefined for no detector. */
  detect?: LanguageDetection[];
  detectorAvailability?: ModelAvailability;
}

/** The fake's own translation: recognisably derived from the input and never equal to it. */
export const fakeEnglish = (input: string) => `EN(${input})`;

export class FakeTranslatorApi {
  readonly calls: { input: string; kind: 'translate' | 'stream' }[] = [];
  readonly availabilityCalls: LanguagePair[] = [];
  readonly created: LanguagePair[] = [];
  destroyed = 0;
  detectorCreated = 0;
  readonly #pending: PendingCall[] = [];
  #waiters: ((call: PendingCall) => void)[] = [];
  #create = deferred<void>();
  readonly options: FakeOptions;

  constructor(options: FakeOptions = {}) {
    this.options = options;
  }

  /** The next call waiting for an answer (resolves when it arrives). */
  nextCall(): Promise<PendingCall> {
    const waiting = this.#pending.shift();
    if (waiting) return Promise.resolve(waiting);
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  finishCreate(): void {
    this.#create.resolve();
  }

  #arrive(call: PendingCall): void {
    const waiter = this.#waiters.shift();
    if (waiter) waiter(call);
    else this.#pending.push(call);
  }

  #translateText(input: string): string {
    return (this.options.translate ?? fakeEnglish)(input);
  }

  #failure(): Error | null {
    const fail = this.options.failOnCall;
    return fail && fail.call === this.calls.length - 1 ? fail.error : null;
  }

  api(): OnDeviceTranslationApi {
    const fake = this;
    const options = this.options;
    const translator: TranslatorLike = {
      translate(input, callOptions) {
        fake.calls.push({ input, kind: 'translate' });
        const signal = callOptions?.signal;
        if (signal?.aborted) return Promise.reject(abortError());
        const failure = fake.#failure();
        if (failure) return Promise.reject(failure);
        if (!options.manual) return Promise.resolve(fake.#translateText(input));
        const answer = deferred<string>();
        signal?.addEventListener('abort', () => answer.reject(abortError()), { once: true });
        fake.#arrive({ input, kind: 'translate', signal, resolve: answer.resolve, reject: answer.reject, push() {}, close() {} });
        return answer.promise;
      },
      translateStreaming(input, callOptions) {
        fake.calls.push({ input, kind: 'stream' });
        const signal = callOptions?.signal;
        const failure = fake.#failure();
        let controller!: ReadableStreamDefaultController<string>;
        const stream = new ReadableStream<string>({
          start(c) {
            controller = c;
          },
        });
        if (signal?.aborted) controller.error(abortError());
        else if (failure) controller.error(failure);
        else if (!options.manual) {
          const whole = fake.#translateText(input);
          const cut = [0, Math.floor(whole.length / 3), Math.floor((2 * whole.length) / 3), whole.length];
          for (let i = 1; i < cut.length; i++) controller.enqueue(options.streamChunks === 'cumulative' ? whole.slice(0, cut[i]) : whole.slice(cut[i - 1], cut[i]));
          controller.close();
        } else {
          signal?.addEventListener('abort', () => controller.error(abortError()), { once: true });
          fake.#arrive({
            input,
            kind: 'stream',
            signal,
            resolve() {},
            reject: (error) => controller.error(error),
            push: (chunk) => controller.enqueue(chunk),
            close: () => controller.close(),
          });
        }
        return stream;
      },
      destroy() {
        fake.destroyed++;
      },
    };
    return {
      translator: {
        async availability(pair) {
          fake.availabilityCalls.push(pair);
          const value = options.availability?.[`${pair.sourceLanguage}>${pair.targetLanguage}`] ?? 'available';
          if (value instanceof Error) throw value;
          return value;
        },
        async create(createOptions) {
          const { sourceLanguage, targetLanguage, signal } = createOptions;
          if (signal?.aborted) throw abortError();
          if (options.createError) throw options.createError;
          const monitor: { listeners: ((event: { loaded: number }) => void)[] } & CreateMonitorLike = {
            listeners: [],
            addEventListener(_type, listener) {
              this.listeners.push(listener);
            },
          };
          createOptions.monitor?.(monitor);
          const availability = options.availability?.[`${sourceLanguage}>${targetLanguage}`] ?? 'available';
          if (availability !== 'available') for (const loaded of options.downloadProgress ?? []) monitor.listeners.forEach((listener) => listener({ loaded }));
          if (options.manualCreate) {
            const aborted = new Promise<never>((_, reject) => signal?.addEventListener('abort', () => reject(abortError()), { once: true }));
            await Promise.race([fake.#create.promise, aborted]);
          }
          fake.created.push({ sourceLanguage, targetLanguage });
          return translator;
        },
      },
      languageDetector:
        options.detect === undefined
          ? null
          : {
              availability: async () => options.detectorAvailability ?? 'available',
              async create() {
                fake.detectorCreated++;
                return { detect: async () => options.detect ?? [] };
              },
            },
    };
  }
}
