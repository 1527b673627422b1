import { describe, expect, it } from 'vitest';
import type { UIKey } from '../../../src/i18n/es.ts';
import { useTranslations } from '../../../src/i18n/index.ts';
import { buildDebrief, debriefMarkdown } from '../../../src/lib/drills/debrief.ts';
import { type DrillEvent, drillState } from '../../../src/lib/drills/engine.ts';
import { scoreDrill } from '../../../src/lib/drills/scoring.ts';
import { mdText } from '../../../src/lib/markdown/write.ts';
import { RULE_IDS } from '../../../src/lib/statement/rules.ts';
import { loadWording } from '../../../src/lib/statement/wording.ts';
import { fixture, real, sim6 } from './fixture.ts';

const WORDING = { es: await loadWording('es'), en: await loadWording('en') };

const drill = fixture();
const events: DrillEvent[] = [
  { type: 'start', at: real(0), mode: 'facilitated', speed: 6 },
  { type: 'severity', at: sim6(2), level: 'medium' },
  { type: 'escalate', at: sim6(3), to: 'lead' },
  { type: 'choose', at: sim6(6), decision: 'd1', choice: 'b', sure: true }, // wrong, sure: into d1b
  { type: 'choose', at: sim6(8), decision: 'd1b', choice: 'fix', sure: false },
  { type: 'evidence', at: sim6(9), inject: 'p1', complete: true },
  { type: 'choose', at: sim6(21), decision: 'd2', choice: 'a', sure: true },
  { type: 'statement', at: sim6(35), kind: 'holding' },
  // d3 times out at 40
  { type: 'choose', at: sim6(46), decision: 'd4', choice: 'b', sure: false },
  { type: 'choose', at: sim6(61), decision: 'd5', choice: 'a', sure: true },
  { type: 'note', at: sim6(62), text: 'The approver’s number was *wrong* in the <plan> | fix it' },
];

function debrief(lang: 'es' | 'en') {
  const state = drillState(drill, events, real(30));
  const t = useTranslations(lang);
  const d = buildDebrief(drill, state, scoreDrill(drill, state, WORDING[lang]), lang, t);
  return { d, md: debriefMarkdown(d, t), state };
}

describe('the debrief', () => {
  it('plans what should have happened: targets, people, evidence seen and the best choice of each decision met', () => {
    const { d } = debrief('en');
    expect(d.planned).toEqual([
      'Set the severity to high.',
      'Publish a holding statement within 30 min.',
      'Update at least every 60 min, always saying when the next update comes.',
      'Tell the crisis lead by T+10 min.',
      'Tell the legal team by T+30 min.',
      'Keep a complete evidence card of the post by @en_p1.',
      'Keep a complete evidence card of the post by @en_branch.',
      'What do you do at d1? Best: Choice a',
      'What do you do at d1b? Best: Choice fix',
      'What do you do at d2? Best: Choice a',
      'What do you do at d3? Best: Choice a',
      'What do you do at d4? Best: Choice a',
      'What do you do at d5? Best: Choice a',
    ]);
  });

  it('tells what happened in simulated-time order', () => {
    const { d } = debrief('en');
    const times = d.happened.map((e) => e.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(d.happened.map((e) => e.kind)).toEqual(
      expect.arrayContaining([
        'inject',
        'choice',
        'timeout',
        'missed',
        'statement',
        'severity',
        'escalate',
        'evidence',
      ]),
    );
    expect(d.happened.find((e) => e.kind === 'missed')?.text).toBe('Deadline missed: publish a statement');
  });

  it('explains why it differed: each choice that was not the best, each timeout and each missed deadline', () => {
    const { d } = debrief('en');
    expect(d.why.map((w) => [w.quality, w.feedback])).toEqual([
      ['wrong', 'Feedback on b'],
      ['timeout', 'Time ran out at d3'],
      ['cautious', 'Feedback on b'],
      ['missed', 'No statement in time.'],
    ]);
    expect(d.why[0]?.did).toBe('You chose “Choice b” (makes things worse, sure).');
    expect(d.why[0]?.read[0]?.href).toBe('/en/guides/response/#the-holding-statement');
  });

  it('says what we learn from every dimension below full marks, with its reason in words', () => {
    const { d } = debrief('en');
    const severity = d.learn.find((l) => l.dimension === 'Severity chosen');
    expect(severity?.reason).toBe(
      'You chose medium; it was high. Rating it too low delays the calls and the deadlines. When unsure, go higher.',
    );
    const escalation = d.learn.find((l) => l.dimension === 'Who you told');
    expect(escalation?.reason).toBe('Not told: the legal team. Told late: —.');
    // The branch post came out too, and it has no card.
    expect(d.learn.find((l) => l.dimension === 'Evidence kept')?.reason).toBe(
      'Posts that were evidence: 2. Kept complete: 1; partly: 0.',
    );
    expect(d.learn.find((l) => l.dimension === 'Decisions')).toBeDefined();
  });

  it('names the statement checker’s rules in words, never by their ids', () => {
    const said: DrillEvent[] = [
      ...events,
      { type: 'statement', at: sim6(50), kind: 'full', text: 'We apologize if anyone was upset.' },
    ];
    for (const lang of ['en', 'es'] as const) {
      const state = drillState(drill, said, real(30));
      const t = useTranslations(lang);
      const d = buildDebrief(drill, state, scoreDrill(drill, state, WORDING[lang]), lang, t);
      const reason = d.learn.find((l) => l.reason.includes(lang === 'en' ? 'flagged' : 'señaló'))?.reason ?? '';
      expect(reason).toContain(lang === 'en' ? 'no apology' : 'falta la disculpa');
      for (const id of RULE_IDS) expect(reason).not.toContain(id);
      // Every rule has its name in both languages.
      for (const id of RULE_IDS) expect(t(`drill.rule.${id}` as UIKey)).not.toBe(`drill.rule.${id}`);
    }
  });

  it('keeps the learner’s notes and marks the drill as practice', () => {
    const { d } = debrief('en');
    expect(d.notes).toEqual([{ at: 62, text: 'The approver’s number was *wrong* in the <plan> | fix it' }]);
    expect(d.marker).toBe('DRILL: practice, not a real incident');
    expect(d.mode).toBe('Facilitated');
  });

  it('has the same structure in both languages', () => {
    const en = debrief('en').d;
    const es = debrief('es').d;
    expect(es.planned.length).toBe(en.planned.length);
    expect(es.happened.map((e) => [e.at, e.kind])).toEqual(en.happened.map((e) => [e.at, e.kind]));
    expect(es.why.map((w) => w.quality)).toEqual(en.why.map((w) => w.quality));
    expect(es.learn.length).toBe(en.learn.length);
    expect(es.why[0]?.read[0]?.href).toBe('/es/guides/response/#el-comunicado-de-espera');
    expect(es.planned[0]).toBe('Fijar la gravedad en alta.');
  });
});

describe('the debrief in Markdown', () => {
  it.each([
    [
      'en',
      [
        '# Drill debrief: Test drill',
        '**DRILL: practice, not a real incident**',
        '## What should have happened',
        '## What happened',
        '## Why it differed',
        '## What we learn',
        '## Your notes',
      ],
    ],
    [
      'es',
      [
        '# Revisión del simulacro: Simulacro de prueba',
        '**SIMULACRO: práctica, no es un incidente real**',
        '## Qué debía pasar',
        '## Qué pasó',
        '## Por qué fue distinto',
        '## Qué aprendemos',
        '## Tus notas',
      ],
    ],
  ] as const)('%s has the four questions and the notes', (lang, lines) => {
    const { md } = debrief(lang);
    for (const line of lines) expect(md).toContain(line);
  });

  it('escapes what the learner wrote, so it cannot become markup', () => {
    const { md } = debrief('en');
    expect(md).toContain('- T+62 min: The approver’s number was \\*wrong\\* in the \\<plan\\> \\| fix it');
    expect(md).not.toContain('<plan>');
  });

  it('links the sections to read', () => {
    expect(debrief('en').md).toContain('[response#the-holding-statement](/en/guides/response/#the-holding-statement)');
  });

  it.each([
    ['a *b* _c_', 'a \\*b\\* \\_c\\_'],
    ['line one\n\n# heading', 'line one \\# heading'],
    ['[link](x)', '\\[link\\]\\(x\\)'],
    ['  spaced   out  ', ' spaced out '],
  ])('mdText(%j)', (input, output) => {
    expect(mdText(input)).toBe(output);
  });
});
