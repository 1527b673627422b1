// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RadioGroup } from '../../../src/components/islands/ui/RadioGroup.tsx';

afterEach(cleanup);

const TONES = ['formal', 'warm'] as const;
const names = { formal: 'Formal', warm: 'Warm' };

describe('RadioGroup', () => {
  it('is a named group of labelled radios with the value checked', () => {
    render(
      <RadioGroup
        legend="Tone"
        name="tone"
        options={TONES}
        labelOf={(t) => names[t]}
        value="warm"
        onChange={vi.fn()}
      />,
    );
    expect(screen.getByRole('group', { name: 'Tone' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Warm' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Formal' }) as HTMLInputElement).checked).toBe(false);
  });

  it('reports the option chosen', () => {
    const onChange = vi.fn();
    render(
      <RadioGroup
        legend="Tone"
        name="tone"
        options={TONES}
        labelOf={(t) => names[t]}
        value="warm"
        onChange={onChange}
      />,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Formal' }));
    expect(onChange).toHaveBeenCalledWith('formal');
  });

  it('carries the group’s and each option’s classes, and a hint inside the group', () => {
    render(
      <RadioGroup
        legend="Tone"
        name="tone"
        options={TONES}
        labelOf={(t) => names[t]}
        value={undefined}
        onChange={vi.fn()}
        class="tone-choices"
        optionClass={(t) => `tone-${t}`}
      >
        <p>Not sure? Start formal.</p>
      </RadioGroup>,
    );
    const group = screen.getByRole('group', { name: 'Tone' });
    expect(group.className).toBe('choices tone-choices');
    expect(screen.getByRole('radio', { name: 'Warm' }).closest('label')?.className).toBe('choice tone-warm');
    expect(group.textContent).toContain('Not sure? Start formal.');
    expect(screen.getAllByRole('radio').every((r) => !(r as HTMLInputElement).checked)).toBe(true);
  });
});
