import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** A ref that focuses its element once, when it is mounted (a stable function: not called again on re-render). */
const focusOnMount = (element: HTMLElement | null) => element?.focus();
const noRef = () => {};

export interface ConfirmDialogProps {
  /** The question, also the group's accessible name: "Delete the draft “Outage”?" */
  question: string;
  /** The action, in words: "Yes, delete" (never a bare "OK"). */
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Another way out shown before the two buttons (the data panel: "Export first"). */
  children?: ComponentChildren;
}

/**
 * The one way the site asks before an action that cannot be taken back. It sits in the page,
 * where the action was (no modal: nothing else on the page is blocked), as a group named by the
 * question. It takes focus on its safe answer, so Enter or a second tap never confirms by
 * accident, and Escape cancels.
 */
export function ConfirmDialog({
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  children,
}: ConfirmDialogProps) {
  return (
    <fieldset
      class="confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <legend>{question}</legend>
      <p class="button-row">
        {children}
        <button type="button" class="button-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" class="button-quiet" ref={focusOnMount} onClick={onCancel}>
          {cancelLabel}
        </button>
      </p>
    </fieldset>
  );
}

export interface ConfirmButtonProps extends Omit<ConfirmDialogProps, 'onCancel' | 'children'> {
  /** The button that asks: "Reset this checklist". */
  label: string;
  class?: string;
  disabled?: boolean;
}

/**
 * A button that asks first: the button, then in its place the question. Cancelling puts focus
 * back on the button, so a keyboard user is where they were.
 */
export function ConfirmButton({ label, class: className, disabled, onConfirm, ...dialog }: ConfirmButtonProps) {
  // 'cancelled' remounts the button with focus on it.
  const [state, setState] = useState<'idle' | 'asking' | 'cancelled'>('idle');
  return state === 'asking' ? (
    <ConfirmDialog
      {...dialog}
      onConfirm={() => {
        setState('idle');
        onConfirm();
      }}
      onCancel={() => setState('cancelled')}
    />
  ) : (
    <button
      type="button"
      class={className}
      disabled={disabled}
      ref={state === 'cancelled' ? focusOnMount : noRef}
      onClick={() => setState('asking')}
    >
      {label}
    </button>
  );
}
