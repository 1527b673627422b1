import type { ComponentChildren } from 'preact';

/**
 * The panels' inline confirmation (kept as it was; the shared ConfirmDialog of
 * src/components/islands/ui/ replaces it once both branches meet).
 */
export function confirmBox(
  text: string,
  yes: string,
  cancel: string,
  onYes: () => void,
  onCancel: () => void,
  extra?: ComponentChildren,
) {
  return (
    <fieldset class="confirm">
      <legend>{text}</legend>
      <p class="button-row">
        {extra}
        <button type="button" class="button-danger" onClick={onYes}>
          {yes}
        </button>
        <button type="button" class="button-quiet" onClick={onCancel}>
          {cancel}
        </button>
      </p>
    </fieldset>
  );
}
