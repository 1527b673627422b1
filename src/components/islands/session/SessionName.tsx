import { useEffect, useRef, useState } from 'preact/hooks';
import { SESSION_NAME_LIMIT } from '../../../lib/sessions.ts';
import { $currentSession, renameCurrentSession } from '../../../stores/sessions.ts';

/** How long typing pauses before the name is saved. */
export const NAME_SAVE_DELAY = 400;

/**
 * The session's name, saved as it is typed (once typing pauses), when the field is left, and when
 * the page is hidden. The field never shows a name as saved that is not: when storage refuses
 * it, the field goes back to the stored name and `onRefused` says so.
 */
export function SessionName(props: {
  label: string;
  title: string;
  placeholder: string;
  disabled: boolean;
  onRefused: (stored: string) => void;
}) {
  // What is being typed, while it differs from the store; null shows the stored name.
  const [typed, setTyped] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<string | null>(null);
  latest.current = typed;

  const save = (immediate = false) => {
    clearTimeout(timer.current);
    const text = latest.current;
    if (text === null) return;
    void renameCurrentSession(text, { immediate }).then((ok) => {
      if (ok) return;
      setTyped(null);
      props.onRefused($currentSession.get()?.title ?? '');
    });
  };

  const saveNow = useRef(save);
  saveNow.current = save;
  // The last keystrokes are saved when the page goes away (reload, close, navigation).
  useEffect(() => {
    const flush = () => saveNow.current(true);
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      clearTimeout(timer.current);
    };
  }, []);

  return (
    <label class="run-name">
      <span>{props.label}</span>
      <input
        type="text"
        maxLength={SESSION_NAME_LIMIT}
        disabled={props.disabled}
        value={typed ?? props.title}
        placeholder={props.placeholder}
        onInput={(e) => {
          setTyped(e.currentTarget.value);
          latest.current = e.currentTarget.value;
          clearTimeout(timer.current);
          timer.current = setTimeout(() => save(), NAME_SAVE_DELAY);
        }}
        onBlur={() => {
          save();
          setTyped(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
        }}
      />
    </label>
  );
}
