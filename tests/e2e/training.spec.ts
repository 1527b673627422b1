// The training pages: the list of drills, one page per drill (in the search index as kind
// "drill"), and the printable inject cards, in both languages.

import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { axeFor } from './quality.ts';
import { gotoHydrated } from './site.ts';

const PLAY_START = { es: 'Empezar el simulacro', en: 'Start the drill' } as const;

const DRILLS = [
  'data-incident',
  'defective-headphones',
  'employee-post',
  'fake-profiles',
  'offensive-post',
  'service-outage',
];

for (const lang of ['es', 'en'] as const) {
  test(`${lang}: the training page lists every drill, and the header marks it`, async ({ page }) => {
    await page.goto(`/${lang}/training/`);
    const links = page.locator('.drill-list a');
    await expect(links).toHaveCount(DRILLS.length);
    const hrefs = await links.evaluateAll((as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort(),
    );
    expect(hrefs).toEqual(DRILLS.map((id) => `/${lang}/training/${id}/`));
    await expect(page.locator('.site-nav a[aria-current="page"]')).toHaveAttribute('href', `/${lang}/training/`);
  });

  test(`${lang}: a drill page can be started and lists the sections it practises`, async ({ page }) => {
    await gotoHydrated(page, `/${lang}/training/data-incident/`);
    const start = page.getByRole('button', { name: lang === 'es' ? 'Empezar el simulacro' : 'Start the drill' });
    await expect(start).toBeEnabled();
    const sections = page.locator('.drill-sections a');
    expect(await sections.count()).toBeGreaterThanOrEqual(4);
    await expect(sections.first()).toHaveAttribute('href', new RegExp(`^/${lang}/guides/[a-z-]+/#[a-z0-9-]+$`));
    await page.getByRole('link', { name: lang === 'es' ? 'Tarjetas para imprimir' : 'Printable cards' }).click();
    await expect(page).toHaveURL(`/${lang}/training/data-incident/cards/`);
  });

  test(`${lang}: the cards carry the DRILL mark and every inject, and print without the site chrome`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/training/service-outage/cards/`);
    await expect(page.locator('.drill-marker')).toHaveText(lang === 'es' ? /SIMULACRO/ : /DRILL/);
    await expect(page.locator('.inject-card')).toHaveCount(11);
    await expect(page.locator('.decision-card h3').first()).toContainText(lang === 'es' ? 'Decisión 1' : 'Decision 1');
    // Injects only a choice or a missed deadline releases say so.
    await expect(page.locator('.inject-card .card-when').last()).toContainText(lang === 'es' ? 'Solo si' : 'Only if');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.inject-card').first()).toBeVisible();
  });
}

test('every drill page, in both languages, can start its drill', async ({ page }) => {
  for (const lang of ['es', 'en'] as const)
    for (const id of DRILLS) {
      await gotoHydrated(page, `/${lang}/training/${id}/`);
      await expect(page.getByRole('button', { name: PLAY_START[lang] })).toBeEnabled();
    }
});

test('search finds a drill as a drill, in its own language', async ({ page }) => {
  await page.goto('/en/search/?q=Rutafit');
  const hit = page.locator('.search-results a.search-hit[href^="/en/training/data-incident/"]').first();
  await expect(hit).toBeVisible();
  await page.goto('/es/search/?q=Rutafit');
  await expect(page.locator('.search-results a.search-hit[href^="/es/training/data-incident/"]').first()).toBeVisible();
});

test('the cards page is not in the search index (it gives the scenario away)', async ({ page }) => {
  await page.goto('/en/search/?q=Rutafit');
  await expect(page.locator('.search-results a.search-hit').first()).toBeVisible();
  const hrefs = await page
    .locator('.search-results a.search-hit')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.some((h) => h.includes('/cards/'))).toBe(false);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the training pages (${colorScheme})`, async ({ page }) => {
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme });
    const failures: string[] = [];
    for (const path of [
      '/es/training/',
      '/en/training/',
      '/es/training/offensive-post/',
      '/en/training/employee-post/',
      '/es/training/fake-profiles/cards/',
      '/en/training/defective-headphones/cards/',
    ]) {
      await page.goto(path);
      const { violations } = await axeFor(page)
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      for (const v of violations) failures.push(`${path}: ${v.id} ${v.nodes[0]?.target.join(' ')}`);
    }
    expect(failures).toEqual([]);
  });
}

// Playing drills in crisis mode. Playwright's clock drives the drill clock: a solo drill runs six
// simulated minutes per real minute, so jumping the page's clock by 30 s brings three drill minutes.
const PLAY = {
  es: {
    start: 'Empezar el simulacro',
    facilitated: 'Facilitado, para un grupo (tiempo real, con pausa y salto)',
    marker: /SIMULACRO/,
    high: 'Alta',
    holding: 'Sabemos que algunos auriculares se rompieron. Lo estamos revisando y volvemos a escribir a las 11:00.',
    debrief: /Análisis del simulacro/,
    score: /Puntuación: \d+ de 100/,
    pause: 'Pausar',
    resume: 'Reanudar',
    paused: 'En pausa',
    release: 'Lanzar ahora: Llama una periodista',
    end: 'Terminar el simulacro ahora',
    banner: /Simulacro en curso/,
    noHistory: 'No hay incidentes anteriores en este dispositivo.',
    played: /Tus simulacros/,
  },
  en: {
    start: 'Start the drill',
    facilitated: 'Facilitated, for a room (real time, with pause and skip)',
    marker: /DRILL/,
    high: 'High',
    holding: "We know some headphones have cracked. We're looking into it and will post again at 11:00.",
    debrief: /Drill debrief/,
    score: /Score: \d+ out of 100/,
    pause: 'Pause',
    resume: 'Resume',
    paused: 'Paused',
    release: 'Release now: A reporter calls',
    end: 'End the drill now',
    banner: /Drill in progress/,
    noHistory: 'No past incidents on this device.',
    played: /Your drills/,
  },
} as const;

const START = new Date('2026-12-02T10:00:00.000Z');

/** Focus, then a key: the keyboard only, never a click. */
async function press(locator: Locator, key: string): Promise<void> {
  await locator.focus();
  await locator.press(key);
}

async function startDrill(page: Page, lang: 'es' | 'en', id: string, facilitated = false) {
  await page.clock.install({ time: START });
  await gotoHydrated(page, `/${lang}/training/${id}/`);
  if (facilitated) await press(page.getByRole('radio', { name: PLAY[lang].facilitated }), 'Space');
  await press(page.getByRole('button', { name: PLAY[lang].start }), 'Enter');
  await expect(page).toHaveURL(`/${lang}/crisis/`);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('.drill-panel .drill-marker')).toHaveText(PLAY[lang].marker);
  await expect(page.locator('.incident-head .drill-marker')).toHaveText(PLAY[lang].marker);
}

const clock = (page: Page) => page.locator('[data-drill-clock]');

for (const [lang, id] of [
  ['en', 'defective-headphones'],
  ['es', 'defective-headphones'],
] as const) {
  test(`${lang}: a solo drill played to the debrief with the keyboard only, injects on the drill clock`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const w = PLAY[lang];
    await startDrill(page, lang, id);
    await expect(clock(page)).toContainText('T+0 min');
    await expect(page.locator('.drill-inject')).toHaveCount(1);
    await expect(page.locator('[data-inject="same-fault-reply"]')).toHaveCount(0);

    // Rate the severity, tell the crisis lead, post the holding statement: all before T+15.
    await press(page.locator('.drill-severity').getByRole('radio', { name: w.high, exact: true }), 'Space');
    await press(page.locator('.drill-severity button[type=submit]'), 'Enter');
    await expect(page.locator('.drill-severity .hint')).toBeVisible();
    await press(page.locator('.drill-tell input').first(), 'Space');
    await expect(page.locator('.drill-tell input').first()).toBeChecked();
    await page.locator('#log-kind').focus();
    await page.keyboard.press('End');
    await expect(page.locator('#log-kind')).toHaveValue('statement');
    await page.locator('.log-form textarea').first().focus();
    await page.keyboard.type(w.holding);
    await press(page.locator('.log-form button[type=submit]'), 'Enter');
    await expect(page.locator('[data-clock="first-response"]')).not.toContainText(/overdue|vencid/i);

    // One real minute later (the page's clock keeps running meanwhile) the drill clock is past
    // T+6 and the second post, due at T+6, is in.
    await page.clock.fastForward(60_000);
    await expect(clock(page)).toContainText(/T\+([6-9]|1\d) min/);
    await expect(page.locator('[data-inject="same-fault-reply"]')).toBeVisible();

    // Every decision as it opens: the first answer, said to be sure.
    let answered = 0;
    for (let step = 0; step < 60 && !(await page.locator('.drill-debrief').count()); step++) {
      const form = page.locator('.drill-decision form');
      if (await form.count()) {
        const legend = await form.locator('legend').textContent();
        await press(form.locator('input[type=radio]').first(), 'Space');
        await press(form.locator('.drill-sure input'), 'Space');
        await press(form.getByRole('button'), 'Enter');
        await expect(page.locator('.drill-decision legend').filter({ hasText: legend ?? '' })).toHaveCount(0);
        await expect(page.locator('.drill-feedback')).toBeVisible();
        answered++;
        continue;
      }
      await page.clock.fastForward(30_000);
    }
    expect(answered).toBeGreaterThanOrEqual(5);

    const debrief = page.locator('.drill-debrief');
    await expect(debrief.locator('h2')).toHaveText(w.debrief);
    await expect(debrief.locator('.drill-score')).toHaveText(w.score);
    await expect(debrief.locator('.drill-marker')).toHaveText(w.marker);
    await expect(page.locator('.drill-panel')).toHaveCount(0);
    // What to read next is named by its heading and guide, and leads to that section.
    const reading = debrief.locator('.drill-read-next a');
    await expect(reading.first()).toHaveText(/\S \(.+\)$/);
    for (const link of await reading.all()) {
      await expect(link).not.toHaveText(/#/);
      expect(await link.getAttribute('href')).toMatch(new RegExp(`^/${lang}/guides/[a-z-]+/#.+`));
    }
    // On a phone nothing in the debrief runs past its edge (its facts' long terms wrap).
    await page.setViewportSize({ width: 375, height: 800 });
    await expect.poll(() => debrief.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 720 });
    // The report of the practice incident says it was a drill too.
    await expect(page.locator('.incident-report .drill-marker')).toHaveText(w.marker);
    // The debrief downloads as Markdown, marked as a drill.
    const download = page.waitForEvent('download');
    await press(debrief.getByRole('button').first(), 'Enter');
    const file = await download;
    const md = await readFile((await file.path()) ?? '', 'utf8');
    expect(md).toMatch(w.marker);
    expect(md).toContain('T+');
  });
}

test('en: a facilitated drill is paused and resumed, and an inject released now, from one screen', async ({ page }) => {
  const w = PLAY.en;
  await startDrill(page, 'en', 'defective-headphones', true);
  const panel = page.locator('.drill-facilitator');
  await expect(panel).toBeVisible();
  // Facilitated drills run in real time.
  await page.clock.fastForward(2 * 60_000);
  await expect(clock(page)).toContainText('T+2 min');
  await panel.getByRole('button', { name: w.pause }).click();
  await expect(page.locator('.drill-paused')).toHaveText(w.paused);
  await page.clock.fastForward(10 * 60_000);
  await expect(clock(page)).toContainText('T+2 min');
  await expect(page.locator('[data-inject="same-fault-reply"]')).toHaveCount(0);
  await panel.getByRole('button', { name: w.resume }).click();
  await expect(page.locator('.drill-paused')).toHaveCount(0);
  await page.clock.fastForward(4 * 60_000);
  await expect(clock(page)).toContainText('T+6 min');
  await expect(page.locator('[data-inject="same-fault-reply"]')).toBeVisible();
  // The reporter (due at T+35) comes in now when the facilitator says so.
  await panel.getByRole('button', { name: w.release }).click();
  await expect(page.locator('[data-inject="reporter-call"]')).toBeVisible();
  // The drill's screen is axe-clean, light and dark.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await axeFor(page)
      .include('.drill-panel')
      .include('.incident-head')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
  // A reload changes nothing: the state is derived from the stored events.
  await page.reload();
  await expect(clock(page)).toContainText('T+6 min');
  await expect(page.locator('[data-inject="reporter-call"]')).toBeVisible();
  // Elsewhere on the site the banner says it is a drill.
  await page.goto('/en/checklists/');
  await expect(page.locator('#incident-banner')).toContainText(w.banner);
});

const BUILDER = {
  en: {
    write: 'Write a statement',
    brand: 'Brand',
    next: /^Next update/,
    approver: 'Name of the approver',
    role: 'Role',
    approve: 'Record the approval',
    publish: 'Mark as published',
    back: 'Back to the drill',
    published: /T\+\d+ min: Statement published/,
  },
  es: {
    write: 'Escribir un comunicado',
    brand: 'Marca',
    next: /^Próxima actualización/,
    approver: 'Nombre de quien aprueba',
    role: 'Cargo',
    approve: 'Registrar la aprobación',
    publish: 'Marcar como publicado',
    back: 'Volver al simulacro',
    published: /T\+\d+ min: Comunicado publicado/,
  },
} as const;

for (const lang of ['en', 'es'] as const) {
  test(`${lang}: a statement published from the builder during a drill counts for it, in drill time`, async ({
    page,
  }) => {
    const w = PLAY[lang];
    const b = BUILDER[lang];
    await startDrill(page, lang, 'defective-headphones');
    // A real minute in: six minutes on the drill clock.
    await page.clock.fastForward(60_000);
    await expect(clock(page)).toContainText(/T\+([6-9]|1\d) min/);

    // From the drill's statements to the builder, which opens the drill's own draft.
    await page.getByRole('link', { name: b.write }).click();
    await expect(page).toHaveURL(`/${lang}/statement-builder/`);
    await expect(page.locator('#incident-banner')).toContainText(w.banner);
    await page.getByLabel(b.brand).fill('Sonora');
    await page.getByLabel(b.next).fill('11:00');
    await page.getByLabel(b.approver).fill('Andrés Gil');
    await page.getByLabel(b.role, { exact: true }).fill('Marketing');
    await page.getByRole('button', { name: b.approve }).click();
    await page.getByRole('button', { name: b.publish }).click();
    await expect(page.locator('[data-version="1"]')).toBeVisible();

    // Stored in drill time (ahead of the real time: the drill runs six times faster from the same
    // start), and heard by the drill at the real time of the click.
    const read = () =>
      page.evaluate(() => {
        const data = (key: string) => JSON.parse(localStorage.getItem(key) ?? '{}').data;
        const drafts = Object.values(data('crisis-playbook:drafts').drafts) as {
          versions: { publishedAt: string }[];
        }[];
        const plays = Object.values(data('crisis-playbook:drills').plays) as {
          events: { type: string; at: string }[];
        }[];
        return {
          publishedAt: drafts[0]?.versions[0]?.publishedAt ?? '',
          heardAt: plays[0]?.events.find((e) => e.type === 'statement')?.at ?? '',
        };
      });
    await expect.poll(async () => (await read()).heardAt).not.toBe('');
    const stored = await read();
    expect(Date.parse(stored.publishedAt) - Date.parse(stored.heardAt)).toBeGreaterThan(4 * 60_000);

    // Back in the drill, its debrief counts that statement as what happened.
    await page.locator('#incident-banner').getByRole('link', { name: b.back }).click();
    await expect(page).toHaveURL(`/${lang}/crisis/`);
    await press(page.getByRole('button', { name: w.end }), 'Enter');
    await press(page.locator('.drill-panel .confirm .button-danger'), 'Enter');
    await expect(page.locator('.drill-debrief h2')).toHaveText(w.debrief);
    await expect(page.locator('.drill-debrief')).toContainText(b.published);
  });
}

test('es: a drill never appears in the real incidents’ history', async ({ page }) => {
  const w = PLAY.es;
  await startDrill(page, 'es', 'service-outage');
  await expect(page.locator('.incident-history')).toContainText(w.noHistory);
  await press(page.getByRole('button', { name: w.end }), 'Enter');
  await press(page.locator('.drill-panel .confirm .button-danger'), 'Enter');
  await expect(page.locator('.drill-debrief h2')).toHaveText(w.debrief);
  const history = page.locator('.incident-history');
  await expect(history).toContainText(w.noHistory);
  await expect(history.locator('li')).toHaveCount(0);
  // It is in the drills' own list instead, with its score.
  await gotoHydrated(page, '/es/training/');
  const played = page.locator('.drill-history');
  await expect(played.locator('h2')).toHaveText(w.played);
  await expect(played.locator('li[data-play="service-outage"]')).toContainText('/100');
  // And the learning path shows the guides it cites as practised.
  await expect(page.locator('[data-guide="team-and-roles"] > span:visible')).toHaveText('Practicada en un simulacro');
  // Stored, it is an incident of kind "drill", never a real one.
  const kinds = await page.evaluate(() =>
    Object.values(
      JSON.parse(localStorage.getItem('crisis-playbook:incidents') ?? '{}').data.incidents as Record<
        string,
        { kind: string }
      >,
    ).map((i) => i.kind),
  );
  expect(kinds).toEqual(['drill']);
});
