import { useEffect, useState } from 'preact/hooks';

export type LazyState<T> =
  | { status: 'loading' }
  | { status: 'failed'; retry: () => void }
  | { status: 'ready'; value: T };

/**
 * A module loaded on demand (its own chunk, `import()`), once `wanted` turns true. A failed load
 * (offline, a deploy in between) can be retried. `load` must be stable (a module-level function).
 */
export function useLazy<T>(load: () => Promise<T>, wanted = true): LazyState<T> {
  const [value, setValue] = useState<{ value: T } | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted || value) return;
    let live = true;
    setFailed(false);
    load().then(
      (loaded) => live && setValue({ value: loaded }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [load, wanted, attempt, value]);
  if (value) return { status: 'ready', value: value.value };
  if (failed) return { status: 'failed', retry: () => setAttempt((n) => n + 1) };
  return { status: 'loading' };
}
