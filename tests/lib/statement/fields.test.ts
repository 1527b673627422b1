import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../../src/i18n/index.ts';
import {
  asksForRumour,
  defaultApology,
  fieldLabel,
  fieldsFor,
  TEXT_FIELDS,
} from '../../../src/lib/statement/fields.ts';
import { CRISIS_TYPES, STATEMENT_KINDS } from '../../../src/lib/statement/types.ts';

const LABELS = { es: labelsFor('es', ['statement.']), en: labelsFor('en', ['statement.']) };

const keys = (input: Parameters<typeof fieldsFor>[0]) => fieldsFor(input).map((f) => f.key);

describe('statement fields', () => {
  it('lists each field once', () => {
    const all = TEXT_FIELDS.map((f) => f.key);
    expect(new Set(all).size).toBe(all.length);
  });

  it('asks for the false claim and the truth only in a false rumour', () => {
    expect(asksForRumour('whatHappened', 'false-rumour')).toBe(true);
    expect(asksForRumour('cause', 'false-rumour')).toBe(true);
    expect(asksForRumour('fix', 'false-rumour')).toBe(false);
    expect(asksForRumour('whatHappened', 'service-outage')).toBe(false);
  });

  it('never asks a holding statement for cause, fix or prevention; a commitment only when opted in', () => {
    for (const crisisType of CRISIS_TYPES) {
      const holding = keys({ kind: 'holding', crisisType });
      expect(holding).not.toContain('cause');
      expect(holding).not.toContain('fix');
      expect(holding).not.toContain('prevention');
      expect(holding).toEqual(
        expect.arrayContaining(['whatHappened', 'doingNow', 'whatToDo', 'nextUpdate', 'contact']),
      );
      expect(keys({ kind: 'holding', crisisType, promise: true })).toContain('fix');
    }
  });

  it('asks a full response for cause, fix and prevention, and a closing statement for no next update', () => {
    expect(keys({ kind: 'full' })).toEqual(expect.arrayContaining(['cause', 'fix', 'prevention', 'whatToDo']));
    expect(keys({ kind: 'closing' })).not.toContain('nextUpdate');
    expect(keys({ kind: 'closing' })).toEqual(expect.arrayContaining(['fix', 'prevention', 'contact']));
  });

  it('asks for the data, the authority and a data-protection contact only in a data incident', () => {
    for (const kind of STATEMENT_KINDS) {
      expect(keys({ kind, crisisType: 'data-incident' })).toEqual(
        expect.arrayContaining(['dataInvolved', 'dataContact']),
      );
      expect(keys({ kind, crisisType: 'service-outage' })).not.toContain('dataInvolved');
    }
    expect(keys({ kind: 'holding', crisisType: 'data-incident' })).toContain('authority');
  });

  it('asks what the brand is sorry for only with an apology', () => {
    expect(keys({ kind: 'full', crisisType: 'service-outage' })).toContain('sorryFor');
    expect(keys({ kind: 'full', crisisType: 'service-outage', apology: false })).not.toContain('sorryFor');
    expect(keys({ kind: 'holding', crisisType: 'service-outage' })).not.toContain('sorryFor');
    expect(keys({ kind: 'holding', crisisType: 'service-outage', apology: true })).toContain('sorryFor');
  });

  it.each([
    ['holding', 'service-outage', false],
    ['holding', 'offensive-post', false],
    ['full', 'service-outage', true],
    ['full', 'product-defect', true],
    ['full', 'offensive-post', true],
    ['full', 'data-incident', true],
    ['full', 'viral-complaint', true],
    ['full', 'false-rumour', false],
    ['full', 'policy-backlash', false],
    ['full', 'staff-misconduct', false],
    ['closing', 'service-outage', true],
  ] as const)('a %s statement for %s apologises by default: %s', (kind, crisisType, expected) => {
    expect(defaultApology({ kind, crisisType })).toBe(expected);
    expect(defaultApology({ kind, crisisType, apology: !expected })).toBe(!expected);
  });

  it('labels every field of every kind and crisis type in both languages', () => {
    for (const kind of STATEMENT_KINDS) {
      for (const crisisType of CRISIS_TYPES) {
        for (const { key } of TEXT_FIELDS) {
          const label = fieldLabel(key, kind, crisisType);
          for (const lang of ['es', 'en'] as const) expect(LABELS[lang]).toHaveProperty([label]);
        }
      }
    }
    expect(fieldLabel('fix', 'holding', 'service-outage')).toBe('statement.field.fix.holding');
    expect(fieldLabel('cause', 'full', 'policy-backlash')).toBe('statement.field.cause.policy');
    expect(fieldLabel('whatHappened', 'full', 'false-rumour')).toBe('statement.field.whatHappened.rumour');
  });
});
