// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmButton, ConfirmDialog } from '../../../src/components/islands/ui/ConfirmDialog.tsx';

afterEach(cleanup);

const words = { question: 'Delete the draft “Outage”?', confirmLabel: 'Yes, delete', cancelLabel: 'Cancel' };

describe('ConfirmDialog', () => {
  it('is a group named by its question, with focus on the safe answer', () => {
    render(<ConfirmDialog {...words} onConfirm={vi.fn()} onCancel={vi.fn()} />);
    expect(screen.getByRole('group', { name: 'Delete the draft “Outage”?' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
  });

  it('confirms, cancels, and cancels on Escape', () => {
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(<ConfirmDialog {...words} onConfirm={onConfirm} onCancel={onCancel} />);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(2);
  });

  it('shows another way out before its answers', () => {
    render(
      <ConfirmDialog {...words} onConfirm={vi.fn()} onCancel={vi.fn()}>
        <button type="button">Export first</button>
      </ConfirmDialog>,
    );
    const buttons = screen.getAllByRole('button').map((b) => b.textContent);
    expect(buttons).toEqual(['Export first', 'Yes, delete', 'Cancel']);
  });
});

describe('ConfirmButton', () => {
  it('asks in place of the button, and acts only on yes', () => {
    const onConfirm = vi.fn();
    render(<ConfirmButton label="Delete" {...words} onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeTruthy();
  });

  it('puts focus back on the button after a cancel', async () => {
    render(<ConfirmButton label="Delete" {...words} onConfirm={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.keyDown(screen.getByRole('group'), { key: 'Escape' });
    const button = await screen.findByRole('button', { name: 'Delete' });
    await vi.waitFor(() => expect(document.activeElement).toBe(button));
  });

  it('passes disabled to its button', () => {
    render(<ConfirmButton label="Delete" disabled {...words} onConfirm={vi.fn()} />);
    expect((screen.getByRole('button', { name: 'Delete' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
