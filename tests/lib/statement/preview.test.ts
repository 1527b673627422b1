import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/lib/statement/lint.ts';
import { markedRuns, previewParts } from '../../../src/lib/statement/preview.ts';
import { threadFor } from '../../../src/lib/statement/thread.ts';

const finding = (start: number, end: number, rule: Finding['rule'] = 'jargon'): Finding => ({
  rule,
  severity: 'info',
  details: { match: rule },
  start,
  end,
  guide: '/en/guides/response/#pitfalls',
});

describe('markedRuns', () => {
  it('marks each finding’s range and keeps every character once, in order', () => {
    const text = 'We regret any inconvenience in due course.';
    const at = (words: string) => finding(text.indexOf(words), text.indexOf(words) + words.length);
    const runs = markedRuns(text, [at('in due course'), at('any inconvenience')]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.finding).map((r) => r.text)).toEqual(['any inconvenience', 'in due course']);
  });

  it('marks nothing for a missing part, and skips a finding inside an earlier one', () => {
    const runs = markedRuns('abcdef', [finding(0, 0, 'no-apology'), finding(1, 4), finding(2, 3)]);
    expect(runs).toEqual([{ text: 'a' }, { text: 'bcd', finding: finding(1, 4) }, { text: 'ef' }]);
  });
});

describe('previewParts', () => {
  const long = `${'word '.repeat(60)}hereby the end.`;

  it('shows the whole text where the network does not fold posts', () => {
    const parts = previewParts('We are sorry.', [], 'website');
    expect(parts.after).toBeNull();
    expect(parts.before.map((r) => r.text).join('')).toBe('We are sorry.');
  });

  it('splits at the “… more” cut and moves the offsets of findings after it', () => {
    const start = long.indexOf('hereby');
    const parts = previewParts(long, [finding(start, start + 6)], 'instagram');
    expect(parts.after).not.toBeNull();
    const before = parts.before.map((r) => r.text).join('');
    const after = (parts.after ?? []).map((r) => r.text).join('');
    expect(before + after).toBe(long);
    expect(before.length).toBeLessThanOrEqual(125);
    const marked = (parts.after ?? []).find((r) => r.finding);
    expect(marked?.text).toBe('hereby');
    expect(marked?.finding?.start).toBe(start - before.length);
  });

  it('marks a finding across the cut on neither side', () => {
    const parts = previewParts(long, [finding(100, 200)], 'instagram');
    expect([...parts.before, ...(parts.after ?? [])].some((r) => r.finding)).toBe(false);
  });
});

describe('threadFor', () => {
  const long = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');

  it('threads a too-long post on X and Bluesky only', () => {
    expect(threadFor(long, 'x').length).toBeGreaterThan(1);
    expect(threadFor(long, 'bluesky').length).toBeGreaterThan(1);
    expect(threadFor(long, 'threads')).toEqual([]);
    expect(threadFor(long, 'website')).toEqual([]);
  });

  it('leaves a post that fits alone', () => {
    expect(threadFor('We are sorry.', 'x')).toEqual([]);
  });
});
