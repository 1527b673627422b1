import { describe, expect, it } from 'vitest';
import { LEVEL_DEFAULTS, QUESTION_IDS, QUESTIONS, scoreTriage, targetsFor } from '../../../src/lib/incident/triage.ts';

describe('scoreTriage', () => {
  it.each([
    { name: 'nothing answered', answers: {}, level: 'low', raised: false },
    {
      name: 'all calm',
      answers: { volume: 'normal', spread: 'one-network', reach: 'ordinary', press: 'none' },
      level: 'low',
      raised: false,
    },
    {
      name: 'several networks',
      answers: { volume: 'normal', spread: 'several-networks' },
      level: 'medium',
      raised: false,
    },
    {
      name: 'far above baseline',
      answers: { volume: 'far-above', spread: 'one-network' },
      level: 'high',
      raised: false,
    },
    { name: 'a journalist asking', answers: { press: 'asking' }, level: 'high', raised: false },
    {
      name: 'safety at risk beats everything',
      answers: { volume: 'normal', safety: 'yes' },
      level: 'critical',
      raised: false,
    },
    { name: 'personal data exposed', answers: { 'legal-data': 'yes' }, level: 'critical', raised: false },
    {
      name: 'unsure raises low to medium',
      answers: { volume: 'normal', safety: 'unsure' },
      level: 'medium',
      raised: true,
    },
    {
      name: 'unsure raises high to critical',
      answers: { money: 'yes', press: 'unsure' },
      level: 'critical',
      raised: true,
    },
    {
      name: 'unsure cannot go above critical',
      answers: { safety: 'yes', press: 'unsure' },
      level: 'critical',
      raised: false,
    },
    {
      name: 'two unsure answers still raise one level',
      answers: { volume: 'above', press: 'unsure', reach: 'unsure' },
      level: 'high',
      raised: true,
    },
    { name: 'unknown ids are ignored', answers: { volume: 'huge', nope: 'yes' }, level: 'low', raised: false },
  ])('$name → $level', ({ answers, level, raised }) => {
    const result = scoreTriage(answers);
    expect(result.level).toBe(level);
    expect(result.raised).toBe(raised);
    expect(result.defaults).toBe(LEVEL_DEFAULTS[result.level]);
  });

  it('gives the answers that set the level as reasons', () => {
    const result = scoreTriage({ volume: 'far-above', money: 'yes', spread: 'several-networks' });
    expect(result.reasons).toEqual([
      { question: 'volume', option: 'far-above', level: 'high' },
      { question: 'money', option: 'yes', level: 'high' },
    ]);
  });

  it('lists unsure and unanswered questions', () => {
    const result = scoreTriage({ volume: 'unsure', spread: 'fast' });
    expect(result.unsure).toEqual(['volume']);
    expect(result.unanswered).toEqual(QUESTION_IDS.filter((q) => q !== 'volume' && q !== 'spread'));
  });

  it('every option of every question sets a known level', () => {
    for (const q of QUESTION_IDS)
      for (const level of Object.values(QUESTIONS[q])) expect(LEVEL_DEFAULTS).toHaveProperty(level);
  });

  it('faster targets for higher levels', () => {
    expect(LEVEL_DEFAULTS.critical.firstResponseMinutes).toBeLessThan(LEVEL_DEFAULTS.high.firstResponseMinutes);
    expect(LEVEL_DEFAULTS.high.firstResponseMinutes).toBeLessThan(LEVEL_DEFAULTS.medium.firstResponseMinutes);
    expect(LEVEL_DEFAULTS.medium.firstResponseMinutes).toBeLessThan(LEVEL_DEFAULTS.low.firstResponseMinutes);
  });
});

describe('targetsFor', () => {
  it('uses the level defaults unless the incident has its own', () => {
    expect(targetsFor('high', null)).toEqual({ firstResponseMinutes: 30, updateMinutes: 60 });
    expect(targetsFor('high', { firstResponseMinutes: 10, updateMinutes: null })).toEqual({
      firstResponseMinutes: 10,
      updateMinutes: null,
    });
  });
});
