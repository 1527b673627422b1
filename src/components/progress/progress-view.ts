/**
 * The guides index and the training page: shows each guide's state from the device's progress.
 * A cheap look at localStorage first; only when progress is stored does the store's code load
 * (it reads the value through its schema, then follows other tabs). A first visit pays for these
 * few lines only; a guide read in another tab meanwhile (or before going back) loads it then.
 */
const KEY = 'crisis-playbook:progress';

function load(): boolean {
  try {
    if (localStorage.getItem(KEY) === null) return false;
  } catch {
    return false;
  }
  void import('./progress-apply.ts').then((m) => m.start(document));
  return true;
}

if (!load()) {
  const again = (e: Event) => {
    if ((e.type === 'pageshow' || (e as StorageEvent).key === KEY) && load()) {
      removeEventListener('storage', again);
      removeEventListener('pageshow', again);
    }
  };
  addEventListener('storage', again);
  addEventListener('pageshow', again);
}
