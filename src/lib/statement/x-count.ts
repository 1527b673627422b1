import { xCodeUnitWeight } from './platforms.ts';
import { CCTLD, EMOJI, GTLD } from './x-data.ts';

/**
 * X's weighted length, exactly as twitter-text 3 (`parseTweet`, config v3) computes it, in a few
 * hundred bytes of code plus the data of x-data.ts (generated from twitter-text itself), so the
 * builder does not ship twitter-text. tests/lib/statement/x-count.test.ts checks it against
 * twitter-text on generated posts.
 *
 * - The text is NFC-normalised first; offsets below are in the normalised text.
 * - A link weighs 23 whatever its length (t.co). Links are found as twitter-text finds them:
 *   `https://…` or a bare domain ending in a known top-level domain, with its path and query, and
 *   the trailing punctuation (".", "…", ")") left out.
 * - An emoji sequence twemoji knows (ZWJ families, skin tones, flags, keycaps) weighs 2 as a whole.
 * - Any other code point weighs 1 in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and
 *   U+2032–U+2037, 2 elsewhere (CJK, most symbols, every code point outside the BMP).
 *
 * The regular expressions mirror twitter-text's (UTF-16, no `u` flag, on purpose: a surrogate half
 * is a character there, and that decides some edge cases).
 */

/** One weighed piece of X text: a link, an emoji sequence or a code point. */
export interface XPiece {
  start: number;
  end: number;
  weight: number;
}

const URL_WEIGHT = 23;
const EMOJI_WEIGHT = 2;
const MAX_URL_LENGTH = 4096;
const MAX_TCO_SLUG = 40;
const MAX_LABEL = 63;

const LATIN =
  '\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\xFF\\u0100-\\u024F\\u0253\\u0254\\u0256\\u0257\\u0259\\u025B\\u0263\\u0268\\u026F\\u0272\\u0289\\u028B\\u02BB\\u0300-\\u036F\\u1E00-\\u1EFF';
const DIRECTIONAL = '\\u202A-\\u202E\\u061C\\u200E\\u200F\\u2066-\\u2069';
const INVALID = '\\uFFFE\\uFEFF\\uFFFF';
const SPACES = '\\x09-\\x0D\\x20\\x85\\xA0\\u1680\\u180E\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
const PUNCT = "!'#%&()*+,\\\\\\-./:;<=>?@\\[\\]^_{|}~$";
const DC = `[^${PUNCT}${SPACES}${INVALID}${DIRECTIONAL}]`;
const TLD = `(?:${GTLD}|${CCTLD}|(?:xn--[\\-0-9a-z]+))`;
const DOMAIN = `(?:(?:(?:${DC}(?:[_-]|${DC})*)?${DC}\\.)*(?:(?:${DC}(?:-|${DC})*)?${DC}\\.)${TLD})`;
const PC = `[a-z\\u0400-\\u04FF0-9!*';:=+,.$/%#\\[\\]\\-\\u2013_~@|&${LATIN}]`;
const PARENS = `\\((?:${PC}+|(?:${PC}*\\(${PC}+\\)${PC}*))\\)`;
const PATH_END = `[+\\-a-z\\u0400-\\u04FF0-9=_#/${LATIN}]|(?:${PARENS})`;
const PATH = `(?:(?:${PC}*(?:${PARENS}${PC}*)*(?:${PATH_END}))|(?:@${PC}+/))`;
const QUERY = "[a-z0-9!?*'@();:&=+$/%#\\[\\]\\-_.,~|]*[a-z0-9\\-_&=#/]";
const BEFORE = `(?:[^A-Za-z0-9@＠$#＃${INVALID}]|[${DIRECTIONAL}]|^)`;

let compiled: { url: RegExp; ascii: RegExp; tco: RegExp; emoji: RegExp } | undefined;
function regexps() {
  compiled ??= {
    // 1 before, 2 link, 3 protocol, 4 domain, 5 port, 6 path, 7 query.
    url: new RegExp(`(${BEFORE})((https?:\\/\\/)?(${DOMAIN})(?::([0-9]+))?(\\/${PATH}*)?(\\?${QUERY})?)`, 'gi'),
    ascii: new RegExp(`(?:(?:[\\-a-z0-9${LATIN}]+)\\.)+${TLD}`, 'gi'),
    tco: new RegExp(`^https?:\\/\\/t\\.co\\/([a-z0-9]+)(?:\\?${QUERY})?`, 'i'),
    emoji: new RegExp(EMOJI, 'g'),
  };
  return compiled;
}

/** Length of a label once punycode-encoded (RFC 3492), as twitter-text's domain check measures it. */
function punycodeLength(label: string): number {
  if (!/[^\0-\x7E]/.test(label)) return label.length;
  const input = Array.from(label, (ch) => ch.codePointAt(0) ?? 0);
  let out = 4 + input.filter((c) => c < 0x80).length; // "xn--" and the basic code points
  const basic = out - 4;
  if (basic > 0) out++; // the "-" delimiter
  let n = 0x80;
  let delta = 0;
  let bias = 72;
  let handled = basic;
  const adapt = (d: number, points: number, first: boolean) => {
    let k = 0;
    let dd = first ? Math.floor(d / 700) : d >> 1;
    dd += Math.floor(dd / points);
    for (; dd > 455; k += 36) dd = Math.floor(dd / 35);
    return Math.floor(k + (36 * dd) / (dd + 38));
  };
  while (handled < input.length) {
    let m = Number.MAX_SAFE_INTEGER;
    for (const c of input) if (c >= n && c < m) m = c;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of input) {
      if (c < n) delta++;
      if (c !== n) continue;
      let q = delta;
      for (let k = 36; ; k += 36) {
        const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
        if (q < t) break;
        out++;
        q = Math.floor((q - t) / (36 - t));
      }
      out++;
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return out;
}

function validDomain(domain: string, url: string, protocol: string): boolean {
  const { ascii } = regexps();
  if (domain.startsWith('xn--') && domain.match(ascii) === null) return false;
  for (const label of domain.split('.')) {
    // punycode.js maps each part between ideographic full stops on its own.
    const encoded = label.split(/[\u3002\uFF0E\uFF61]/).map(punycodeLength);
    const length = encoded.reduce((a, b) => a + b, 0) + encoded.length - 1;
    if (length < 1 || length > MAX_LABEL) return false;
  }
  return protocol.length + url.length <= MAX_URL_LENGTH;
}

/**
 * A link never spans twitter-text's spaces, so links are looked for in each run between spaces
 * (the same matches as over the whole text). A run
 * longer than this is not prose (a pasted hash, 100,000 characters of "a.a.a."): twitter-text
 * itself takes quadratic time there, so such a run is counted character by character.
 */
const MAX_RUN = 4200;

/** Links as twitter-text's extractUrlsWithIndices finds them: start and the length it skips. */
function links(text: string): Map<number, number> {
  const found = new Map<number, number>();
  if (!text.includes('.')) return found;
  for (const run of text.matchAll(new RegExp(`[^${SPACES}]+`, 'g'))) {
    // With the space before it: a match starts there, taking it as the character before the link.
    const from = Math.max(0, run.index - 1);
    if (run[0].length <= MAX_RUN && run[0].includes('.'))
      linksIn(text.slice(from, run.index + run[0].length), from, found);
  }
  return found;
}

function linksIn(text: string, offset: number, found: Map<number, number>): void {
  const { url: pattern, ascii, tco } = regexps();
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const before = m[1] ?? '';
    let url = m[2] ?? '';
    const protocol = m[3] ?? '';
    const domain = m[4] ?? '';
    const path = m[6] ?? '';
    const start = offset + pattern.lastIndex - url.length;
    if (!validDomain(domain, url, protocol || 'https://')) continue;
    if (protocol) {
      const t = tco.exec(url);
      if (t) {
        if ((t[1] ?? '').length > MAX_TCO_SLUG) continue;
        url = t[0];
      }
      found.set(start, url.length);
      continue;
    }
    if (/[-_./]$/.test(before)) continue;
    let last: { start: number; text: string } | undefined;
    let asciiEnd = 0;
    ascii.lastIndex = 0;
    for (const [asciiDomain] of domain.matchAll(ascii)) {
      const asciiStart = domain.indexOf(asciiDomain, asciiEnd);
      asciiEnd = asciiStart + asciiDomain.length;
      last = { start: start + asciiStart, text: asciiDomain };
      found.set(last.start, asciiDomain.length);
    }
    // With a path, the link runs on to the end of the match (twitter-text keeps its length).
    if (last && path) found.set(last.start, url.replace(domain, last.text).length);
  }
}

function emojis(text: string): Map<number, number> {
  const found = new Map<number, number>();
  const { emoji } = regexps();
  emoji.lastIndex = 0;
  for (let m = emoji.exec(text); m; m = emoji.exec(text)) {
    found.set(m.index, m[0].length);
    if (m[0].length === 0) emoji.lastIndex++;
  }
  return found;
}

/** The text (already NFC) cut into weighed pieces, in order, covering it entirely. */
export function xPieces(text: string): XPiece[] {
  const urls = links(text);
  const emoji = emojis(text);
  const pieces: XPiece[] = [];
  for (let i = 0; i < text.length; ) {
    const url = urls.get(i);
    const sequence = url === undefined ? emoji.get(i) : undefined;
    if (url !== undefined || sequence !== undefined) {
      const length = Math.max(1, url ?? sequence ?? 1);
      pieces.push({
        start: i,
        end: Math.min(text.length, i + length),
        weight: url !== undefined ? URL_WEIGHT : EMOJI_WEIGHT,
      });
      i += length;
      continue;
    }
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    const pair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
    // A surrogate pair weighs what its low half weighs in twitter-text: 2.
    pieces.push({ start: i, end: i + (pair ? 2 : 1), weight: xCodeUnitWeight(pair ? next : code) });
    i += pair ? 2 : 1;
  }
  return pieces;
}

/** X's weighted length of a text: twitter-text's `parseTweet(text).weightedLength`. */
export function xLength(text: string): number {
  let length = 0;
  for (const piece of xPieces(text.normalize('NFC'))) length += piece.weight;
  return length;
}
