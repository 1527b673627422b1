import { describe, expect, it } from 'vitest';
import { mdCode, mdDocument, mdFence, mdText } from '../../../src/lib/markdown/write.ts';

describe('the Markdown writer', () => {
  it('keeps text on one inert line', () => {
    expect(mdText('# a\n[b](javascript:c) <i>&amp; *d*')).toBe(
      '\\# a \\[b\\]\\(javascript:c\\) \\<i\\>\\&amp; \\*d\\*',
    );
  });

  it('leaves ordinary punctuation readable', () => {
    expect(mdText('Vendor onboarding=blocked, e-mail: 50% off.')).toBe('Vendor onboarding=blocked, e-mail: 50% off.');
  });

  it('makes code spans no backtick can close', () => {
    expect(mdCode('a/b')).toBe('`a/b`');
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('`x`')).toBe('`` `x` ``');
  });

  it('fences text longer than any backtick run inside', () => {
    expect(mdFence('a ``` b\r\nc')).toEqual(['````text', 'a ``` b\nc', '````']);
    expect(mdFence('plain')).toEqual(['```text', 'plain', '```']);
  });

  it('ends a document with one newline', () => {
    expect(mdDocument(['# A', '', 'b'])).toBe('# A\n\nb\n');
  });
});
