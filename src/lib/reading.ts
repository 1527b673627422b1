/**
 * When a guide counts as read, during one visit (the guide page's script, before any interaction;
 * kept apart from ./progress.ts so that the page's first script does not share a file with the
 * store's code, which loads only once the guide is read).
 *
 * The reader saw its beginning (the title) and reached the end of its text (a marker at nine
 * tenths of it, so a last table or list need not be scrolled past). Landing on a late section from
 * a search result is not reading the guide.
 */
export function readingDone(seen: { start: boolean; end: boolean }): boolean {
  return seen.start && seen.end;
}
