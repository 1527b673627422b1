/**
 * Persistence for every stored concern: one versioned envelope per key in localStorage (see
 * src/lib/storage.ts), read through the concern's schema, written so that nothing is lost.
 *
 * - Writes merge, they do not replace. An action is a pure function `(state) => state`; it is
 *   applied to the freshest stored value, read right before the write, under one Web Lock
 *   (`navigator.locks`) shared by every tab (a synchronous read-apply-write where the API is
 *   missing). Two tabs ticking at once each keep the other's tick; two tabs editing different
 *   fields of one draft keep both.
 * - The store shows the change at once (optimistically) and rolls back, telling the user, when
 *   the write is refused (quota): what was stored stays intact.
 * - Reading never depends on writing: a full storage still shows what it holds.
 * - A value that cannot be read is copied aside (quarantine) before anything is written over it.
 *   When even the copy does not fit, the value is never overwritten: it is held in `$unkept`
 *   for the user to download, and its key is written again only after that download.
 * - `transact` writes several concerns all or nothing (import and clear everything).
 */
import { atom, type ReadableAtom } from 'nanostores';
import { sameValue } from '../lib/equal.ts';
import { decodeEnvelope, type EnvelopeSpec, encodeEnvelope, revisionOf } from '../lib/storage.ts';

/**
 * What the user must be told about persistence. Islands show it; only stores set it.
 * - `unavailable`: the browser refuses storage (private mode, blocked): we keep working in memory.
 * - `quarantined`: a stored value could not be read; its raw text was kept under a quarantine key.
 * - `write-failed`: the last write was refused (quota exceeded); what was stored before is intact.
 */
export type StorageStatus = 'ok' | 'unavailable' | 'quarantined' | 'write-failed';
export const $storageStatus = atom<StorageStatus>('ok');

/** A stored value that could be neither read nor set aside: the only copy, until downloaded. */
export interface Unkept {
  raw: string;
  /** The user has a copy: the key may now be written over. */
  downloaded: boolean;
}
export const $unkept = atom<Readonly<Record<string, Unkept>>>({});

export const STORAGE_PREFIX = 'crisis-playbook:';
export const QUARANTINE_PREFIX = 'crisis-playbook:quarantine:';
const LOCK_NAME = 'crisis-playbook:storage';
const PROBE = 'crisis-playbook:probe';
/** How long a write waits, under the lock, for other tabs' last writes to arrive. */
const SETTLE_MS = 15;
/** How many revisions (and own writes) a tab remembers to spot and repair a missed write. */
const HISTORY = 50;
/** When the write another tab started from is unknown, own changes this recent are made again. */
const REBASE_WINDOW_MS = 5000;

/** The part of Storage we use, so the in-memory fallback can stand in for it. */
interface Area {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  keys(): string[];
}

function memoryArea(): Area {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
    keys: () => [...values.keys()],
  };
}

function storageArea(storage: Storage): Area {
  return {
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => storage.setItem(key, value),
    removeItem: (key) => storage.removeItem(key),
    keys: () => Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k) => k !== null),
  };
}

export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}

/**
 * The browser's localStorage, if it can be read. A probe write that fails for lack of space
 * still counts as usable: a full storage must show what it holds (writes then report failure).
 */
export function usableLocalStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    storage.getItem(PROBE);
    try {
      storage.setItem(PROBE, '1');
      storage.removeItem(PROBE);
    } catch (error) {
      if (!isQuotaError(error)) return null;
    }
    return storage;
  } catch {
    return null;
  }
}

const inBrowser = typeof window !== 'undefined';
const local = inBrowser ? usableLocalStorage() : null;
/** Where every concern lives: localStorage, or memory when the browser refuses storage. */
const area: Area = local ? storageArea(local) : memoryArea();
// Storage refused (private mode, blocked): every store works in memory for this page, and the user is told.
if (inBrowser && !local) $storageStatus.set('unavailable');

/**
 * Keeps an unreadable value, untouched, under `crisis-playbook:quarantine:KEY:TIME`, once: the
 * same raw value read again (another reload, another tab) is not copied a second time. Returns
 * whether a copy is really kept; when not, the value goes to `$unkept` and must not be overwritten.
 */
export function quarantine(key: string, raw: string, now: Date = new Date()): boolean {
  const prefix = `${QUARANTINE_PREFIX}${key}:`;
  try {
    const kept = area.keys().some((k) => k.startsWith(prefix) && area.getItem(k) === raw);
    if (!kept) area.setItem(`${prefix}${now.toISOString()}`, raw);
    $storageStatus.set('quarantined');
    return true;
  } catch {
    const unkept = $unkept.get();
    if (unkept[key]?.raw !== raw) $unkept.set({ ...unkept, [key]: { raw, downloaded: false } });
    return false;
  }
}

/** Every value set aside: quarantined copies and values that could not even be copied, by key. */
export function setAsideValues(): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    for (const key of area.keys()) if (key.startsWith(QUARANTINE_PREFIX)) out[key] = area.getItem(key) ?? '';
  } catch {
    // Unreadable storage: nothing to list.
  }
  for (const [key, { raw }] of Object.entries($unkept.get())) out[key] = raw;
  return out;
}

/** The user downloaded the values set aside: an unkept value's key may be written again. */
export function markSetAsideDownloaded(): void {
  const unkept = $unkept.get();
  $unkept.set(Object.fromEntries(Object.entries(unkept).map(([k, u]) => [k, { ...u, downloaded: true }])));
}

/**
 * Every value set aside (unreadable copies), as one JSON file to keep, or null when there is
 * none. Once handed over, a value that could not even be copied may be written over.
 */
export function exportSetAside(now: Date = new Date()): string | null {
  const values = setAsideValues();
  if (Object.keys(values).length === 0) return null;
  markSetAsideDownloaded();
  return JSON.stringify({ format: 'crisis-playbook/set-aside', exportedAt: now.toISOString(), values }, null, 2);
}

/** Removes every key of ours that no concern owns (quarantined copies); for "clear all data". */
function removeSetAside(): void {
  for (const key of area.keys()) if (key.startsWith(QUARANTINE_PREFIX)) area.removeItem(key);
  $unkept.set({});
}

export type Action<T> = (state: T) => T;

/** A persisted concern: its store, and what `transact` needs to write it. */
export interface Persisted<T> {
  readonly key: string;
  readonly $store: ReadableAtom<T>;
  /** Applies `action` to the freshest stored value and writes it. False (and the user told) when refused. */
  update(action: Action<T>, options?: { immediate?: boolean }): Promise<boolean>;
  /** A state to start from: what a first visit or "clear all data" gets. */
  fresh(): T;
  /** @internal for transact */
  enqueue(action: Action<T>): void;
  /** @internal: the freshest value, the next one, and the change that leads there (own changes another tab missed included) */
  settle(action: Action<T>): { before: T; next: T; writable: boolean; applied: Action<T> };
  /** @internal */
  write(value: T, applied: Action<T>): void;
  /** @internal: forgets the last write, which was taken back */
  revert(): void;
  /** @internal */
  show(): void;
}

interface Change<T> {
  concern: Persisted<T>;
  action: Action<T>;
}
/** One change per concern, any mix of types. */
// biome-ignore lint/suspicious/noExplicitAny: a list of changes to concerns of different types
export type AnyChange = Change<any>;

/** Runs `fn` under the storage lock shared by every tab, or at once where Web Locks are missing. */
function withLock<R>(fn: () => R, immediate = false): Promise<R> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!immediate && locks?.request)
    // Another tab's write, made just before it released the lock, reaches this tab's copy of
    // localStorage as a separate message: give it a moment to land before reading.
    return locks.request(
      LOCK_NAME,
      () =>
        new Promise<R>((done, fail) =>
          setTimeout(() => {
            try {
              done(fn());
            } catch (error) {
              fail(error);
            }
          }, SETTLE_MS),
        ),
    );
  try {
    return Promise.resolve(fn());
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Applies every change to the freshest stored values and writes them all, or none: when a write
 * is refused, the ones before it are put back as they were. Each store shows its change at once
 * and rolls back when refused.
 */
export function transact(
  changes: readonly AnyChange[],
  options: { removeSetAside?: boolean; immediate?: boolean } = {},
): Promise<boolean> {
  for (const { concern, action } of changes) concern.enqueue(action);
  return withLock(() => {
    const planned = changes.map(({ concern, action }) => ({ concern, ...concern.settle(action) }));
    const showAll = () => {
      for (const { concern } of planned) concern.show();
    };
    if (planned.some((p) => !p.writable && p.next !== p.before)) {
      showAll();
      $storageStatus.set('write-failed');
      return false;
    }
    const undo: (() => void)[] = [];
    try {
      for (const p of planned) {
        if (p.next === p.before) continue;
        const raw = area.getItem(p.concern.key);
        p.concern.write(p.next, p.applied);
        undo.push(() => {
          p.concern.revert();
          if (raw === null) area.removeItem(p.concern.key);
          else area.setItem(p.concern.key, raw);
        });
      }
      if (options.removeSetAside) removeSetAside();
    } catch {
      for (const put of undo.reverse()) {
        try {
          put();
        } catch {
          // The earlier value no longer fits: nothing more can be done here.
        }
      }
      // Show what is really stored now.
      reloadAll(planned.map((p) => p.concern));
      $storageStatus.set('write-failed');
      return false;
    }
    showAll();
    return true;
  }, options.immediate);
}

const reloaders = new Map<string, () => void>();
function reloadAll(concerns: readonly Persisted<unknown>[]): void {
  for (const c of concerns) reloaders.get(c.key)?.();
}

/**
 * A store persisted as a versioned envelope under `key`: decoded (and migrated) through `spec`
 * on read, set aside and replaced by `fresh()` when unreadable, followed across tabs.
 */
export function persistentEnvelope<T>(key: string, spec: EnvelopeSpec<T>, fresh: () => T): Persisted<T> {
  /** The last value known to be stored (or what this page started with, before any write). */
  let base: T;
  /** The raw text `base` was read from or written as; null while nothing is stored. */
  let baseRaw: string | null = null;
  /** Actions shown but not yet written, oldest first. */
  const pending: Action<T>[] = [];
  /** Actions already written by `flush` while their turn under the lock was still to come. */
  const flushed = new WeakSet<Action<T>>();
  /** Revisions of the stored values this tab read or wrote, oldest first. */
  const seen: string[] = [];
  /** This tab's recent writes, with the change each made, to make again if another tab missed it. */
  const mine: { rev: string; at: number; action: Action<T> }[] = [];
  /** Own changes another tab wrote over without having seen them: made again at the next write. */
  let missed: Action<T>[] = [];

  /**
   * Notes which write made `raw`. When that write did not start from the last value this tab
   * knew, the other tab had not seen this tab's latest writes (its copy of localStorage lagged):
   * their changes are queued to be made again on top (ticks, fields: each change is idempotent).
   */
  function noteRevision(raw: string): void {
    const revision = revisionOf(raw);
    if (!revision) return;
    const head = seen.at(-1);
    if (head !== undefined && revision.base !== head && revision.rev !== head) {
      const from = revision.base === null ? -1 : seen.indexOf(revision.base);
      const lost =
        from >= 0
          ? mine.filter((m) => seen.indexOf(m.rev) > from)
          : mine.filter((m) => Date.now() - m.at < REBASE_WINDOW_MS);
      for (const { action } of lost) if (!missed.includes(action)) missed.push(action);
      // Made again in the order they were first made: a second detection can add older changes
      // after newer ones (a lagging copy seen twice), and the older text must not win.
      const order = new Map(mine.map((m, i) => [m.action, i]));
      missed.sort((x, y) => (order.get(x) ?? -1) - (order.get(y) ?? -1));
    }
    if (revision.rev !== head) seen.push(revision.rev);
    if (seen.length > HISTORY) seen.shift();
  }

  /** The freshest stored value, and whether it may be written over. */
  function latest(): { value: T; writable: boolean } {
    let raw: string | null;
    try {
      raw = area.getItem(key);
    } catch {
      raw = null;
    }
    if (raw === null) {
      // Gone since we last saw it (another tab cleared it): start afresh. Never stored: keep ours.
      if (baseRaw !== null) [base, baseRaw] = [fresh(), null];
      return { value: base, writable: true };
    }
    if (raw === baseRaw) return { value: base, writable: true };
    const decoded = decodeEnvelope(raw, spec);
    if (decoded.ok) {
      [base, baseRaw] = [decoded.data, raw];
      noteRevision(raw);
      return { value: base, writable: true };
    }
    const unkept = $unkept.get()[key];
    if (unkept?.raw === raw) return { value: base, writable: unkept.downloaded };
    const kept = quarantine(key, raw);
    base = fresh();
    return { value: base, writable: kept };
  }

  base = fresh();
  if (inBrowser) latest();
  const $store = atom<T>(base);

  // Own changes another tab wrote over are shown at once, before they are written again: a field
  // bound to the store must never show the other tab's older text, or the next keystroke would
  // build on it and lose what was typed.
  // A write that only confirms what is shown publishes nothing: subscribers are not re-rendered
  // for an equal state (a re-render resets a field's text that is not saved yet).
  const show = () => {
    const next = [...missed, ...pending].reduce((state, action) => action(state), base);
    if (!sameValue(next, $store.get())) $store.set(next);
  };
  const reload = () => {
    latest();
    show();
    // Another tab wrote over changes of ours it had not seen: write them again, on top.
    if (missed.length > 0) void concern.update((state) => state);
  };
  reloaders.set(key, reload);

  if (inBrowser) {
    // Another tab wrote (or cleared) the key; a page restored from the back/forward cache re-reads.
    window.addEventListener('storage', (event) => {
      if (event.key === key || event.key === null) reload();
    });
    window.addEventListener('pageshow', reload);
    // The page is going away (reload, navigation, closing) with changes still waiting for the
    // lock: write them now, synchronously, or they would be lost with the page.
    window.addEventListener('pagehide', () => flush());
  }

  function flush(): void {
    if (pending.length === 0) return;
    const { value, writable } = latest();
    const waiting = [...missed, ...pending.splice(0)];
    for (const action of waiting) flushed.add(action);
    const applied = (state: T) => waiting.reduce((s, action) => action(s), state);
    const next = applied(value);
    if (next === value || !writable) return;
    try {
      concern.write(next, applied);
    } catch {
      $storageStatus.set('write-failed');
    }
  }

  const concern: Persisted<T> = {
    key,
    $store,
    fresh,
    enqueue(action) {
      pending.push(action);
      show();
    },
    settle(action) {
      const at = pending.indexOf(action);
      if (at >= 0) pending.splice(at, 1);
      const { value, writable } = latest();
      const again = [...missed];
      const applied = (state: T) => {
        const rebased = again.reduce((s, a) => a(s), state);
        return flushed.has(action) ? rebased : action(rebased);
      };
      return { before: value, next: applied(value), writable, applied };
    },
    write(value, applied) {
      const rev = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
      const raw = encodeEnvelope(spec.version, value, { rev, base: seen.at(-1) ?? null });
      area.setItem(key, raw);
      [base, baseRaw] = [value, raw];
      seen.push(rev);
      if (seen.length > HISTORY) seen.shift();
      mine.push({ rev, at: Date.now(), action: applied });
      if (mine.length > HISTORY) mine.shift();
      missed = [];
    },
    revert() {
      const last = mine.pop();
      if (last) seen.splice(seen.indexOf(last.rev), 1);
    },
    show,
    update(action, options = {}) {
      return transact([{ concern, action }], options);
    },
  };
  return concern;
}
