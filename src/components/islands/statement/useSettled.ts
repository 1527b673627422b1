import { useEffect, useState } from 'preact/hooks';

/** Follows `value` once it has stopped changing for `ms`: heavy work waits until typing pauses. */
export function useSettled<T>(value: T, ms = 150): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
