// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import StatementBuilder, { STATEMENT_LABELS } from '../../../src/components/islands/StatementBuilder.tsx';
import { labelsFor } from '../../../src/i18n/index.ts';
import { $drafts } from '../../../src/stores/drafts.ts';
import { $storageStatus } from '../../../src/stores/storage.ts';

// The real English strings, so the test reads what people read.
const labels = labelsFor('en', STATEMENT_LABELS);

beforeEach(() => {
  localStorage.clear();
  $drafts.set({ currentDraftId: null, drafts: {} });
  $storageStatus.set('ok');
});
afterEach(cleanup);

async function startDraft() {
  render(<StatementBuilder lang="en" labels={labels} />);
  fireEvent.click(await screen.findByRole('button', { name: 'New draft' }));
  await screen.findByLabelText('Draft name');
}

describe('StatementBuilder island', () => {
  it('starts a named draft and composes the statement from the form', async () => {
    await startDraft();
    expect(Object.values($drafts.get().drafts)).toHaveLength(1);
    fireEvent.input(screen.getByLabelText('Brand'), { target: { value: 'Café Lumbre' } });
    fireEvent.input(screen.getByLabelText('What happened'), {
      target: { value: 'some orders were charged twice' },
    });
    await waitFor(() => expect(document.querySelector('.statement-preview')?.textContent).toContain('charged twice'));
    expect(document.querySelector('.statement-preview')?.textContent).toContain('Café Lumbre');
  });

  it('asks for the false claim and the truth when the crisis is a false rumor', async () => {
    await startDraft();
    expect(screen.getByLabelText('What happened')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Kind of crisis'), { target: { value: 'false-rumour' } });
    expect(await screen.findByLabelText('What is being said (the false claim)')).toBeTruthy();
    expect(screen.getByLabelText('What is actually true')).toBeTruthy();
    // A rumour is corrected, not apologised for, unless the user says otherwise.
    expect((screen.getByRole('checkbox', { name: 'Include an apology' }) as HTMLInputElement).checked).toBe(false);
  });

  it('names kinds and tones from the dictionary and stores the choice', async () => {
    await startDraft();
    fireEvent.click(screen.getByRole('radio', { name: 'Holding statement' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Warm' }));
    const draft = Object.values($drafts.get().drafts)[0];
    expect(draft?.input.kind).toBe('holding');
    expect(draft?.input.tone).toBe('warm');
  });

  it('deletes a draft only after asking, and cancelling keeps it', async () => {
    await startDraft();
    fireEvent.click(screen.getByRole('button', { name: 'Delete the draft' }));
    expect(screen.getByRole('group', { name: /^Delete “Draft of .*”\? This cannot be undone\.$/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(Object.values($drafts.get().drafts)).toHaveLength(1);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete the draft' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(Object.values($drafts.get().drafts)).toHaveLength(0);
    expect(await screen.findByText('No drafts yet. Start one to begin.')).toBeTruthy();
  });

  it('turns a too-long hand edit for X into a numbered thread', async () => {
    await startDraft();
    fireEvent.click(screen.getByRole('button', { name: 'X' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit the text' }));
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    fireEvent.input(screen.getByLabelText('Text for X'), { target: { value: long } });
    const heading = await screen.findByRole('heading', { name: /^Thread of \d+ posts$/ });
    expect(heading).toBeTruthy();
    expect(document.querySelector('.counter')?.classList.contains('is-over')).toBe(true);
    expect(screen.getByRole('button', { name: 'X ✎' })).toBeTruthy();
  });
});
