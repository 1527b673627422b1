// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChannelTabs } from '../../../src/components/islands/statement/ChannelTabs.tsx';
import { STATEMENT_LABELS } from '../../../src/components/islands/statement/labels.ts';
import { labelsFor } from '../../../src/i18n/index.ts';
import { translator } from '../../../src/i18n/labels.ts';
import type { Platform } from '../../../src/lib/statement/types.ts';

const t = translator(labelsFor('en', STATEMENT_LABELS));
afterEach(cleanup);

function show(filled: (p: Platform) => boolean) {
  const onChoose = vi.fn();
  const onCopyAll = vi.fn();
  render(
    <ChannelTabs
      channel="x"
      edited={(p) => p === 'bluesky'}
      filled={filled}
      onChoose={onChoose}
      onCopyAll={onCopyAll}
      t={t}
    />,
  );
  return { onChoose, onCopyAll };
}

describe('ChannelTabs', () => {
  it('groups the channels, each group with its own Copy all counting the channels with text', () => {
    const { onCopyAll } = show((p) => p !== 'threads');
    const short = screen.getByRole('group', { name: 'Short posts' });
    expect(short.textContent).toContain('Bluesky ✎');
    fireEvent.click(within(short).getByRole('button', { name: 'Copy all (2)' }));
    expect(onCopyAll).toHaveBeenCalledWith('short', 2);
    expect(screen.getByRole('group', { name: 'Website and e-mail' }).textContent).toContain('Copy all (2)');
  });

  it('disables Copy all for a group with nothing to copy, and chooses a channel on click', () => {
    const { onChoose } = show((p) => p === 'website');
    const long = screen.getByRole('group', { name: 'Long posts' });
    expect(within(long).getByRole('button', { name: 'Copy all (0)' }).hasAttribute('disabled')).toBe(true);
    const owned = screen.getByRole('group', { name: 'Website and e-mail' });
    expect(within(owned).getByRole('button', { name: 'Copy all (1)' }).hasAttribute('disabled')).toBe(false);
    expect(screen.getByRole('button', { name: 'X' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'LinkedIn' }));
    expect(onChoose).toHaveBeenCalledWith('linkedin');
  });
});
