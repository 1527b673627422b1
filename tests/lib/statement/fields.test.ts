import { describe, expect, it } from 'vitest';
import { asksForRumour, TEXT_FIELDS } from '../../../src/lib/statement/fields.ts';

describe('statement fields', () => {
  it('lists each field once', () => {
    const keys = TEXT_FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('asks for the false claim and the truth only in a false rumour', () => {
    expect(asksForRumour('whatHappened', 'false-rumour')).toBe(true);
    expect(asksForRumour('cause', 'false-rumour')).toBe(true);
    expect(asksForRumour('fix', 'false-rumour')).toBe(false);
    expect(asksForRumour('whatHappened', 'service-outage')).toBe(false);
  });
});
