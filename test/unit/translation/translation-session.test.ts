/** Translating an article on the device, against a scripted double of Chrome's Translator API. */

import { describe, expect, it } from 'vitest';
import { checkAvailability, runTranslation, type TranslationEvent } from '../../../utils/translation/run-translation';
import { resolveSourceLanguage, translationLanguage } from '../../../utils/translation/source-language';
import { TranslationSession, type TranslationState } from '../../../utils/translation/translation-session';
import { defaultTargetLanguage } from '../../../utils/translation/target-language';
import { builtInTranslatorApi } from '../../../utils/translation/translator-api';
import { FakeTranslatorApi, fakeEnglish, namedError } from './fake-translator';

const TEXTS = [
  'İçişleri Bakanlığı yeni genelgeyi yayımladı',
  'Genelge, 81 il valiliğine gönderildi.',
  '412,6 — 28,4%',
  'Valiler, uygulamanın takibinden sorumlu olacak.',
  'Genelge yayımı tarihinde yürürlüğe girdi.',
];

/** Every state a session goes through. */
function record(session: TranslationSession): TranslationState[] {
  const states: TranslationState[] = [];
  session.subscribe((state) => states.push(state));
  return states;
}

describe('builtInTranslatorApi', () => {
  it('finds nothing in Firefox or older Chrome', () => {
    expect(builtInTranslatorApi({})).toBeNull();
    expect(builtInTranslatorApi({ Translator: { create() {} } })).toBeNull();
  });

  it('takes the Translator and, when there is one, the LanguageDetector from the given global object', () => {
    class Translator {
      static availability() {}
      static create() {}
    }
    const withDetector = builtInTranslatorApi({ Translator, LanguageDetector: { create() {} } });
    expect(withDetector?.translator).toBe(Translator);
    expect(withDetector?.languageDetector).not.toBeNull();
    expect(builtInTranslatorApi({ Translator })?.languageDetector).toBeNull();
  });
});

describe('checkAvailability', () => {
  it.each(['available', 'downloadable', 'downloading'] as const)('reports %s as ready', async (availability) => {
    const fake = new FakeTranslatorApi({ availability: { 'tr>en': availability } });
    expect(await checkAvailability(fake.api(), 'tr', 'en')).toEqual({ ok: true, availability });
  });

  it.each([
    ['no API at all', null, 'tr', 'en', 'no-api'],
    ['an unknown source language', {}, null, 'en', 'unknown-language'],
    ['an article already in the target language', {}, 'ar', 'ar', 'same-language'],
    ['a pair the browser cannot translate', { 'ar>tr': 'unavailable' }, 'ar', 'tr', 'unsupported-pair'],
    ['every pair unavailable (turned off by policy)', { 'ar>tr': 'unavailable', 'en>es': 'unavailable' }, 'ar', 'tr', 'disabled'],
    ['a refusal to answer', { 'ar>tr': namedError('NotAllowedError') }, 'ar', 'tr', 'disabled'],
    ['an invalid pair', { 'ar>tr': new RangeError('bad tag') }, 'ar', 'tr', 'unsupported-pair'],
  ] as const)('gives a reason for %s', async (_case, availability, source, target, reason) => {
    const api = availability === null ? null : new FakeTranslatorApi({ availability: { ...availability } }).api();
    expect(await checkAvailability(api, source, target)).toEqual({ ok: false, reason });
  });

  it('asks the browser nothing when the languages are the same', async () => {
    const fake = new FakeTranslatorApi();
    await checkAvailability(fake.api(), 'tr', 'tr');
    expect(fake.availabilityCalls).toEqual([]);
  });
});

describe('source language', () => {
  it('takes the language subtag of the record', () => {
    expect(['ar-EG', 'tr', 'EN_gb', 'und', '', 'x-klingon', 'zxx'].map(translationLanguage)).toEqual(['ar', 'tr', 'en', null, null, null, null]);
  });

  it('asks the detector only when the record does not know, and only trusts a confident answer', async () => {
    const sure = new FakeTranslatorApi({ detect: [{ detectedLanguage: 'tr', confidence: 0.2 }, { detectedLanguage: 'ar', confidence: 0.93 }] });
    expect(await resolveSourceLanguage(sure.api(), 'ar-SA', 'نص')).toBe('ar');
    expect(sure.detectorCreated).toBe(0);
    expect(await resolveSourceLanguage(sure.api(), 'und', 'وزارة الخارجية')).toBe('ar');
    expect(sure.detectorCreated).toBe(1);
    const unsure = new FakeTranslatorApi({ detect: [{ detectedLanguage: 'tr', confidence: 0.3 }] });
    expect(await resolveSourceLanguage(unsure.api(), 'und', 'Ankara')).toBeNull();
  });

  it('does not start a detector download and gives up without a detector', async () => {
    const later = new FakeTranslatorApi({ detect: [{ detectedLanguage: 'tr', confidence: 1 }], detectorAvailability: 'downloadable' });
    expect(await resolveSourceLanguage(later.api(), 'und', 'Bakanlık')).toBeNull();
    expect(later.detectorCreated).toBe(0);
    expect(await resolveSourceLanguage(new FakeTranslatorApi().api(), 'und', 'Bakanlık')).toBeNull();
  });
});

describe('TranslationSession', () => {
  it('translates block by block in order, figures without asking the translator', async () => {
    const fake = new FakeTranslatorApi();
    const session = new TranslationSession({ api: fake.api(), sourceLanguage: 'tr', targetLanguage: 'en', texts: TEXTS });
    const states = record(session);
    const end = await session.start();
    expect(end.phase).toBe('done');
    expect(end.texts).toEqual(TEXTS.map((text) => (text === '412,6 — 28,4%' ? text : fakeEnglish(text))));
    expect(fake.calls.map((call) => call.input)).toEqual(TEXTS.filter((text) => text !== '412,6 — 28,4%'));
    const progress = states.filter((s) => s.phase === 'translating').map((s) => (s.phase === 'translating' ? `${s.index}:${s.done}/${s.total}` : ''));
    expect(progress).toContain('0:0/5');
    expect(progress).toContain('4:4/5');
    expect(progress).toContain('4:5/5');
    expect(fake.destroyed).toBe(1);
  });

  it('reports availability before starting and the download progress while the model arrives', async () => {
    const fake = new FakeTranslatorApi({ availability: { 'ar>en': 'downloadable' }, downloadProgress: [0, 0.25, 0.8, 1] });
    const session = new TranslationSession({ api: fake.api(), sourceLanguage: 'ar', targetLanguage: 'en', texts: ['وزارة الخارجية'] });
    expect(await session.check()).toMatchObject({ phase: 'ready', availability: 'downloadable' });
    expect(fake.created).toEqual([]);
    const states = record(session);
    await session.start();
    const loaded = states.flatMap((s) => (s.phase === 'downloading' ? [s.loaded] : []));
    expect(loaded).toEqual([null, 0, 0.25, 0.8, 1]);
    expect(states.at(-1)?.phase).toBe('done');
  });

  it('shows no download when the model is already on the device', async () => {
    const fake = new FakeTranslatorApi({ downloadProgress: [0, 1] });
    const session = new TranslationSession({ api: fake.api(), sourceLanguage: 'ar', targetLanguage: 'en', texts: ['نص'] });
    const states = record(session);
    await session.start();
    expect(states.some((s) => s.phase === 'downloading')).toBe(false);
  });

  it('ends unavailable with its reason and never creates a translator then', async () => {
    for (const [options, source, reason] of [
      [{ availability: { 'tr>en': 'unavailable' } }, 'tr', 'unsupported-pair'],
      [{}, 'en', 'same-language'],
      [{ availability: { 'tr>en': 'available' }, createError: namedError('NotAllowedError') }, 'tr', 'disabled'],
      [{ createError: namedError('NotSupportedError') }, 'tr', 'unsupported-pair'],
    ] as const) {
      const fake = new FakeTranslatorApi(options);
      const end = await new TranslationSession({ api: fake.api(), sourceLanguage: source, targetLanguage: 'en', texts: TEXTS }).start();
      expect(end).toMatchObject({ phase: 'unavailable', reason });
      expect(fake.calls).toEqual([]);
    }
    expect(await new TranslationSession({ api: null, sourceLanguage: 'tr', targetLanguage: 'en', texts: TEXTS }).start()).toMatchObject({ phase: 'unavailable', reason: 'no-api' });
  });

  it('fails at setup, not as unavailable, when a download could not start', async () => {
    const fake = new FakeTranslatorApi({ availability: { 'tr>en': 'downloadable' }, createError: namedError('NotAllowedError', 'Requires a user gesture') });
    const end = await new TranslationSession({ api: fake.api(), sourceLanguage: 'tr', targetLanguage: 'en', texts: TEXTS }).start();
    expect(end).toMatchObject({ phase: 'failed', at: 0, reason: 'setup', message: 'Requires a user gesture' });
  });

  it('stops on cancel: no further translate call, the blocks done so far kept', async () => {
    const fake = new FakeTranslatorApi({ manual: true });
    const session = new TranslationSession({ api: fake.api(), sourceLanguage: 'tr', targetLanguage: 'en', texts: TEXTS });
    const run = session.start();
    (await fake.nextCall()).resolve('The Ministry of the Interior issued a new circular');
    (await fake.nextCall()).resolve('The circular was sent to the governorships of 81 provinces.');
    const third = await fake.nextCall();
    expect(third.input).toBe(TEXTS[3]);
    session.cancel();
    expect(third.signal?.aborted).toBe(true);
    const end = await run;
    expect(end).toMatchObject({ phase: 'cancelled', at: 3 });
    expect(end.texts).toEqual(['The Ministry of the Interior issued a new circular', 'The circular was sent to the governorships of 81 provinces.', TEXTS[2], undefined, undefined]);
    expect(fake.calls).toHaveLength(3);
    expect(fake.destroyed).toBe(1);
  });

  it('cancels during the download without translating anything', async () => {
    const fake = new FakeTranslatorApi({ availability: { 'tr>ar': 'downloading' }, manualCreate: true });
    const session = new TranslationSession({ api: fake.api(), sourceLanguage: 'tr', targetLanguage: 'ar', texts: TEXTS });
    const run = session.start();
    await Promise.resolve();
    session.cancel();
    expect(await run).toMatchObject({ phase: 'cancelled', at: 0 });
    expect(fake.calls).toEqual([]);
  });

  it('keeps the partial result and says where it stopped when a block fails, and a retry goes on from there', async () => {
    const fake = new FakeTranslatorApi({ failOnCall: { call: 2, error: namedError('UnknownError', 'The translation model crashed') } });
    const session = new TranslationSession({ api: fake.api(), sourceLanguage: 'tr', targetLanguage: 'en', texts: TEXTS });
    const failed = await session.start();
    expect(failed).toMatchObject({ phase: 'failed', at: 3, reason: 'engine', message: 'The translation model crashed' });
    expect(failed.texts).toEqual([fakeEnglish(TEXTS[0]!), fakeEnglish(TEXTS[1]!), TEXTS[2], undefined, undefined]);

    const before = fake.calls.length;
    const done = await session.start();
    expect(done.phase).toBe('done');
    expect(fake.calls.slice(before).map((call) => call.input)).toEqual([TEXTS[3], TEXTS[4]]);
    expect(done.texts.slice(0, 2)).toEqual(failed.texts.slice(0, 2));
    expect(done.texts.slice(3)).toEqual([fakeEnglish(TEXTS[3]!), fakeEnglish(TEXTS[4]!)]);
  });

  it('names a block too long for the translator', async () => {
    const fake = new FakeTranslatorApi({ failOnCall: { call: 0, error: namedError('QuotaExceededError', 'Input too long') } });
    const end = await new TranslationSession({ api: fake.api(), sourceLanguage: 'tr', targetLanguage: 'en', texts: TEXTS }).start();
    expect(end).toMatchObject({ phase: 'failed', at: 0, reason: 'too-long' });
  });

  it('starts from a stored or earlier translation and does nothing when it is complete', async () => {
    const fake = new FakeTranslatorApi();
    const previous = [fakeEnglish(TEXTS[0]!), undefined, TEXTS[2], fakeEnglish(TEXTS[3]!), undefined];
    await new TranslationSession({ api: fake.api(), sourceLanguage: 'tr', targetLanguage: 'en', texts: TEXTS, previous }).start();
    expect(fake.calls.map((call) => call.input)).toEqual([TEXTS[1], TEXTS[4]]);
    const complete = new FakeTranslatorApi();
    const kept = new TranslationSession({ api: complete.api(), sourceLanguage: 'tr', targetLanguage: 'en', texts: ['a'], previous: ['b'] });
    expect(kept.state).toMatchObject({ phase: 'done', texts: ['b'] });
    const end = await kept.start();
    expect([end.phase, end.texts, complete.created, complete.calls]).toEqual(['done', ['b'], [], []]);
  });
});

describe('streaming long blocks', () => {
  const long = `${'Dışişleri Bakanlığı, bölgedeki son gelişmelere ilişkin yazılı bir açıklama yaptı. '.repeat(9)}Açıklamada taraflara itidal çağrısında bulunuldu.`;

  it.each(['delta', 'cumulative'] as const)('puts %s chunks together into the whole translation', async (streamChunks) => {
    const fake = new FakeTranslatorApi({ streamChunks });
    const end = await runTranslation({ api: fake.api(), sourceLanguage: 'tr', targetLanguage: 'en', texts: ['Kısa başlık', long] });
    expect(end).toEqual({ status: 'done', texts: [fakeEnglish('Kısa başlık'), fakeEnglish(long)] });
    expect(fake.calls.map((call) => call.kind)).toEqual(['translate', 'stream']);
  });

  it('shows the text so far while it streams and only counts the block when the stream ends', async () => {
    const fake = new FakeTranslatorApi({ manual: true });
    const session = new TranslationSession({ api: fake.api(), sourceLanguage: 'tr', targetLanguage: 'en', texts: [long] });
    const states = record(session);
    const run = session.start();
    const call = await fake.nextCall();
    expect(call.kind).toBe('stream');
    call.push('The Ministry of Foreign Affairs ');
    call.push('issued a written statement.');
    call.close();
    await run;
    const partials = states.flatMap((s) => (s.phase === 'translating' && s.partial !== undefined ? [[s.partial, s.done]] : []));
    expect(partials).toEqual([
      ['The Ministry of Foreign Affairs ', 0],
      ['The Ministry of Foreign Affairs issued a written statement.', 0],
    ]);
    expect(session.state).toMatchObject({ phase: 'done', texts: ['The Ministry of Foreign Affairs issued a written statement.'] });
  });

  it('drops a half-streamed block on cancel and streams it again on retry', async () => {
    const fake = new FakeTranslatorApi({ manual: true });
    const session = new TranslationSession({ api: fake.api(), sourceLanguage: 'tr', targetLanguage: 'en', texts: [long] });
    const run = session.start();
    const call = await fake.nextCall();
    call.push('The Ministry');
    await Promise.resolve();
    session.cancel();
    expect(await run).toMatchObject({ phase: 'cancelled', at: 0, texts: [undefined] });
    const retry = session.start();
    const again = await fake.nextCall();
    expect([again.kind, again.input]).toEqual(['stream', long]);
    again.push('Whole text.');
    again.close();
    expect(await retry).toMatchObject({ phase: 'done', texts: ['Whole text.'] });
  });
});

describe('runTranslation events', () => {
  it('reports availability, each block and each translation in order', async () => {
    const fake = new FakeTranslatorApi();
    const events: TranslationEvent[] = [];
    await runTranslation({ api: fake.api(), sourceLanguage: 'ar', targetLanguage: 'tr', texts: ['عنوان', 'فقرة'], onEvent: (event) => events.push(event) });
    expect(events.map((event) => event.type + ('index' in event ? event.index : ''))).toEqual(['availability', 'block0', 'translated0', 'block1', 'translated1']);
  });

  it('makes no call at all when the signal is already aborted', async () => {
    const fake = new FakeTranslatorApi();
    const controller = new AbortController();
    controller.abort();
    expect(await runTranslation({ api: fake.api(), sourceLanguage: 'ar', targetLanguage: 'tr', texts: ['نص'], signal: controller.signal })).toMatchObject({ status: 'cancelled', at: 0 });
    expect([fake.availabilityCalls, fake.calls]).toEqual([[], []]);
  });
});

describe('defaultTargetLanguage', () => {
  it.each([
    ['en', 'tr', [], 'en'],
    ['tr', 'tr', [], 'en'],
    ['ar', 'ar', [], 'en'],
    ['en', 'en', [], 'tr'],
    ['ar', 'tr', [], 'ar'],
    ['en', 'ar', ['tr'], 'tr'],
    ['en', 'ar', ['tr', 'en'], 'en'],
    ['tr', null, [], 'tr'],
  ] as const)('interface %s, article %s, kept %j → %s', (ui, source, stored, expected) => {
    expect(defaultTargetLanguage(ui, source, stored)).toBe(expected);
  });
});
