import { useCallback, useRef } from 'preact/hooks';

/**
 * For a sticky column that never scrolls inside itself: while it is shorter than the window it
 * sticks at the top (CSS `--sticky-top` unset); when it is taller, its top goes negative by the
 * difference, so it scrolls with the page until its end is in view and then sticks there: every
 * part of it (copy, review, approval) is reachable by scrolling the page, and the page never ends
 * with it cut. A ref callback: attach it to the column.
 */
export function useStickyTop<T extends HTMLElement>(): (node: T | null) => void {
  const stop = useRef<(() => void) | null>(null);
  return useCallback((node: T | null) => {
    stop.current?.();
    stop.current = null;
    if (!node || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      const over = node.offsetHeight + 32 - window.innerHeight;
      if (over > 0) node.style.setProperty('--sticky-top', `${-over + 16}px`);
      else node.style.removeProperty('--sticky-top');
    };
    const observer = new ResizeObserver(update);
    observer.observe(node);
    window.addEventListener('resize', update);
    stop.current = () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, []);
}
