import type { Labels, SelectedKey } from '../../../i18n/labels.ts';
import type { Draft } from '../../../lib/drafts.ts';
import type { StatementWording } from '../../../lib/statement/wording.ts';

/** The UI strings the builder needs (src/i18n/labels.ts). */
export const STATEMENT_LABELS = ['statement.', 'storage.'] as const;
type Selector = (typeof STATEMENT_LABELS)[number];
export type StatementLabels = Labels<Selector>;
export type StatementKey = SelectedKey<Selector>;

/** The builder's strings in the page's language, placeholders filled. */
export type Translate = (key: StatementKey, vars?: Record<string, string | number>) => string;

/** What every part of the open draft's output is given. */
export interface DraftPartProps {
  draft: Draft;
  /** The wording of the draft's language. */
  wording: StatementWording;
  /** A time as the page's language writes it. */
  when: (iso: string) => string;
  t: Translate;
}
