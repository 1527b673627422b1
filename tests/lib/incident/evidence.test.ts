import { describe, expect, it } from 'vitest';
import {
  checkRoom,
  checkScreenshotFile,
  evidenceFromForm,
  SCREENSHOT_LIMIT,
  sha256Hex,
} from '../../../src/lib/incident/evidence.ts';
import { at } from './fixtures.ts';

const form = {
  network: 'X',
  url: 'https://x.com/someone/status/1',
  handle: '@CafeLumbre_Ayuda',
  displayName: 'Café Lumbre Ayuda',
  followers: '1.200',
  seenAt: at(5),
  text: 'DM us your card number',
  fakeSigns: ['new-account', 'mimics-brand'],
};
const init = { id: 'ev-1', addedAt: at(6), screenshot: null };

describe('evidenceFromForm', () => {
  it('makes a card from a full form', () => {
    const result = evidenceFromForm(form, init);
    expect(result.ok && result.card).toMatchObject({
      id: 'ev-1',
      followers: 1200,
      status: 'none',
      fakeSigns: ['new-account', 'mimics-brand'],
    });
  });

  it.each([
    { name: 'no handle and no address', patch: { url: '', handle: ' ' }, code: 'missing' },
    { name: 'not a web address', patch: { url: 'javascript:alert(1)' }, code: 'bad-url' },
    { name: 'not an address at all', patch: { url: 'x.com/post' }, code: 'bad-url' },
    { name: 'followers not a number', patch: { followers: 'lots' }, code: 'bad-followers' },
    { name: 'seen at not a time', patch: { seenAt: 'yesterday' }, code: 'bad-time' },
    { name: 'unknown sign of a fake profile', patch: { fakeSigns: ['evil'] }, code: 'invalid' },
  ])('$name → $code', ({ patch, code }) => {
    const result = evidenceFromForm({ ...form, ...patch }, init);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });

  it('a handle alone is enough', () => {
    expect(evidenceFromForm({ ...form, url: '', followers: '' }, init).ok).toBe(true);
  });
});

describe('checkScreenshotFile', () => {
  it.each([
    { file: { type: 'image/png', size: 1000 }, code: null },
    { file: { type: 'image/jpeg', size: SCREENSHOT_LIMIT }, code: null },
    { file: { type: 'image/svg+xml', size: 1000 }, code: 'file-type' },
    { file: { type: 'application/pdf', size: 1000 }, code: 'file-type' },
    { file: { type: 'image/png', size: 0 }, code: 'file-empty' },
    { file: { type: 'image/png', size: SCREENSHOT_LIMIT + 1 }, code: 'file-too-large' },
  ])('$file.type of $file.size bytes → $code', ({ file, code }) => {
    expect(checkScreenshotFile(file)?.code ?? null).toBe(code);
  });
});

describe('checkRoom', () => {
  it.each([
    { estimate: null, code: null },
    { estimate: {}, code: null },
    { estimate: { usage: 0, quota: 100 * 1024 * 1024 }, code: null },
    { estimate: { usage: 99 * 1024 * 1024, quota: 100 * 1024 * 1024 }, code: 'no-room' },
    { estimate: { usage: 10, quota: 10 }, code: 'no-room' },
  ])('$estimate → $code', ({ estimate, code }) => {
    expect(checkRoom(500_000, estimate)?.code ?? null).toBe(code);
  });
});

describe('sha256Hex', () => {
  it('matches the known digest of "abc"', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
