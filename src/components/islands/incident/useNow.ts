import { useEffect, useState } from 'preact/hooks';
import { clockNow, onClockChange } from '../../../stores/drill-bridge.ts';

/**
 * The current time at each render; re-renders every `everyMs` and when the page becomes visible again (a phone
 * waking up) or the drill clock starts or stops. Only for display: every clock is computed from stored timestamps and this value.
 */
export function useNow(everyMs = 15_000): Date {
  const [, setTick] = useState(0);
  useEffect(() => {
    const refresh = () => setTick((n) => n + 1);
    const timer = setInterval(refresh, everyMs);
    document.addEventListener('visibilitychange', refresh);
    const stop = onClockChange(refresh);
    return () => {
      stop();
      clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, [everyMs]);
  // Read at every render, so a change made a second ago is never "in the future". During a drill,
  // the drill clock (src/stores/drill-bridge.ts).
  return clockNow();
}
