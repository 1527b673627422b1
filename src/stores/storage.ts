import { persistentAtom, setPersistentEngine } from '@nanostores/persistent';
import { atom } from 'nanostores';
import { decodeEnvelope, type EnvelopeSpec, encodeEnvelope } from '../lib/storage.ts';

/**
 * What the user must be told about persistence. Islands show it; only stores set it.
 * - `unavailable`: the browser refuses storage (private mode, blocked): we keep working in memory.
 * - `quarantined`: a stored value could not be read; its raw text was kept under a quarantine key.
 * - `write-failed`: the last write was refused (quota exceeded); what was stored before is intact.
 */
export type StorageStatus = 'ok' | 'unavailable' | 'quarantined' | 'write-failed';

export const $storageStatus = atom<StorageStatus>('ok');

export const QUARANTINE_PREFIX = 'crisis-playbook:quarantine:';

/** The browser's localStorage if it can really be written to, else null. */
export function usableLocalStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return null;
    const probe = 'crisis-playbook:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/**
 * Keeps an unreadable value, untouched, under `crisis-playbook:quarantine:KEY:TIME`, once: the
 * same raw value read again (another reload, another tab) is not copied a second time.
 */
export function quarantine(key: string, raw: string, now: Date = new Date()): void {
  try {
    const storage = globalThis.localStorage;
    const prefix = `${QUARANTINE_PREFIX}${key}:`;
    const kept = Object.keys(storage).some((k) => k.startsWith(prefix) && storage.getItem(k) === raw);
    if (!kept) storage.setItem(`${prefix}${now.toISOString()}`, raw);
  } catch {
    // Storage is full or blocked: the raw value still sits under its own key until overwritten.
  }
  $storageStatus.set('quarantined');
}

/**
 * The write function of a persisted store: a value equal to the current one is not written; a
 * refused write is reported (see guardedWrite) and returns false.
 */
export function committer<T>(store: { get(): T; set(value: T): void }): (next: T) => boolean {
  return (next) => next === store.get() || guardedWrite(() => store.set(next));
}

/** Runs a write; when storage refuses it, reports the failure and leaves the stored value alone. */
export function guardedWrite(write: () => void): boolean {
  try {
    write();
    return true;
  } catch {
    $storageStatus.set('write-failed');
    return false;
  }
}

// Storage refused (private mode, blocked): every store works in memory for this page, and the
// user is told. Runs once, before any store below is created.
if (typeof window !== 'undefined' && !usableLocalStorage()) {
  setPersistentEngine({}, { addEventListener() {}, removeEventListener() {} });
  $storageStatus.set('unavailable');
}

/**
 * A store persisted as a versioned envelope under `key`: decoded (and migrated) through `spec`
 * on read, quarantined and replaced by `fresh()` when unreadable, synced across tabs.
 */
export function persistentEnvelope<T>(key: string, spec: EnvelopeSpec<T>, fresh: () => T) {
  return persistentAtom<T>(key, fresh(), {
    encode: (value) => encodeEnvelope(spec.version, value),
    decode: (raw) => {
      const decoded = decodeEnvelope(raw, spec);
      if (decoded.ok) return decoded.data;
      quarantine(key, raw);
      return fresh();
    },
  });
}
