// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STATEMENT_LABELS } from '../../../src/components/islands/statement/labels.ts';
import { StatementForm } from '../../../src/components/islands/statement/StatementForm.tsx';
import { labelsFor } from '../../../src/i18n/index.ts';
import { translator } from '../../../src/i18n/labels.ts';
import { $currentDraft, drafts, editInput, freshDrafts, newDraft } from '../../../src/stores/drafts.ts';

const t = translator(labelsFor('en', STATEMENT_LABELS));

beforeEach(async () => {
  localStorage.clear();
  await drafts.update(freshDrafts, { immediate: true });
});
afterEach(cleanup);

describe('StatementForm', () => {
  it('never shows a field older than what was typed, even when handed an older draft', async () => {
    await newDraft('Outage', 'en');
    const older = $currentDraft.get();
    if (!older) throw new Error('no draft');
    const { rerender } = render(<StatementForm draft={older} lang="en" t={t} />);
    const brand = screen.getByLabelText('Brand') as HTMLInputElement;
    // A keystroke: the field and the store hold "Caf" before any parent renders again.
    brand.value = 'Caf';
    void editInput({ brand: 'Caf' });
    // A component in between renders first, for its own reasons, with the draft of its last render.
    rerender(<StatementForm draft={older} lang="en" t={t} />);
    expect((screen.getByLabelText('Brand') as HTMLInputElement).value).toBe('Caf');
  });
});
