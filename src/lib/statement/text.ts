/**
 * Text helpers shared by the linter, the counters and the composer. Everything treats its input
 * as plain text: nothing here parses HTML, expands placeholders or throws on odd code points
 * (lone surrogates, zero-width characters, RTL marks, 100,000-character pastes).
 */

/** Invisible characters that can hide inside a word: zero-width space/joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);
const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0x0060, 0x00b4]);

/**
 * Text folded for matching: lower case, no accents (NFD with the combining marks removed),
 * invisible characters dropped, typographic apostrophes straightened. `start[i]`/`end[i]` give
 * the code-unit range in the original text of the character that produced folded position `i`,
 * so a match in the folded text maps back to exact offsets in what the user typed.
 */
export interface Folded {
  text: string;
  start: Int32Array;
  end: Int32Array;
  /** Length of the original text. */
  length: number;
}

function foldChar(ch: string, cp: number): string {
  if (cp < 0x80) return cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : ch;
  if (INVISIBLE.has(cp)) return '';
  if (APOSTROPHES.has(cp)) return "'";
  return ch
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

export function fold(input: string): Folded {
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < input.length) {
    const cp = input.codePointAt(i) ?? 0;
    const size = cp > 0xffff ? 2 : 1;
    const folded = foldChar(input.slice(i, i + size), cp);
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(i + size);
    }
    parts.push(folded);
    i += size;
  }
  return { text: parts.join(''), start: Int32Array.from(starts), end: Int32Array.from(ends), length: input.length };
}

/** Folds a short string (a phrase of the data tables) without keeping offsets. */
export function foldPlain(input: string): string {
  return fold(input).text;
}

/** Maps a match `[from, to)` in the folded text back to `[start, end)` in the original text. */
export function toOriginal(f: Folded, from: number, to: number): { start: number; end: number } {
  const start = from < f.start.length ? (f.start[from] ?? f.length) : f.length;
  const end = to > from ? (f.end[to - 1] ?? f.length) : start;
  return { start, end: Math.max(start, end) };
}

/** A letter or digit, in any script. Used for Unicode-aware word boundaries. */
export const WORD_CHAR = '[\\p{L}\\p{N}]';
export const BOUNDARY_BEFORE = `(?<!${WORD_CHAR})`;
export const BOUNDARY_AFTER = `(?!${WORD_CHAR})`;

/**
 * Common top-level domains: generic ones in use by brands and every two-letter country code
 * (the ones twitter-text also links). A bare `word.word` only counts as a link when it ends in one.
 */
const GENERIC_TLDS =
  'com|org|net|edu|gov|mil|int|info|biz|app|dev|io|ai|xyz|shop|store|online|site|blog|news|social|help|support|tech|cloud|page|link|club|live|email|media|travel|cat|eus|gal|museum|coop|aero|name|pro|mobi|jobs';
const COUNTRY_TLDS =
  'ac|ad|ae|af|ag|ai|al|am|ao|aq|ar|as|at|au|aw|ax|az|ba|bb|bd|be|bf|bg|bh|bi|bj|bm|bn|bo|br|bs|bt|bw|by|bz|ca|cc|cd|cf|cg|ch|ci|ck|cl|cm|cn|co|cr|cu|cv|cw|cx|cy|cz|de|dj|dk|dm|do|dz|ec|ee|eg|er|es|et|eu|fi|fj|fk|fm|fo|fr|ga|gd|ge|gf|gg|gh|gi|gl|gm|gn|gp|gq|gr|gs|gt|gu|gw|gy|hk|hm|hn|hr|ht|hu|id|ie|il|im|in|iq|ir|is|it|je|jm|jo|jp|ke|kg|kh|ki|km|kn|kp|kr|kw|ky|kz|la|lb|lc|li|lk|lr|ls|lt|lu|lv|ly|ma|mc|md|me|mg|mh|mk|ml|mm|mn|mo|mp|mq|mr|ms|mt|mu|mv|mw|mx|my|mz|na|nc|ne|nf|ng|ni|nl|no|np|nr|nu|nz|om|pa|pe|pf|pg|ph|pk|pl|pm|pn|pr|ps|pt|pw|py|qa|re|ro|rs|ru|rw|sa|sb|sc|sd|se|sg|sh|si|sk|sl|sm|sn|so|sr|ss|st|su|sv|sx|sy|sz|tc|td|tf|tg|th|tj|tk|tl|tm|tn|to|tr|tt|tv|tw|tz|ua|ug|uk|us|uy|uz|va|vc|ve|vg|vi|vn|vu|wf|ws|ye|yt|za|zm|zw';

/** The last character of a link: not trailing punctuation, which belongs to the sentence. */
const URL_END = '[^\\s<>"\'.,;:!?)\\]’”»]';
const URL_PATH = `(?:[/?#](?:[^\\s<>"]*${URL_END})?)?`;
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?';

/**
 * Links as people type them: `http(s)://…` or a bare domain with an optional path
 * (`example.com/path`). A domain right after `@` is the end of an e-mail address, not a link.
 */
export const URL_SOURCE =
  `${BOUNDARY_BEFORE}https?:\\/\\/[^\\s<>"]*${URL_END}` +
  `|(?<![\\p{L}\\p{N}@._-])(?:${LABEL}\\.)+(?:${GENERIC_TLDS}|${COUNTRY_TLDS})(?![\\p{L}\\p{N}-])(?::\\d{1,5})?${URL_PATH}`;

export const EMAIL_SOURCE =
  '(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}';

/** A clock time: 13:00, 13.00, 13h00, 9:30 pm, 10am, 17 h. */
export const TIME_SOURCE =
  '(?<![\\p{N}:.])(?:[01]?\\d|2[0-3])[:.h][0-5]\\d(?:\\s?(?:am|pm|a\\.m\\.|p\\.m\\.|h))?(?![\\p{N}])' +
  '|(?<![\\p{N}:.])(?:[01]?\\d|2[0-3])\\s?(?:am|pm|a\\.m\\.|p\\.m\\.|h)(?![\\p{L}\\p{N}])';

/** A number written with digits. */
export const NUMBER_SOURCE = '(?<![\\p{N}])\\p{N}+(?![\\p{N}])';

export function urlRegExp(): RegExp {
  return new RegExp(URL_SOURCE, 'giu');
}

/** The whole string is one link. */
export const WHOLE_URL = new RegExp(`^(?:${URL_SOURCE})$`, 'iu');

/** Trims whitespace and invisible characters at both ends (`String.prototype.trim` keeps U+200B). */
export function trimAll(text: string): string {
  return text.replace(/^[\s\u200b-\u200d\u2060\ufeff\u00ad]+|[\s\u200b-\u200d\u2060\ufeff\u00ad]+$/gu, '');
}

/** True when the text has nothing a reader would see as content (letters, digits or symbols). */
export function isBlank(text: string): boolean {
  return !/[\p{L}\p{N}\p{S}]/u.test(text);
}

/**
 * A field of the builder made safe to drop into a sentence: anything that is not a string becomes
 * empty; whitespace runs (line breaks included) collapse to one space; ends are trimmed; a
 * trailing `.`, `,`, `;`, `:` or `…` is removed (the template adds its own). A field with no
 * letters, digits or symbols left is empty, so it never leaves dangling punctuation behind.
 */
export function cleanField(value: unknown): string {
  if (typeof value !== 'string') return '';
  let text = trimAll(value.replace(/\s+/gu, ' '));
  text = trimAll(text.replace(/[\s.,;:…\u200b-\u200d\u2060\ufeff\u00ad]+$/u, ''));
  return isBlank(text) ? '' : text;
}

const FIRST_WORD = /^[\p{L}\p{N}'’-]+/u;

/** Upper-cases the first letter for the start of a sentence, leaving iOS, eBay, URLs, @handles and e-mails alone. */
export function capitalise(text: string): string {
  const word = FIRST_WORD.exec(text)?.[0] ?? '';
  const first = text.charAt(0);
  if (!word || !/\p{Ll}/u.test(first)) return text;
  if (/\p{Lu}/u.test(word.slice(1))) return text;
  const token = text.split(/\s/u, 1)[0] ?? '';
  if (/[@/]/u.test(token) || WHOLE_URL.test(token)) return text;
  return first.toUpperCase() + text.slice(1);
}

/**
 * Lower-cases the first letter of a field placed in the middle of a sentence, only when its first
 * word is a common word of the locale (so "Some orders" → "some orders", "We are" → "we are"),
 * never a name ("Café Lumbre", "Madrid") or an acronym.
 */
export function lowerStart(text: string, commonWords: ReadonlySet<string>): string {
  const word = FIRST_WORD.exec(text)?.[0] ?? '';
  if (!/^\p{Lu}\p{Ll}*$/u.test(word)) return text;
  if (!commonWords.has(foldPlain(word))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Half-open ranges `[start, end)` overlap. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
