// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Checklist, { CHECKLIST_LABELS, type ChecklistProps } from '../../src/components/islands/Checklist.tsx';
import { labelsFor } from '../../src/i18n/index.ts';
import { initialRunsState } from '../../src/lib/runs.ts';
import { $lastChange, $runs } from '../../src/stores/runs.ts';
import { $storageStatus } from '../../src/stores/storage.ts';

const props: ChecklistProps = {
  checklistId: 'is-it-a-crisis',
  title: 'Is this a crisis?',
  lang: 'en',
  items: [
    { id: 'compare-baseline', text: 'Compare the volume with the baseline.' },
    { id: 'check-spread', text: 'Check whether it spreads to other networks.' },
    { id: 'capture-evidence', text: 'Capture evidence <b>now</b>.' },
  ],
  // The real English strings, so the test reads what people read.
  labels: labelsFor('en', CHECKLIST_LABELS),
};

beforeEach(() => {
  localStorage.clear();
  $lastChange.set(null);
  $runs.set(initialRunsState({ id: 'test-run', now: '2026-11-24T09:00:00Z' }));
  $storageStatus.set('ok');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Checklist island', () => {
  it('renders every item as a labelled native checkbox', () => {
    render(<Checklist {...props} />);
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(3);
    expect(screen.getByRole('checkbox', { name: /Compare the volume/ })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Is this a crisis?' })).toBeTruthy();
  });

  it('shows hostile item text as text', () => {
    render(<Checklist {...props} />);
    expect(screen.getByText('Capture evidence <b>now</b>.')).toBeTruthy();
    expect(document.querySelector('.checklist b')).toBeNull();
  });

  it('ticks, records the time, updates and announces the progress', async () => {
    render(<Checklist {...props} />);
    expect(screen.getByText('0 of 3 done').getAttribute('aria-live')).toBe('polite');
    fireEvent.click(screen.getByRole('checkbox', { name: /Compare the volume/ }));
    expect(await screen.findByText('1 of 3 done')).toBeTruthy();
    expect(screen.getByText(/^ticked at /)).toBeTruthy();
    expect(Object.keys($runs.get().runs['test-run']?.ticks ?? {})).toEqual(['is-it-a-crisis/compare-baseline']);
    expect((screen.getByRole('progressbar') as HTMLProgressElement).value).toBe(1);
  });

  it('unticks', () => {
    render(<Checklist {...props} />);
    const box = screen.getByRole('checkbox', { name: /Check whether/ }) as HTMLInputElement;
    fireEvent.click(box);
    fireEvent.click(box);
    expect(box.checked).toBe(false);
    expect($runs.get().runs['test-run']?.ticks).toEqual({});
  });

  it('offers to undo an untick, and the undo brings the tick back', async () => {
    render(<Checklist {...props} />);
    const box = screen.getByRole('checkbox', { name: /Check whether/ }) as HTMLInputElement;
    fireEvent.click(box);
    fireEvent.click(box);
    expect(await screen.findByText('Unticked: “Check whether it spreads to other networks.”.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(box.checked).toBe(true));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('resets only after confirmation, and the reset can be undone', async () => {
    render(<Checklist {...props} />);
    for (const box of screen.getAllByRole('checkbox')) fireEvent.click(box);
    fireEvent.click(await screen.findByRole('button', { name: 'Reset this checklist' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText(/^3 of 3 done/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset this checklist' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, reset' }));
    expect(await screen.findByText('0 of 3 done')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/^3 of 3 done/)).toBeTruthy();
  });

  it('ignores a stored tick whose item no longer exists, and keeps it', () => {
    $runs.set({
      currentRunId: 'test-run',
      runs: {
        'test-run': {
          ...initialRunsState({ id: 'test-run', now: '2026-11-24T09:00:00Z' }).runs['test-run']!,
          ticks: { 'is-it-a-crisis/removed-item': '2026-11-24T09:05:00Z' },
        },
      },
    });
    render(<Checklist {...props} />);
    expect(screen.getByText('0 of 3 done')).toBeTruthy();
    expect(Object.keys($runs.get().runs['test-run']?.ticks ?? {})).toEqual(['is-it-a-crisis/removed-item']);
  });

  it('says when the list is complete', async () => {
    render(<Checklist {...props} />);
    for (const box of screen.getAllByRole('checkbox')) fireEvent.click(box);
    expect(await screen.findByText('3 of 3 done Checklist complete.')).toBeTruthy();
  });

  it('shows ticks stored before it rendered', () => {
    $runs.set({
      currentRunId: 'test-run',
      runs: {
        'test-run': {
          ...initialRunsState({ id: 'test-run', now: '2026-11-24T09:00:00Z' }).runs['test-run']!,
          ticks: { 'is-it-a-crisis/check-spread': '2026-11-24T09:05:00Z' },
        },
      },
    });
    render(<Checklist {...props} />);
    expect((screen.getByRole('checkbox', { name: /Check whether/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('1 of 3 done')).toBeTruthy();
  });

  it('puts the box back and tells the user when the write is refused', async () => {
    render(<Checklist {...props} />);
    // The persisted store throws as it does when localStorage is full (see tests/unit/runs-store).
    const storeSet = vi.spyOn($runs, 'set').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const box = screen.getByRole('checkbox', { name: /Compare the volume/ }) as HTMLInputElement;
    fireEvent.click(box);
    expect(storeSet).toHaveBeenCalled();
    expect(box.checked).toBe(false);
    expect((await screen.findByRole('alert')).textContent).toMatch(/^The last change could not be saved/);
  });
});
