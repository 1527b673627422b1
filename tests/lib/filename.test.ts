import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/lib/filename.ts';

describe('exportFileName', () => {
  it.each([
    ['Double charges', 'Double-charges.md'],
    ['Caída del servicio: 24/11', 'Caída-del-servicio-24-11.md'],
    ['  «Borrador»  ', 'Borrador.md'],
    ['???', 'statement.md'],
    ['', 'statement.md'],
    ['a'.repeat(100), `${'a'.repeat(60)}.md`],
  ])('%s → %s', (name, expected) => {
    expect(exportFileName(name, 'md', 'statement')).toBe(expected);
  });
});
