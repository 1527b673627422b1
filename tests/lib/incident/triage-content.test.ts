import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { triageSchema } from '../../../src/lib/schemas/triage.ts';

const file = new URL('../../../src/content/triage/triage.yaml', import.meta.url);
const data = parse(readFileSync(file, 'utf8'));

describe('triage wording', () => {
  it('words exactly the questions and options the scoring knows, in both languages', () => {
    const result = triageSchema.safeParse(data);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('a missing option fails, naming the question', () => {
    const broken = structuredClone(data);
    broken.questions[0].options.pop();
    const result = triageSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('options of "volume"');
  });

  it('uses curly quotes only', () => {
    expect(readFileSync(file, 'utf8').replace(/^\s*#.*$/gm, '')).not.toMatch(/[«»]|[a-z]"[a-z]/i);
  });
});
