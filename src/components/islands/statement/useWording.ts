import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../../../lib/statement/types.ts';
import { loadWording, type StatementWording } from '../../../lib/statement/wording.ts';

export type WordingState =
  | { status: 'loading' }
  | { status: 'failed'; retry: () => void }
  | { status: 'ready'; wording: StatementWording };

/** The statement wording of a language, loaded on first use (its own chunk). */
export function useWording(locale: Locale): WordingState {
  const [wording, setWording] = useState<StatementWording | null>(null);
  const [failed, setFailed] = useState<Locale | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setFailed(null);
    loadWording(locale).then(
      (loaded) => live && setWording(loaded),
      () => live && setFailed(locale),
    );
    return () => {
      live = false;
    };
  }, [locale, attempt]);
  if (wording?.locale === locale) return { status: 'ready', wording };
  if (failed === locale) return { status: 'failed', retry: () => setAttempt((n) => n + 1) };
  return { status: 'loading' };
}
