import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/**
 * The store's value, read at render time; the component renders again in Preact's next batch
 * whenever the store changes.
 *
 * Instead of `@nanostores/preact`'s hook, which waits for a timer before it renders: a component
 * that rendered sooner for its own state (a settled value, a loaded chunk) would hand its
 * children the value of its last render, and a field drawn from it would lose the text just
 * typed. Here every component a change concerns renders in the same batch, parents first.
 */
export function useStore<T>(store: ReadableAtom<T>): T {
  const value = store.get();
  const [, rerender] = useState(0);
  useEffect(() => {
    const unlisten = store.listen(() => rerender((n) => n + 1));
    // Changed between this render and the subscription (a stored value applied after mount).
    if (store.get() !== value) rerender((n) => n + 1);
    return unlisten;
  }, [store]);
  return value;
}
