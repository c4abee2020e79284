/**
 * A fault-injecting IndexedDB for Node: Proxies over fake-indexeddb's factory, open request, database,
 * transaction and object store that count every write (`put`, `add`, `delete`, `clear`) made in a
 * read-write transaction and, at the chosen write, fail the way a browser does. The library code under
 * test is unchanged: it only gets this factory through `openLibraryDb({ indexedDB })`.
 *
 * Faults at write number `at` (1-based, counted over the connection's read-write transactions):
 * - `quota-throw`: the call itself throws a QuotaExceededError;
 * - `quota-request`: the request fails with a QuotaExceededError and the transaction aborts with it
 *   (Firefox reports a full disk on the request);
 * - `abort`: `transaction.abort()` right after the write is issued, before it lands;
 * - `browser-closes`: the same abort, and the connection force-closed (its `close` event fires), as when
 *   the browser shuts down or clears site data mid-write.
 * Faults when the first read-write transaction that wrote anything is about to commit, after its last
 * request:
 * - `quota-commit`: it aborts with a QuotaExceededError (Chromium reports a full disk at commit);
 * - `abort-commit`: it is aborted (the browser closing while the transaction commits).
 *
 * fake-indexeddb has no public way to fail a request, to abort with an error or to act at commit, so
 * these faults use its internals (`_execRequestAsync`, `_abort`, `_start`, `_requests`, `_state`),
 * pinned by the package version.
 */

import { forceCloseDatabase } from 'fake-indexeddb';

export type WriteFault = 'quota-throw' | 'quota-request' | 'abort' | 'browser-closes';
export type CommitFault = 'quota-commit' | 'abort-commit';
export type FaultKind = WriteFault | CommitFault;

export type FaultPlan =
  | {
      kind: WriteFault;
      /** The write (1-based, over the connection's read-write transactions) that fails. */
      at: number;
    }
  | { kind: CommitFault };

export interface FaultStats {
  /** Writes issued in read-write transactions. */
  writes: number;
  /** Read-write transactions opened. */
  writeTransactions: number;
  /** Faults fired (0 or 1 per plan). */
  injected: number;
}

export interface FaultyIndexedDB {
  factory: IDBFactory;
  stats: FaultStats;
  /** Lets every later write through (to retry after a failure on the same connection). */
  disarm(): void;
}

/** fake-indexeddb's transaction internals used by some faults. */
interface FakeTransactionInternals {
  _execRequestAsync(request: { operation: () => unknown; source: IDBObjectStore }): IDBRequest;
  _abort(errorName: string | null): void;
  /** Runs the next queued request, or commits when none is left. */
  _start(): void;
  _requests: Array<{ request: IDBRequest }>;
  _state: string;
}

const WRITE_METHODS = new Set<PropertyKey>(['put', 'add', 'delete', 'clear']);

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

type Method = (...args: unknown[]) => unknown;

/**
 * A Proxy whose methods run on the real object (fake-indexeddb's methods must not see the Proxy as
 * `this`); `methods` replaces some of them and `getters` some properties.
 */
function around<T extends object>(target: T, methods: Record<string, Method> = {}, getters: Record<string, () => unknown> = {}): T {
  const bound = new Map<PropertyKey, Method>();
  return new Proxy(target, {
    get(real, prop) {
      if (typeof prop === 'string' && prop in getters) return getters[prop]!();
      if (typeof prop === 'string' && prop in methods) return methods[prop];
      const value: unknown = Reflect.get(real, prop, real);
      if (typeof value !== 'function') return value;
      let method = bound.get(prop);
      if (!method) {
        method = (...args: unknown[]) => (value as Method).apply(real, args);
        bound.set(prop, method);
      }
      return method;
    },
    set(real, prop, value) {
      return Reflect.set(real, prop, value, real);
    },
  });
}

/** Wraps `inner` so that the planned write fails; with no plan it only counts. */
export function faultyIndexedDB(inner: IDBFactory, plan: FaultPlan | null = null): FaultyIndexedDB {
  const stats: FaultStats = { writes: 0, writeTransactions: 0, injected: 0 };
  let armed = plan !== null;

  const writesIn = new WeakMap<IDBTransaction, number>();

  function storeProxy(store: IDBObjectStore, db: IDBDatabase): IDBObjectStore {
    const tx = store.transaction;
    const methods: Record<string, Method> = {};
    for (const name of WRITE_METHODS) {
      const real = (store as unknown as Record<PropertyKey, Method>)[name as string]!;
      methods[name as string] = (...args: unknown[]) => {
        const issue = () => real.apply(store, args) as IDBRequest;
        if (tx.mode !== 'readwrite') return issue();
        const position = ++stats.writes;
        writesIn.set(tx, (writesIn.get(tx) ?? 0) + 1);
        if (!armed || !plan || !('at' in plan) || plan.at !== position) return issue();
        stats.injected++;
        switch (plan.kind) {
          case 'quota-throw':
            throw quotaError();
          case 'quota-request':
            return (tx as unknown as FakeTransactionInternals)._execRequestAsync({
              operation: () => {
                throw quotaError();
              },
              source: store,
            });
          case 'abort': {
            const request = issue();
            tx.abort();
            return request;
          }
          case 'browser-closes': {
            const request = issue();
            tx.abort();
            // The package declares the parameter as the class rather than an instance.
            forceCloseDatabase(db as unknown as Parameters<typeof forceCloseDatabase>[0]);
            return request;
          }
        }
      };
    }
    return around(store, methods);
  }

  /** Makes the planned commit fault happen when `tx` has written and has no request left. */
  function failAtCommit(tx: IDBTransaction, kind: CommitFault): void {
    const internals = tx as unknown as FakeTransactionInternals;
    const start = internals._start;
    internals._start = function (this: FakeTransactionInternals) {
      const committing = this._state !== 'finished' && this._requests.every(({ request }) => request.readyState === 'done');
      if (!committing || !armed || !writesIn.get(tx)) return start.call(this);
      armed = false;
      stats.injected++;
      this._abort(kind === 'quota-commit' ? 'QuotaExceededError' : null);
    };
  }

  function transactionProxy(tx: IDBTransaction, db: IDBDatabase): IDBTransaction {
    if (tx.mode === 'readwrite') {
      stats.writeTransactions++;
      if (plan && !('at' in plan)) failAtCommit(tx, plan.kind);
    }
    return around(tx, { objectStore: (name) => storeProxy(tx.objectStore(name as string), db) });
  }

  function databaseProxy(db: IDBDatabase): IDBDatabase {
    return around(db, {
      transaction: (...args) => transactionProxy((db.transaction as Method).apply(db, args) as IDBTransaction, db),
    });
  }

  function openRequestProxy(request: IDBOpenDBRequest): IDBOpenDBRequest {
    let wrapped: { raw: IDBDatabase; proxy: IDBDatabase } | null = null;
    return around(request, {}, {
      result: () => {
        const raw = request.result;
        if (wrapped?.raw !== raw) wrapped = { raw, proxy: databaseProxy(raw) };
        return wrapped.proxy;
      },
    });
  }

  const factory = around(inner, {
    open: (...args) => openRequestProxy((inner.open as Method).apply(inner, args) as IDBOpenDBRequest),
  });
  return {
    factory,
    stats,
    disarm() {
      armed = false;
    },
  };
}
