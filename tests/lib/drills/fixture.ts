// A small drill for the engine, scoring and check tests: five decisions, a branch (d1 → d1b), a
// missed-deadline inject, an inject only a choice releases. Cited sections are real ones.
import { type Drill, type DrillInput, parseDrill } from '../../../src/lib/drills/schema.ts';

const t = (es: string, en: string) => ({ es, en });
const cite = { guide: 'response', es: 'el-comunicado-de-espera', en: 'the-holding-statement' };
const post = (id: string, at: number | undefined, text: string) => ({
  id,
  ...(at === undefined ? {} : { at }),
  kind: 'post' as const,
  network: 'x' as const,
  title: t(`Publicación ${id}`, `Post ${id}`),
  author: { es: { handle: `@es_${id}`, name: `ES ${id}` }, en: { handle: `@en_${id}`, name: `EN ${id}` } },
  followers: 1000,
  text: t(`Texto en español de ${text}`, `English text of ${text}`),
});
const message = (id: string, at: number | undefined) => ({
  id,
  ...(at === undefined ? {} : { at }),
  kind: 'internal' as const,
  title: t(`Mensaje ${id}`, `Message ${id}`),
  from: t('Alguien del equipo', 'Someone on the team'),
  text: t(`Un mensaje interno ${id}`, `An internal message ${id}`),
});
const choice = (
  id: string,
  quality: 'best' | 'cautious' | 'wrong',
  next: string,
  releases: { inject: string; after?: number }[] = [],
) => ({
  id,
  label: t(`Opción ${id}`, `Choice ${id}`),
  quality,
  feedback: t(`Comentario sobre ${id}`, `Feedback on ${id}`),
  read: [cite],
  releases,
  next,
});
const decision = (
  id: string,
  at: number,
  window: number,
  choices: ReturnType<typeof choice>[],
  timeoutNext: string,
) => ({
  id,
  at,
  window,
  prompt: t(`¿Qué haces en ${id}?`, `What do you do at ${id}?`),
  choices,
  timeout: { feedback: t(`Se acabó el tiempo en ${id}`, `Time ran out at ${id}`), read: [cite], next: timeoutNext },
});

export function fixtureInput(): DrillInput {
  return {
    title: t('Simulacro de prueba', 'Test drill'),
    summary: t(
      'Un escenario pequeño para las pruebas. La marca es ficticia.',
      'A small scenario for the tests. The brand is fictional.',
    ),
    severity: 'high',
    crisisType: 'viral-complaint',
    durationMinutes: 120,
    escalate: [
      { to: 'lead', by: 10 },
      { to: 'legal', by: 30 },
    ],
    evidence: ['p1', 'branch'],
    injects: [
      post('p1', 0, 'la queja'),
      message('m1', 10),
      message('m2', 20),
      message('m3', 40),
      post('late', undefined, 'el silencio'),
      post('branch', undefined, 'la captura'),
      message('m6', 60),
    ],
    decisions: [
      decision(
        'd1',
        5,
        10,
        [
          choice('a', 'best', 'd2'),
          choice('b', 'wrong', 'd1b', [{ inject: 'branch', after: 2 }]),
          choice('c', 'cautious', 'd2'),
        ],
        'd2',
      ),
      decision('d1b', 0, 5, [choice('fix', 'best', 'd2'), choice('hide', 'wrong', 'd2')], 'd2'),
      decision('d2', 20, 10, [choice('a', 'best', 'd3'), choice('b', 'cautious', 'd3')], 'd3'),
      decision('d3', 30, 10, [choice('a', 'best', 'd4'), choice('b', 'wrong', 'd4')], 'd4'),
      decision('d4', 45, 10, [choice('a', 'best', 'd5'), choice('b', 'cautious', 'd5')], 'd5'),
      decision('d5', 60, 15, [choice('a', 'best', 'end'), choice('b', 'wrong', 'end')], 'end'),
    ],
    deadlines: [
      {
        id: 'no-holding',
        action: 'statement',
        by: 30,
        feedback: t('No hubo comunicado a tiempo.', 'No statement in time.'),
        read: [cite],
        releases: [{ inject: 'late' }],
      },
    ],
  };
}

export function fixture(): Drill {
  const parsed = parseDrill(fixtureInput());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.drill;
}

export const T0 = Date.parse('2026-01-01T10:00:00.000Z');
/** The real time `minutes` real minutes after T0 (seconds allowed). */
export const real = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();
/** The real time at which a simulated minute comes at speed 6. */
export const sim6 = (minutes: number) => real(minutes / 6);
