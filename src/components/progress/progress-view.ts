/**
 * The guides index and the training page: shows each guide's state from the device's progress.
 * A cheap look at localStorage first; only when progress is stored does the store's code load
 * (it reads the value through its schema). A first visit pays for these few lines only.
 */
const KEY = 'crisis-playbook:progress';

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) !== null;
  } catch {
    return false;
  }
}

let loading = false;
function maybeLoad(): void {
  if (loading || !stored()) return;
  loading = true;
  void import('./progress-apply.ts').then((m) => m.start(document));
}

if (document.querySelector('[data-guide-state]')) {
  maybeLoad();
  // Another tab read a guide, or the page came back from the back/forward cache.
  addEventListener('storage', (e) => e.key === KEY && maybeLoad());
  addEventListener('pageshow', maybeLoad);
}
