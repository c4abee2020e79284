/**
 * Failed writes lose nothing. Every write operation of the library runs against a seeded library with a
 * fault injected at each of its write positions in turn (a full disk reported on the call, on the request
 * or at commit; the transaction aborted before or after the write lands; the browser closing); then an
 * import of a large file is interrupted at several points, and the database is held open by an older
 * connection that will not step aside. Each time the caller must get a LibraryError with a clear code
 * and message, and a dump of the library afterwards must equal the dump before.
 */

import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, describe, expect, it } from 'vitest';
import { importClips } from '../../../utils/library/import/merge-import';
import { parseImport } from '../../../utils/library/import/parse-import';
import { libraryConnection } from '../../../utils/library/library-connection';
import { LIBRARY_DB_NAME, LIBRARY_DB_VERSION, openLibraryDb, type LibraryDb } from '../../../utils/library/library-db';
import { dumpLibrary } from '../fake-db';
import { faultyIndexedDB, type FaultKind, type FaultPlan } from './faulty-indexeddb';
import { caught, OPERATIONS, type CallerFailure, type Operation } from './operations';
import { openAsRelease, openRaw, rawDump, rawEditNote, settle, upgradedDump } from './raw-idb';
import { day, importedClip, pageRecord, seedLibrary } from './seeded-library';

type Dump = Awaited<ReturnType<typeof dumpLibrary>>;

const tally = { cases: 0, injected: 0, clipsLost: 0, recordsChanged: 0 };

afterAll(() => {
  console.info(
    `store fault injection: ${tally.cases} cases, ${tally.injected} injected failures, ${tally.clipsLost} clips lost, ${tally.recordsChanged} records changed by a failed write`,
  );
});

/** Clips of `before` missing from `after` or different there, and records of any store that differ. */
function losses(before: Dump, after: Dump): { clipsLost: number; recordsChanged: number } {
  const afterClips = new Map((after.clips as Array<{ id: string }>).map((clip) => [clip.id, clip]));
  const clipsLost = (before.clips as Array<{ id: string }>).filter((clip) => !isDeepEqual(afterClips.get(clip.id), clip)).length;
  let recordsChanged = 0;
  for (const store of Object.keys(before)) {
    const a = before[store]!;
    const b = after[store]!;
    recordsChanged += Math.abs(a.length - b.length);
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (!isDeepEqual(a[i], b[i])) recordsChanged++;
  }
  return { clipsLost, recordsChanged };
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}

/** A seeded library on its own in-memory IndexedDB, with a plain connection for dumps. */
async function seeded(operation?: Operation): Promise<{ raw: IDBFactory; plain: LibraryDb; prepared: unknown }> {
  const raw = new IDBFactory();
  const plain = await openLibraryDb({ indexedDB: raw });
  await seedLibrary(plain);
  const prepared = await operation?.prepare?.(plain);
  return { raw, plain, prepared };
}

const EXPECTED: Record<FaultKind, { code: string; advice: RegExp }> = {
  'quota-throw': { code: 'quota', advice: /Free some disk space/ },
  'quota-request': { code: 'quota', advice: /Free some disk space/ },
  'quota-commit': { code: 'quota', advice: /Free some disk space/ },
  abort: { code: 'failed', advice: /try again/i },
  'browser-closes': { code: 'failed', advice: /try again/i },
  'abort-commit': { code: 'failed', advice: /try again/i },
};

function count(before: Dump, after: Dump): void {
  const lost = losses(before, after);
  tally.cases++;
  tally.injected++;
  tally.clipsLost += lost.clipsLost;
  tally.recordsChanged += lost.recordsChanged;
}

function expectClearFailure(failure: CallerFailure | null, kind: FaultKind): void {
  expect(failure, 'the caller was told the write failed').not.toBeNull();
  expect(failure!.isLibraryError, `a LibraryError, not ${failure!.code}`).toBe(true);
  expect(failure!.code).toBe(EXPECTED[kind].code);
  expect(failure!.message).toMatch(/Nothing was saved/);
  expect(failure!.message).toMatch(EXPECTED[kind].advice);
}

/** Each operation run once without faults: how many writes it makes, in how many transactions, and what it leaves. */
const controls = await Promise.all(
  OPERATIONS.map(async (operation) => {
    const { raw, plain, prepared } = await seeded(operation);
    const before = await dumpLibrary(plain);
    const counting = faultyIndexedDB(raw);
    const failure = await operation.run(await openLibraryDb({ indexedDB: counting.factory }), prepared);
    return { operation, failure, before, after: await dumpLibrary(plain), writes: counting.stats.writes, transactions: counting.stats.writeTransactions };
  }),
);

describe.each(controls)('$operation.name', (control) => {
  const { operation, writes } = control;

  it(`succeeds without faults, changing the library with ${writes} writes in one transaction`, () => {
    expect(control.failure).toBeNull();
    expect(writes).toBeGreaterThan(0);
    expect(control.transactions).toBe(1);
    expect(control.after).not.toEqual(control.before);
  });

  const positions = Array.from({ length: writes }, (_, i) => i + 1);
  const cases: Array<[string, FaultPlan]> = [
    ...(['quota-throw', 'quota-request', 'abort', 'browser-closes'] as const).flatMap((kind) => positions.map((at): [string, FaultPlan] => [`${kind} at write ${at} of ${writes}`, { kind, at }])),
    ...(['quota-commit', 'abort-commit'] as const).map((kind): [string, FaultPlan] => [`${kind} after write ${writes} of ${writes}`, { kind }]),
  ];

  it.each(cases)('%s: a clear error, nothing saved, and a retry succeeds', async (_, plan) => {
    const kind = plan.kind;
    const { raw, plain, prepared } = await seeded(operation);
    const before = await dumpLibrary(plain);
    expect(before).toEqual(control.before);
    const faulty = faultyIndexedDB(raw, plan);
    const failure = await operation.run(await openLibraryDb({ indexedDB: faulty.factory }), prepared);
    expect(faulty.stats.injected).toBe(1);
    expectClearFailure(failure, kind);

    const after = await dumpLibrary(plain);
    count(before, after);
    expect(after).toEqual(before);

    faulty.disarm();
    expect(await operation.run(await openLibraryDb({ indexedDB: faulty.factory }), prepared)).toBeNull();
    expect(await dumpLibrary(plain)).toEqual(control.after);
  });
});

describe('a large import interrupted part way', () => {
  const SIZE = 1500;
  const file = JSON.stringify(
    Array.from({ length: SIZE }, (_, i) => {
      const lang = i % 2 ? 'tr' : 'ar';
      const url = `https://www.aa.com.tr/${lang}/haber/${100_000 + i}`;
      const current = pageRecord(url, lang, lang === 'tr' ? `Haber ${i}: Ankara’da toplantı yapıldı; ortak bildiri yayımlandı.` : `الخبر ${i}: عُقد اجتماع في القاهرة وصدر بيان مشترك.`);
      const past = pageRecord(url, lang, lang === 'tr' ? `Haber ${i}: Ankara’da toplantı yapıldı.` : `الخبر ${i}: عُقد اجتماع في القاهرة.`);
      return importedClip(current, `bulk-${i}`, { version: 2, history: [importedClip(past, `bulk-${i}`, { updatedAt: day(6).toISOString() })] });
    }),
  );
  const clips = parseImport(file).clips;
  // Each clip writes its past version, itself and its summary.
  const writes = SIZE * 3;

  it('is one transaction: every write of the file commits together or not at all', async () => {
    const { raw, plain } = await seeded();
    const counting = faultyIndexedDB(raw);
    const report = await importClips(await openLibraryDb({ indexedDB: counting.factory }), clips, day(10));
    expect(report.added).toBe(SIZE);
    expect(counting.stats).toMatchObject({ writes, writeTransactions: 1 });
    expect((await dumpLibrary(plain)).clips).toHaveLength(SIZE + 5);
  });

  it.each<[string, FaultPlan]>([
    ['abort at the first write', { kind: 'abort', at: 1 }],
    ['abort a third of the way', { kind: 'abort', at: writes / 3 }],
    ['browser closes half way', { kind: 'browser-closes', at: writes / 2 }],
    ['browser closes two thirds of the way', { kind: 'browser-closes', at: (writes * 2) / 3 }],
    ['browser closes at the last write', { kind: 'browser-closes', at: writes }],
    ['abort while committing', { kind: 'abort-commit' }],
    ['disk full on the last write', { kind: 'quota-request', at: writes }],
    ['disk full at commit', { kind: 'quota-commit' }],
  ])(`%s (of ${writes} writes): nothing imported`, async (_, plan) => {
    const kind = plan.kind;
    const { raw, plain } = await seeded();
    const before = await dumpLibrary(plain);
    const faulty = faultyIndexedDB(raw, plan);
    const db = await openLibraryDb({ indexedDB: faulty.factory });
    const failure = await caught(() => importClips(db, clips, day(10)));
    expect(faulty.stats.injected).toBe(1);
    expectClearFailure(failure, kind);
    const after = await dumpLibrary(plain);
    count(before, after);
    expect(after).toEqual(before);
  });
});

describe('the database held open by another connection', () => {
  it('an older release that does not step aside: a blocked error at once, its connection keeps working, and the upgrade lands intact when it closes', async () => {
    const raw = new IDBFactory();
    const old = await openAsRelease(raw, 1);
    const before = await rawDump(old);
    expect(before.clips!.length).toBeGreaterThan(0);

    const outcome = await Promise.race([caught(() => openLibraryDb({ indexedDB: raw })), settle(200).then(() => 'still waiting' as const)]);
    expect(outcome, 'opening reports the blocked upgrade instead of waiting unseen').not.toBe('still waiting');
    const failure = outcome as CallerFailure | null;
    expect(failure).toMatchObject({ code: 'blocked', isLibraryError: true });
    expect(failure!.message).toMatch(/another tab with an older version/);
    expect(failure!.message).toMatch(/Nothing was saved/);
    expect(failure!.message).toMatch(/Close that tab, then try again/);

    expect(await rawDump(old)).toEqual(before);
    const firstId = (before.clips![0] as { id: string }).id;
    await rawEditNote(old, firstId, 'written by the old tab while the upgrade waited');
    const edited = await rawDump(old);
    expect(edited).not.toEqual(before);
    count(edited, edited);

    // Opening again before the old tab closes is refused at once too, rather than queued behind the
    // waiting upgrade; once it has closed (and the waiting upgrade has run), opening works.
    expect(await caught(() => openLibraryDb({ indexedDB: raw }))).toMatchObject({ code: 'blocked' });
    old.close();
    await settle();
    const db = await openLibraryDb({ indexedDB: raw });
    expect(db.version).toBe(LIBRARY_DB_VERSION);
    // The upgrade itself changes the records in one known way: schema 2 mentions and new summaries.
    expect(await dumpLibrary(db)).toEqual(upgradedDump(edited));
    // The connection the blocked open got in the end was closed: it does not block the next upgrade.
    const counts = { blocked: 0 };
    (await openRaw(raw, LIBRARY_DB_NAME, LIBRARY_DB_VERSION + 1, counts)).close();
    expect(counts.blocked).toBe(0);
  });

  it('a newer version taking over: the page steps aside, every write on its old handle is refused and saves nothing, and the shared connection is dropped', async () => {
    const raw = new IDBFactory();
    const plain = await openLibraryDb({ indexedDB: raw });
    await seedLibrary(plain);
    const prepared = await Promise.all(OPERATIONS.map((operation) => operation.prepare?.(plain)));
    let opens = 0;
    const connection = libraryConnection(() => {
      opens++;
      return openLibraryDb({ indexedDB: raw });
    });
    const db = await connection();
    const before = await dumpLibrary(db);

    const counts = { blocked: 0 };
    const newer = await openRaw(raw, LIBRARY_DB_NAME, LIBRARY_DB_VERSION + 1, counts);
    expect(counts.blocked).toBe(0);
    for (const [i, operation] of OPERATIONS.entries()) {
      const failure = await operation.run(db, prepared[i]);
      expect(failure, operation.name).toMatchObject({ code: 'unavailable', isLibraryError: true });
      expect(failure!.message).toMatch(/Reload the page and try again/);
      const after = await rawDump(newer);
      count(before, after);
      expect(after).toEqual(before);
    }

    newer.close();
    await caught(() => connection());
    expect(opens, 'the next use opens the library again').toBe(2);
  });
});
