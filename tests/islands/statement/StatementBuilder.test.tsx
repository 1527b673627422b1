// @vitest-environment jsdom
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import StatementBuilder from '../../../src/components/islands/StatementBuilder.tsx';
import { STATEMENT_LABELS } from '../../../src/components/islands/statement/labels.ts';
import { labelsFor } from '../../../src/i18n/index.ts';
import { $drafts, drafts, freshDrafts } from '../../../src/stores/drafts.ts';
import { $storageStatus } from '../../../src/stores/storage.ts';

// The builder waits for typing to pause and loads its wording: give a loaded machine time.
configure({ asyncUtilTimeout: 5000 });

// The real English strings, so the test reads what people read.
const labels = labelsFor('en', STATEMENT_LABELS);

beforeEach(async () => {
  localStorage.clear();
  await drafts.update(freshDrafts, { immediate: true });
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
    fireEvent.click(screen.getByRole('radio', { name: 'Full response' }));
    fireEvent.change(screen.getByLabelText('Kind of crisis'), { target: { value: 'false-rumour' } });
    expect(await screen.findByLabelText('What is being said (the false claim)')).toBeTruthy();
    expect(screen.getByLabelText('What is actually true')).toBeTruthy();
    // A rumour is corrected, not apologised for, unless the user says otherwise.
    expect((screen.getByRole('checkbox', { name: 'Include an apology' }) as HTMLInputElement).checked).toBe(false);
  });

  it('asks a holding statement only for what it says; apology and a commitment are opt-in, with a warning', async () => {
    await startDraft();
    expect((screen.getByRole('radio', { name: 'Holding statement' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByLabelText('Why it happened')).toBeNull();
    expect(screen.queryByLabelText('What changes so it does not happen again')).toBeNull();
    expect(screen.queryByLabelText('Commitment (only if already confirmed)')).toBeNull();
    expect(screen.getByLabelText('What you are doing right now')).toBeTruthy();
    expect(screen.getByLabelText('What readers should do now')).toBeTruthy();
    const apology = screen.getByRole('checkbox', { name: 'Include an apology' }) as HTMLInputElement;
    expect(apology.checked).toBe(false);
    expect(screen.queryByText(/does not apologize yet/)).toBeNull();
    fireEvent.click(apology);
    expect(await screen.findByText(/does not apologize yet/)).toBeTruthy();
    expect(screen.getByLabelText('What you are sorry for (in your words)')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Include a commitment now' }));
    expect(await screen.findByLabelText('Commitment (only if already confirmed)')).toBeTruthy();
    expect(screen.getByText(/promises nothing yet/)).toBeTruthy();
    // A full response asks for the cause, the fix and prevention, and has no commitment option.
    fireEvent.click(screen.getByRole('radio', { name: 'Full response' }));
    expect(await screen.findByLabelText('Why it happened')).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Include a commitment now' })).toBeNull();
  });

  it('gives the advice and the fields of a data incident', async () => {
    await startDraft();
    fireEvent.change(screen.getByLabelText('Kind of crisis'), { target: { value: 'data-incident' } });
    expect(await screen.findByLabelText('Which data')).toBeTruthy();
    expect(screen.getByLabelText('Authority notified, and when (empty if not yet)')).toBeTruthy();
    expect(screen.getByLabelText('Contact for data-protection questions')).toBeTruthy();
    const advice = screen.getByRole('complementary', { name: 'How to answer this crisis' });
    expect(advice.textContent).toMatch(/check with your legal team/i);
    expect(advice.querySelector('a')?.getAttribute('href')).toBe('/en/guides/response/#strategy-by-type-of-crisis');
  });

  it('meters only the user’s words and lists the template’s sentences apart', async () => {
    await startDraft();
    fireEvent.input(screen.getByLabelText('What happened'), { target: { value: 'some orders were charged twice' } });
    await screen.findByRole('heading', { name: 'In your own words: 1 of 4 parts' });
    const listed = () => Array.from(document.querySelectorAll('.meter-template li'), (li) => li.textContent);
    expect(screen.getByText(/^Template sentences \(\d+\), not counted$/)).toBeTruthy();
    expect(listed()).toContain('Our team is working on it.');
    // The template's "our team is working on it" gives way to what the user says is being done.
    fireEvent.input(screen.getByLabelText('What you are doing right now'), {
      target: { value: 'we have paused app payments' },
    });
    await screen.findByRole('heading', { name: 'In your own words: 2 of 4 parts' });
    expect(listed()).not.toContain('Our team is working on it.');
  });

  it('names kinds and tones from the dictionary and stores the choice', async () => {
    await startDraft();
    fireEvent.click(screen.getByRole('radio', { name: 'Holding statement' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Warm' }));
    const draft = Object.values($drafts.get().drafts)[0];
    expect(draft?.input.kind).toBe('holding');
    expect(draft?.input.tone).toBe('warm');
  });

  it('keeps a draft name being typed when the store changes meanwhile, and saves it when the field is left', async () => {
    await startDraft();
    const name = screen.getByLabelText('Draft name') as HTMLInputElement;
    fireEvent.input(name, { target: { value: 'First' } });
    // Another field's change re-renders the form before the name is saved.
    fireEvent.input(screen.getByLabelText('Brand'), { target: { value: 'Café Lumbre' } });
    await waitFor(() => expect(Object.values($drafts.get().drafts)[0]?.input.brand).toBe('Café Lumbre'));
    expect(name.value).toBe('First');
    fireEvent.change(name, { target: { value: 'First' } });
    await waitFor(() => expect(Object.values($drafts.get().drafts)[0]?.name).toBe('First'));
    await waitFor(() => expect(name.value).toBe('First'));
  });

  it('deletes a draft only after asking, and cancelling keeps it', async () => {
    await startDraft();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete the draft' }));
    expect(screen.getByRole('group', { name: /^Delete “Draft of .*”\? This cannot be undone\.$/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(Object.values($drafts.get().drafts)).toHaveLength(1);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete the draft' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(Object.values($drafts.get().drafts)).toHaveLength(0);
    expect(await screen.findByText('No drafts yet. Start one to begin.')).toBeTruthy();
  });

  it('shows the statement once its language’s wording has loaded, and follows a change of language', async () => {
    await startDraft();
    expect(screen.getByRole('status').textContent).toBe('Loading the statement’s wording…');
    fireEvent.input(screen.getByLabelText('What happened'), { target: { value: 'some orders were charged twice' } });
    await waitFor(() => expect(document.querySelector('.statement-preview')?.getAttribute('lang')).toBe('en'));
    fireEvent.change(screen.getByLabelText('Language of the statement'), { target: { value: 'es' } });
    await waitFor(() => expect(document.querySelector('.statement-preview')?.getAttribute('lang')).toBe('es'));
    // The findings are worded in the page's language, whatever the statement's.
    await waitFor(() =>
      expect(document.querySelector('.findings')?.textContent).toContain('Say when the next update comes'),
    );
  });

  it('turns a too-long hand edit for X into a numbered thread', async () => {
    await startDraft();
    fireEvent.click(await screen.findByRole('button', { name: 'X' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit the text' }));
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    fireEvent.input(screen.getByLabelText('Text for X'), { target: { value: long } });
    const heading = await screen.findByRole('heading', { name: /^Thread of \d+ posts$/ });
    expect(heading).toBeTruthy();
    expect(document.querySelector('.counter')?.classList.contains('is-over')).toBe(true);
    expect(screen.getByRole('button', { name: 'X ✎' })).toBeTruthy();
  });
});
