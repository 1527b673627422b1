import { createRequire } from 'node:module';
import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { measure } from '../../../src/lib/statement/platforms.ts';
import { xLength, xPieces } from '../../../src/lib/statement/x-count.ts';
import { CCTLD, EMOJI, GTLD } from '../../../src/lib/statement/x-data.ts';

/**
 * The builder's X counter against X's own library, twitter-text (a devDependency), on posts made
 * of what a crisis statement holds and what trips counters: links (with and without a protocol,
 * bare domains, paths, queries, followed by "…", ".", ")"), e-mail addresses and handles, emoji
 * (ZWJ families, skin tones, flags, keycaps, text-style symbols, emoji newer than twemoji's list),
 * CJK, kana, Hangul, Arabic, decomposed accents, typographic punctuation and random code points.
 */

/** A small deterministic generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'Hemos',
  'detectado',
  'cobros',
  'duplicados',
  'Lo',
  'sentimos',
  'acción',
  'pingüino',
  'año',
  'We',
  "we're",
  'sorry',
  'update',
  'at',
  '13:00',
  '48',
  'h',
  '2.5',
  'v1.2.3',
  'e.g',
  'i.e.',
  'Sr.',
  'dijo.La',
  'fin.Com',
  'café',
  'naïve',
  'e\u0301',
  'n\u0303o',
  'Ａ',
  '你好',
  '数据泄露',
  'こんにちは',
  'カフェ',
  '한국',
  'مرحبا',
  'Привет',
  'ไทย',
  '#CaféLumbre',
  '$CASH',
  '@cafelumbre',
  '@user.com',
];
const PUNCT = [
  '.',
  ',',
  ';',
  ':',
  '…',
  '...',
  '!',
  '?',
  '¿',
  '¡',
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  '—',
  '–',
  '-',
  '(',
  ')',
  '[',
  ']',
  '/',
  '*',
  '"',
  "'",
  '•',
  '·',
  '→',
  '©',
  '®',
  '™',
  '°',
  '%',
  '€',
  '$',
  '&',
  '@',
  '#',
  '_',
  '|',
  '～',
  '。',
  '、',
  '！',
  '？',
];
const EMOJI_SAMPLES = [
  '😀',
  '🙏',
  '👍🏽',
  '👩🏿‍💻',
  '👨‍👩‍👧‍👦',
  '👩‍❤️‍👨',
  '🏳️‍🌈',
  '🏴‍☠️',
  '🇪🇸',
  '🇺🇸',
  '🇲🇽',
  '1️⃣',
  '#️⃣',
  '❤️',
  '❤',
  '☺',
  '☺️',
  '✔',
  '✅',
  '⚠️',
  '⚠',
  '↔',
  '🫠',
  '🧑‍💻',
  '🫷🏽',
  '🥲',
  '🧑🏽‍🤝‍🧑🏻',
  '👁️‍🗨️',
  '🤷‍♀️',
  '🏃🏾‍♂️',
  '\u200d',
  '\ufe0f',
  '🏻',
];
const TLDS = [
  'com',
  'es',
  'org',
  'mx',
  'co',
  'io',
  'app',
  'cafe',
  'madrid',
  'zzz',
  'x',
  'com.ar',
  'co.uk',
  'xn--p1ai',
  'みんな',
  'рф',
  'cat',
  'ayuda',
];
const LABELS = [
  'cafelumbre',
  'example',
  'ayuda',
  'a',
  'x',
  'b-c',
  'ñandú',
  'café',
  'über',
  'my_site',
  'sub.domain',
  'xn--caf-dma',
  'a'.repeat(64),
  'www',
];
const PATHS = [
  '',
  '',
  '/',
  '/estado',
  '/ayuda/cobros',
  '/a_b-c/d.html',
  '/(x)',
  '/x(y)z',
  '/@user/',
  '/%C3%B1',
  '/wiki/Año',
];
const QUERIES = ['', '', '?id=1', '?a=1&b=2', '?q=año', '?x=.', '#top'];
const TAILS = ['', '', '…', '...', '.', ',', ')', '!', '?', '”', '/', ':', '-'];
const SPACES = [' ', ' ', ' ', ' ', '\n', '\n\n', '', '\u00a0', '\t', '\u3000', '\u2009'];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

function link(rnd: () => number): string {
  const protocol = pick(rnd, ['', '', 'https://', 'http://', 'HTTPS://', 'ftp://', 'www.']);
  const host = Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => pick(rnd, LABELS)).join('.');
  if (rnd() < 0.05) return `${protocol}t.co/${'abc123'.repeat(1 + Math.floor(rnd() * 8))}${pick(rnd, QUERIES)}`;
  const port = rnd() < 0.05 ? ':8080' : '';
  return `${protocol}${host}.${pick(rnd, TLDS)}${port}${pick(rnd, PATHS)}${pick(rnd, QUERIES)}${pick(rnd, TAILS)}`;
}

function codePoint(rnd: () => number): string {
  const ranges: [number, number][] = [
    [0x20, 0x7e],
    [0xa0, 0x24f],
    [0x300, 0x36f],
    [0x1000, 0x1200],
    [0x2000, 0x2070],
    [0x2100, 0x2bff],
    [0x3000, 0x30ff],
    [0x4e00, 0x9fff],
    [0xac00, 0xd7a3],
    [0xfe00, 0xfe0f],
    [0xff00, 0xffef],
    [0x1f000, 0x1faff],
    [0x20000, 0x2a6df],
  ];
  const [from, to] = pick(rnd, ranges);
  return String.fromCodePoint(from + Math.floor(rnd() * (to - from + 1)));
}

function post(seed: number): string {
  const rnd = random(seed);
  const parts: string[] = [];
  const length = 1 + Math.floor(rnd() * 40);
  for (let i = 0; i < length; i++) {
    const r = rnd();
    if (r < 0.35) parts.push(pick(rnd, WORDS));
    else if (r < 0.5) parts.push(link(rnd));
    else if (r < 0.62) parts.push(pick(rnd, EMOJI_SAMPLES));
    else if (r < 0.77) parts.push(pick(rnd, PUNCT));
    else if (r < 0.82) parts.push(`${pick(rnd, ['ayuda', 'dpo', 'hola'])}@${pick(rnd, LABELS)}.${pick(rnd, TLDS)}`);
    else if (r < 0.9) parts.push(codePoint(rnd));
    else parts.push(pick(rnd, ['1', '2025', '13h', 'A', 'Z', 'ok']));
    parts.push(rnd() < 0.75 ? pick(rnd, SPACES) : '');
  }
  return parts.join('');
}

const POSTS = 12_000;

describe('X weighted length equals twitter-text parseTweet', () => {
  it('keeps the data taken from twitter-text in step with the installed version', () => {
    const require = createRequire(import.meta.url);
    expect(GTLD).toBe(twitter.regexen.validGTLD.source);
    expect(CCTLD).toBe(twitter.regexen.validCCTLD.source);
    expect(EMOJI).toBe(require('twemoji-parser/dist/lib/regex').default.source);
  });

  it.each([
    ['a link followed by an ellipsis', 'Más en cafelumbre.es/ayuda… gracias'],
    ['a URL in parentheses', 'Detalles (https://example.com/a(b)).'],
    ['a bare domain with an unknown ending is text', 'ver ejemplo.zzz ahora'],
    ['a missing space after a full stop can make a link', 'Lo sentimos.La próxima'],
    ['an e-mail address is not a link', 'Escríbanos a dpo@cafelumbre.es'],
    ['an emoji newer than twemoji counts per code point', 'Equipo 🧑‍💻 🫷🏽'],
    ['text-style symbols', '© ® ™ ☺ ↔ ✔'],
    ['a long t.co slug', `https://t.co/${'a'.repeat(41)}`],
    ['a label over 63 characters', `https://${'a'.repeat(64)}.com`],
    ['a non-ASCII label measured in punycode', `https://${'ñ'.repeat(20)}.com y https://${'añ'.repeat(30)}.es`],
    ['a label of 60 accented letters', `https://caf${'é'.repeat(57)}.com`],
  ])('%s', (_, text) => {
    expect(xLength(text)).toBe(twitter.parseTweet(text).weightedLength);
  });

  it(`matches on ${POSTS.toLocaleString('en')} generated posts`, () => {
    const wrong: string[] = [];
    for (let seed = 1; seed <= POSTS; seed++) {
      const text = post(seed);
      const expected = twitter.parseTweet(text).weightedLength;
      const got = measure(text, 'x').length;
      if (got !== expected && wrong.length < 5)
        wrong.push(`seed ${seed}: ${got} ≠ ${expected} ${JSON.stringify(text)}`);
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it('generates what it claims to (links, emoji sequences, CJK, ellipses after links)', () => {
    const all = Array.from({ length: 2000 }, (_, i) => post(i + 1)).join('\n');
    expect(all).toMatch(/https?:\/\/\S+…/u);
    expect(all).toMatch(/\b[a-z]+\.(?:es|com)\/\S*…/u);
    expect(all).toContain('👨‍👩‍👧‍👦');
    expect(all).toContain('👍🏽');
    expect(all).toMatch(/\p{Script=Han}/u);
  });

  it('cuts the text into pieces that cover it and add up to the weighted length', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const text = post(seed).normalize('NFC');
      const pieces = xPieces(text);
      expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
      expect(pieces.reduce((n, p) => n + p.weight, 0)).toBe(twitter.parseTweet(text).weightedLength);
    }
  });
});
