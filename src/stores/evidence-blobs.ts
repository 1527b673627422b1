/**
 * Screenshots of evidence, kept on the device in IndexedDB (database `crisis-playbook`, object
 * store `screenshots`, key = the blob id the evidence card holds, with its SHA-256 on the card).
 * localStorage is too small for images. Every call resolves; a refusal comes back as false/null.
 */
const DB_NAME = 'crisis-playbook';
const STORE = 'screenshots';

function open(): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    try {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | null> {
  return open().then(
    (db) =>
      new Promise((resolve) => {
        if (!db) return resolve(null);
        try {
          const tx = db.transaction(STORE, mode);
          const request = work(tx.objectStore(STORE));
          tx.oncomplete = () => {
            db.close();
            resolve(request.result ?? (null as T | null));
          };
          tx.onerror = tx.onabort = () => {
            db.close();
            resolve(null);
          };
        } catch {
          db.close();
          resolve(null);
        }
      }),
  );
}

/** Stores a blob; false when the browser refused it (quota, private mode). */
export async function putBlob(id: string, blob: Blob): Promise<boolean> {
  return (await run('readwrite', (s) => s.put(blob, id))) !== null;
}

export function getBlob(id: string): Promise<Blob | null> {
  return run('readonly', (s) => s.get(id) as IDBRequest<Blob>);
}

export async function deleteBlob(id: string): Promise<void> {
  await run('readwrite', (s) => s.delete(id));
}

/** Deletes every screenshot (with "clear everything"). */
export async function clearBlobs(): Promise<void> {
  await run('readwrite', (s) => s.clear());
}

/** The browser's estimate of usage and quota, or null when it gives none. */
export async function estimate(): Promise<{ usage?: number; quota?: number } | null> {
  try {
    return (await navigator.storage?.estimate?.()) ?? null;
  } catch {
    return null;
  }
}
