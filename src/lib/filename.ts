/**
 * A file name for an export, made from what the user called the thing: letters and digits in
 * any script are kept, every other run of characters becomes one hyphen, at most 60 characters.
 * A name with nothing usable in it gets the fallback ("statement.md", not ".md").
 */
export function exportFileName(name: string, extension: string, fallback: string): string {
  const stem = name
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${stem || fallback}.${extension}`;
}
