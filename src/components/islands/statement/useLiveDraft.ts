import type { Draft } from '../../../lib/drafts.ts';
import { $currentDraft } from '../../../stores/drafts.ts';
import { useStore } from '../useStore.ts';

/**
 * `draft` as stored right now, for the fields that show it while the user types.
 *
 * A field drawn from an older draft than the stored one would have its newer text replaced under
 * the user's fingers, and the next keystroke would build on the older text (two tabs typing at
 * once lost characters this way, when a component in between rendered for its own state before
 * its parent had the new draft). Our `useStore` renders parents first in the same batch, so that
 * no longer happens; the fields still read the store at render time, so that no parent, however
 * it renders, can hand them less than what was typed: every keystroke is in the store first.
 */
export function useLiveDraft(draft: Draft): Draft {
  const live = useStore($currentDraft);
  return live?.id === draft.id ? live : draft;
}
