import type { Labels, SelectedKey } from '../../../i18n/labels.ts';

/** The UI strings the builder needs (src/i18n/labels.ts). */
export const STATEMENT_LABELS = ['statement.', 'storage.'] as const;
type Selector = (typeof STATEMENT_LABELS)[number];
export type StatementLabels = Labels<Selector>;
export type StatementKey = SelectedKey<Selector>;

/** The builder's strings in the page's language, placeholders filled. */
export type Translate = (key: StatementKey, vars?: Record<string, string | number>) => string;
