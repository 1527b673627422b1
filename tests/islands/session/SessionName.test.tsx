// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionName } from '../../../src/components/islands/session/SessionName.tsx';
import { $currentSession, SESSIONS_KEY } from '../../../src/stores/sessions.ts';

// One page: the tests rename the same stored session in turn.
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const storedTitle = () => {
  const data = JSON.parse(localStorage.getItem(SESSIONS_KEY) ?? 'null')?.data;
  return data ? data.runs[data.currentRunId].title : null;
};

function renderName(onRefused = vi.fn()) {
  render(
    <SessionName
      label="Session name"
      title={$currentSession.get()?.title ?? ''}
      placeholder="Practice"
      disabled={false}
      onRefused={onRefused}
    />,
  );
  return screen.getByLabelText('Session name') as HTMLInputElement;
}

// Issue 10, defect 10: typed text is saved as typed, and never shown as saved when it is not.
describe('the session name', () => {
  it('is saved once typing pauses, without leaving the field', async () => {
    const input = renderName();
    fireEvent.input(input, { target: { value: 'Payment system down' } });
    await waitFor(() => expect(storedTitle()).toBe('Payment system down'));
  });

  it('is saved when the page is hidden, before the pause is over', async () => {
    const input = renderName();
    await new Promise((mounted) => setTimeout(mounted, 50));
    fireEvent.input(input, { target: { value: 'Checkout errors' } });
    window.dispatchEvent(new Event('pagehide'));
    expect(storedTitle()).toBe('Checkout errors');
  });

  it('goes back to the stored name, and says so, when storage refuses it', async () => {
    const onRefused = vi.fn();
    const input = renderName(onRefused);
    const before = storedTitle();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    fireEvent.input(input, { target: { value: 'Payment system down, again' } });
    fireEvent.blur(input);
    await waitFor(() => expect(onRefused).toHaveBeenCalledWith(before));
    expect(before).toBe('Checkout errors');
    expect(storedTitle()).toBe(before);
  });
});
