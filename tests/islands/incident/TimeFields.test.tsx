// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CRISIS_LABELS } from '../../../src/components/islands/incident/labels.ts';
import { TimeFields } from '../../../src/components/islands/incident/TimeFields.tsx';
import { labelsFor } from '../../../src/i18n/index.ts';

afterEach(cleanup);

const labels = labelsFor('en', CRISIS_LABELS);
const values = { startedAt: '2026-11-24T09:00', detectedAt: '2026-11-24T09:10', declaredAt: '2026-11-24T09:30' };

describe('TimeFields (the incident start form and its settings)', () => {
  it('shows the three times, labelled, named by their key for the form data', () => {
    const { container } = render(<TimeFields labels={labels} idPrefix="set" values={values} />);
    const started = screen.getByLabelText(labels['crisis.time.started']) as HTMLInputElement;
    expect(started.id).toBe('set-startedAt');
    expect(started.value).toBe('2026-11-24T09:00');
    const names = [...container.querySelectorAll('input')].map((i) => i.name);
    expect(names).toEqual(['startedAt', 'detectedAt', 'declaredAt']);
  });

  it('reports what is typed, with its key, when controlled', () => {
    const onInput = vi.fn();
    render(<TimeFields labels={labels} idPrefix="time" values={values} onInput={onInput} />);
    fireEvent.input(screen.getByLabelText(labels['crisis.time.declared']), { target: { value: '2026-11-24T10:00' } });
    expect(onInput).toHaveBeenCalledWith('declaredAt', '2026-11-24T10:00');
  });

  it('keeps an edit when re-rendered with the stored times, when not controlled', () => {
    const { rerender } = render(<TimeFields labels={labels} idPrefix="set" values={values} />);
    const detected = screen.getByLabelText(labels['crisis.time.detected']) as HTMLInputElement;
    fireEvent.input(detected, { target: { value: '2026-11-24T09:20' } });
    rerender(<TimeFields labels={labels} idPrefix="set" values={{ ...values }} />);
    expect(detected.value).toBe('2026-11-24T09:20');
  });
});
