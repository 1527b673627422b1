// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import DataPanel from '../../../src/components/islands/DataPanel.tsx';
import { SESSION_LABELS } from '../../../src/components/islands/session/session-labels.ts';
import { labelsFor } from '../../../src/i18n/index.ts';
import { SESSIONS_KEY } from '../../../src/stores/sessions.ts';

afterEach(cleanup);

const labels = labelsFor('en', SESSION_LABELS);

function choose(contents: string) {
  const input = screen.getByLabelText(labels['run.import']) as HTMLInputElement;
  const file = new File([contents], 'x.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('DataPanel', () => {
  it('refuses a file cut short with an alert, and changes nothing', async () => {
    render(<DataPanel lang="en" labels={labels} checklists={[]} />);
    const before = localStorage.getItem(SESSIONS_KEY);
    await waitFor(() => expect((screen.getByLabelText(labels['run.import']) as HTMLInputElement).disabled).toBe(false));
    choose('{"format":"crisis-playbook/runs","version":2,"data":{');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('not valid JSON, or it is cut short');
    expect(alert.textContent).toContain('Nothing was changed.');
    expect(localStorage.getItem(SESSIONS_KEY)).toBe(before);
  });

  it('asks before clearing everything, with the shared dialog: focus on the safe answer, Escape cancels', async () => {
    render(<DataPanel lang="en" labels={labels} checklists={[]} />);
    fireEvent.click(screen.getByRole('button', { name: labels['run.clear'] }));
    const dialog = screen.getByRole('group', { name: labels['run.clearConfirm'] });
    expect(document.activeElement?.textContent).toBe(labels['checklist.cancel']);
    expect(screen.getByRole('button', { name: labels['run.clearExportFirst'] })).toBeTruthy();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: labels['run.clearConfirm'] })).toBeNull();
  });
});
