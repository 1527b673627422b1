import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { statementWordingSchema } from '../../../src/lib/schemas/statement.ts';

const read = (lang: string) =>
  parse(readFileSync(new URL(`../../../src/content/statements/${lang}.yaml`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;

describe.each(['es', 'en'])('statement wording in %s', (lang) => {
  it('matches the schema', () => {
    const result = statementWordingSchema.safeParse(read(lang));
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('refuses a missing crisis type, naming its path', () => {
    const data = read(lang);
    delete (data['types'] as Record<string, unknown>)['data-incident'];
    const result = statementWordingSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('types.data-incident');
  });

  it('refuses an unknown placeholder in a sentence', () => {
    const data = read(lang);
    const tones = data['tones'] as Record<string, Record<string, unknown>>;
    if (tones['warm']) tones['warm']['thanks'] = 'Thanks, {nmae}.';
    const result = statementWordingSchema.safeParse(data);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['tones.warm.thanks']);
  });
});

describe('neutral Spanish', () => {
  it('the Spanish sentences avoid the forms the style guide rules out', () => {
    const text = readFileSync(new URL('../../../src/content/statements/es.yaml', import.meta.url), 'utf8');
    const sentences = text.slice(0, text.indexOf('\nphrases:'));
    for (const word of [/\bculpa\b/iu, /\bbulo\b/iu, /«|»/u]) expect(sentences).not.toMatch(word);
  });
});
