import { useEffect, useState } from 'preact/hooks';
import { loadXCounter, xCounterReady } from '../../../lib/statement/platforms.ts';

/** Loads X's exact counter once `wanted` (first keystroke, or the X channel shown); true once exact. */
export function useXCounter(wanted: boolean): boolean {
  const [ready, setReady] = useState(xCounterReady);
  useEffect(() => {
    if (!wanted || ready) return;
    let live = true;
    loadXCounter().then(
      () => live && setReady(true),
      () => undefined, // Offline: the cautious estimate stays; the next keystroke tries again.
    );
    return () => {
      live = false;
    };
  }, [wanted, ready]);
  return ready;
}
