// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { atom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { useStore } from '../../src/components/islands/useStore.ts';

afterEach(cleanup);

describe('useStore', () => {
  it('shows the stored value and every later change', async () => {
    const $name = atom('Holding');
    function Name() {
      return <p>{useStore($name)}</p>;
    }
    render(<Name />);
    expect(screen.getByText('Holding')).toBeTruthy();
    $name.set('Update 1');
    await waitFor(() => expect(screen.getByText('Update 1')).toBeTruthy());
    $name.set('Update 2');
    await waitFor(() => expect(screen.getByText('Update 2')).toBeTruthy());
  });

  it('shows a change made after the first render and before it listened', async () => {
    const $ticks = atom(0);
    // A child's effect runs before its parent's: the stored value applied after mount.
    function ApplyStored() {
      useEffect(() => $ticks.set(3), []);
      return null;
    }
    function Ticks() {
      return (
        <p>
          {useStore($ticks)} ticked
          <ApplyStored />
        </p>
      );
    }
    render(<Ticks />);
    await waitFor(() => expect(screen.getByText('3 ticked')).toBeTruthy());
  });

  it('never hands a child the value of an older render when the child renders for its own state', async () => {
    // The two-tab draft race: a keystroke is stored, and in the same moment a component between
    // the store and the field renders for its own reasons. It must render with the new text.
    const $text = atom('Caf');
    const seen: string[] = [];
    let settle: (() => void) | undefined;
    function Field({ text }: { text: string }) {
      const [settled, setSettled] = useState(false);
      settle = () => setSettled(true);
      seen.push(`${text}${settled ? ' (settled)' : ''}`);
      return <input aria-label="Brand" value={text} readOnly />;
    }
    function Form() {
      return <Field text={useStore($text)} />;
    }
    render(<Form />);
    settle?.();
    $text.set('Café');
    await waitFor(() => expect(seen.at(-1)).toBe('Café (settled)'));
    expect(seen).not.toContain('Caf (settled)');
    expect((screen.getByLabelText('Brand') as HTMLInputElement).value).toBe('Café');
  });

  it('stops listening when the component goes away', () => {
    const $n = atom(1);
    function N() {
      return <p>{useStore($n)}</p>;
    }
    const { unmount } = render(<N />);
    expect($n.lc).toBeGreaterThan(0);
    unmount();
    expect($n.lc).toBe(0);
  });
});
