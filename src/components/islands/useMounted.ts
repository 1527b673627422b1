import { useEffect, useState } from 'preact/hooks';

/**
 * False during hydration, true right after. Preact's hydrate does not apply `checked`, so an
 * island renders the server's state first and applies what the browser stored once mounted.
 */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
