import { useStore } from '@nanostores/preact';
import type { Draft } from '../../../lib/drafts.ts';
import { $currentDraft } from '../../../stores/drafts.ts';

/**
 * `draft` as stored right now, for the fields that show it while the user types.
 *
 * A parent re-renders after a store change in a later task (useStore batches with a timer), but
 * a component in between may re-render sooner for its own state (a settled value, a loaded
 * chunk) and hand down the draft of its last render. A field drawn from that older draft would
 * have its newer text replaced under the user's fingers, and the next keystroke would build on
 * the older text (two tabs typing at once lost characters this way). Reading the store at render
 * time never shows less than what was typed: every keystroke is in the store before any render.
 */
export function useLiveDraft(draft: Draft): Draft {
  const live = useStore($currentDraft);
  return live?.id === draft.id ? live : draft;
}
