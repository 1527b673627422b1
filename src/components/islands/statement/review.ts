/**
 * What the builder loads on the first keystroke (its own chunk): the linter and the thread
 * splitter. Before that, the preview, counters and "Copy" work without them.
 */
export { lintStatement } from '../../../lib/statement/lint.ts';
export { threadFor } from '../../../lib/statement/thread.ts';
