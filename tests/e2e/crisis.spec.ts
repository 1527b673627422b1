import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { axeFor } from './quality.ts';
import { fillStorage } from './site.ts';

const SHOT = resolve(import.meta.dirname, 'fixtures/screenshot.png');
/** A second picture: the fixture with one byte more (a PNG reader ignores bytes after IEND). */
const shot2 = () => ({
  name: 'second.png',
  mimeType: 'image/png',
  buffer: Buffer.concat([readFileSync(SHOT), Buffer.from([0])]),
});
/** How many screenshots IndexedDB holds. */
const blobCount = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((done) => {
        const open = indexedDB.open('crisis-playbook', 1);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('screenshots').objectStore('screenshots').count();
          count.onsuccess = () => {
            done(count.result);
            db.close();
          };
        };
      }),
  );
const KEY = 'crisis-playbook:incidents';
const pad = (n: number) => String(n).padStart(2, '0');
/** A datetime-local value, `minutes` from the page's now. */
async function localTime(page: Page, minutes: number): Promise<string> {
  const ms = await page.evaluate(() => Date.now());
  const d = new Date(ms + minutes * 60_000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const W = {
  es: {
    door: 'Hay una crisis ahora mismo',
    triageLink: 'Evaluar la gravedad',
    far: 'Muchísimas más (diez veces o más)',
    unsure: 'No estoy seguro',
    critical: 'Gravedad: Crítica',
    startAtLevel: 'Iniciar un incidente con esta gravedad',
    title: '¿Qué está pasando? (opcional)',
    when: 'Cuándo (cámbialo para registrar horas anteriores)',
    started: 'Empezó',
    detected: 'Se detectó',
    start: 'Iniciar el incidente',
    firstStep: 'Pausa las publicaciones programadas, los anuncios y las respuestas automáticas en todas las redes.',
    kind: 'Tipo',
    text: 'Qué pasó',
    add: 'Añadir al registro',
    decision: 'Decisión',
    statement: 'Comunicado publicado',
    handle: 'Cuenta (@usuario)',
    shot: 'Captura de pantalla (PNG, JPEG, WebP o GIF, hasta 8 MB)',
    keep: 'Guardar esta prueba',
    close: 'Cerrar y ver el informe',
    report: 'Informe poscrisis',
    noRoom: 'No queda espacio en este dispositivo',
    invalid: 'no es válido',
    import: 'Importar un archivo de incidente…',
    exportJson: 'Exportar el incidente (JSON, para un colega)',
    menu: 'Menú',
    crisisNav: 'Modo crisis',
    otherLang: 'English',
    long: 'Incidente largo (más de dos horas): una actualización cada 120 min.',
    correct: 'Corregir esta ficha',
    save: 'Guardar la corrección',
    saved: 'Corrección guardada.',
    replace: 'Cambiar la captura (PNG, JPEG, WebP o GIF, hasta 8 MB)',
    removeShot: 'Quitar la captura',
    sign: 'Ráfagas de publicaciones',
    status: 'Denuncia o retirada',
    reported: 'Denunciada a la red',
    corrected: 'Prueba corregida, @fake_2: Cuenta (@usuario), Captura de pantalla, Señales de perfil falso que viste',
    statusEvent: 'Prueba @fake_2: Denunciada a la red',
    removedEvent: 'Prueba corregida, @fake_2: Captura de pantalla',
    notSaved: 'No se pudo guardar la prueba',
    lead: 'Dirige la respuesta',
    changeSeverity: 'Cambiar la gravedad',
    critical2: 'Crítica',
    reason: 'Por qué (para el registro)',
    change: 'Cambiar',
    severityLine: 'Alta → Crítica (the press is asking)',
    what: 'Qué se va a hacer',
    owner: 'Quién se encarga',
    due: 'Fecha límite (opcional)',
    addFollowUp: 'Añadir la tarea',
    followUpLine: /Actualizar las preguntas frecuentes — Tarea: Equipo de atención, antes del \d/,
    followUpDone: /· hecha el \d/,
  },
  en: {
    door: 'A crisis is happening now',
    triageLink: 'Severity triage',
    far: 'Far above (ten times or more)',
    unsure: 'Not sure',
    critical: 'Severity: Critical',
    startAtLevel: 'Start an incident at this level',
    title: 'What is happening? (optional)',
    when: 'When (change to backdate)',
    started: 'Started',
    detected: 'Detected',
    start: 'Start the incident',
    firstStep: 'Pause scheduled posts, ads and automated replies on every network.',
    kind: 'Kind',
    text: 'What happened',
    add: 'Add to the log',
    decision: 'Decision',
    statement: 'Statement posted',
    handle: 'Account (@handle)',
    shot: 'Screenshot (PNG, JPEG, WebP or GIF, up to 8 MB)',
    keep: 'Keep this evidence',
    close: 'Close and see the report',
    report: 'Post-crisis report',
    noRoom: 'There is no room on this device',
    invalid: 'is not valid',
    import: 'Import an incident file…',
    exportJson: 'Export the incident (JSON, for a colleague)',
    menu: 'Menu',
    crisisNav: 'Crisis mode',
    otherLang: 'Español',
    long: 'Long incident (over two hours): updates every 120 min.',
    correct: 'Correct this card',
    save: 'Save the correction',
    saved: 'Correction saved.',
    replace: 'Replace the screenshot (PNG, JPEG, WebP or GIF, up to 8 MB)',
    removeShot: 'Remove the screenshot',
    sign: 'Bursts of posts',
    status: 'Report or takedown',
    reported: 'Reported to the network',
    corrected: 'Evidence corrected, @fake_2: Account (@handle), Screenshot, Signs of a fake profile seen',
    statusEvent: 'Evidence @fake_2: Reported to the network',
    removedEvent: 'Evidence corrected, @fake_2: Screenshot',
    notSaved: 'The evidence could not be saved',
    lead: 'Leads the response',
    changeSeverity: 'Change the severity',
    critical2: 'Critical',
    reason: 'Why (for the log)',
    change: 'Change',
    severityLine: 'High → Critical (the press is asking)',
    what: 'What will be done',
    owner: 'Who owns it',
    due: 'Due by (optional)',
    addFollowUp: 'Add the follow-up',
    followUpLine: /Actualizar las preguntas frecuentes — Follow-up: Equipo de atención, by \w/,
    followUpDone: /· done \w/,
  },
} as const;

test.use({ viewport: { width: 375, height: 740 } });

const BUILDER = {
  es: {
    write: 'Escribir un comunicado',
    what: 'Qué ha pasado',
    approver: 'Nombre de quien aprueba',
    role: 'Cargo',
    approve: 'Registrar la aprobación',
    publish: 'Marcar como publicado',
    back: 'Modo crisis',
    published: 'publicado',
    approvedBy: 'aprobado por Andrés Gil',
  },
  en: {
    write: 'Write a statement',
    what: 'What happened',
    approver: 'Name of the approver',
    role: 'Role',
    approve: 'Record the approval',
    publish: 'Mark as published',
    back: 'Crisis mode',
    published: 'published',
    approvedBy: 'approved by Andrés Gil',
  },
} as const;

async function startQuick(page: Page, lang: 'es' | 'en', title = 'Test incident') {
  await page.goto(`/${lang}/crisis/`);
  await expect(page.getByRole('button', { name: W[lang].start })).toBeEnabled();
  await page.getByLabel(W[lang].title).fill(title);
  await page.getByRole('button', { name: W[lang].start }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  // The incident shows at once; the write follows under the storage lock. Tests that compare
  // what is stored before and after start from the written incident.
  await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', KEY)).toContain(JSON.stringify(title));
}

for (const lang of ['es', 'en'] as const) {
  const w = W[lang];
  test.describe(`crisis mode (${lang})`, () => {
    test('triage, start backdated, tick, log, evidence, statement, close: the report lists it all in time order', async ({
      page,
    }) => {
      await page.goto(`/${lang}/`);
      await expect(page.getByRole('link', { name: new RegExp(w.door) })).toHaveAttribute('href', `/${lang}/crisis/`);
      await page.getByRole('link', { name: w.triageLink }).click();
      await page.getByRole('radio', { name: w.far }).check();
      await page.getByRole('group').nth(3).getByRole('radio', { name: w.unsure }).check();
      await expect(page.getByRole('heading', { name: w.critical })).toBeVisible();
      await page.getByRole('link', { name: w.startAtLevel }).click();
      await expect(page).toHaveURL(/\/crisis\/\?severity=critical/);

      await page.getByLabel(w.title).fill('Double charges');
      await page.getByText(w.when).click();
      await page.getByLabel(w.started, { exact: true }).fill(await localTime(page, -40));
      await page.getByLabel(w.detected, { exact: true }).fill(await localTime(page, -30));
      await page.getByRole('button', { name: w.start }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Double charges' })).toBeVisible();
      await expect(page.locator('[data-clock="since"]')).toHaveText(/^30 min|^31 min/);
      // Critical: first response 15 min after detection, so already overdue.
      await expect(page.locator('.clock').nth(1)).toHaveAttribute('data-state', 'overdue');

      await page.getByLabel(w.firstStep).check();
      await page
        .locator('#is-it-a-crisis ~ .checklist input[type=checkbox], [data-checklist="is-it-a-crisis"] input')
        .first()
        .check();

      await page.getByLabel(w.kind, { exact: true }).selectOption({ label: w.decision });
      await page.getByLabel(w.text).fill('Refund every double charge');
      await page.getByRole('button', { name: w.add }).click();
      await expect(page.locator('.incident-timeline')).toContainText('Refund every double charge');

      await page.getByLabel(w.handle).fill('@CafeLumbre_Ayuda');
      await page.getByLabel(w.shot).setInputFiles(SHOT);
      await page.getByRole('button', { name: w.keep }).click();
      await expect(page.locator('.evidence-thumb')).toBeVisible();
      await expect(page.locator('.evidence-thumb')).toHaveAttribute('src', /^blob:/);

      await page.getByLabel(w.kind, { exact: true }).selectOption({ label: w.statement });
      await page.getByLabel(w.text).fill('Holding statement pinned');
      await page.getByRole('button', { name: w.add }).click();
      await expect(page.locator('.clock').nth(1)).toHaveAttribute('data-state', 'done');

      await page.getByRole('button', { name: w.close }).click();
      const report = page.locator('.incident-report');
      await expect(report.getByRole('heading', { name: new RegExp(w.report) })).toBeVisible();
      const timeline = report.locator('.report-timeline');
      for (const text of ['Refund every double charge', '@CafeLumbre_Ayuda', 'Holding statement pinned', w.firstStep])
        await expect(timeline).toContainText(text);
      const times = await timeline
        .locator('time')
        .evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime') ?? '')));
      expect(times.length).toBeGreaterThan(8);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      const texts = await timeline.locator('li').allTextContents();
      const index = (s: string) => texts.findIndex((t) => t.includes(s));
      expect(index('Refund every double charge')).toBeLessThan(index('@CafeLumbre_Ayuda'));
      expect(index('@CafeLumbre_Ayuda')).toBeLessThan(index('Holding statement pinned'));
      await expect(report.locator('.evidence-thumb')).toBeVisible();
    });

    test('the first-response clock turns overdue two hours later, after a reload too, and a second tab sees the incident', async ({
      page,
      context,
    }) => {
      await page.clock.install({ time: new Date('2026-03-06T10:00:00Z') });
      await startQuick(page, lang, 'Clock test');
      const fr = page.locator('.clock').nth(1);
      await expect(fr).toHaveAttribute('data-state', 'ok');
      await page.clock.fastForward('02:00:00');
      await expect(fr).toHaveAttribute('data-state', 'overdue');
      await page.reload();
      await expect(page.locator('.clock').nth(1)).toHaveAttribute('data-state', 'overdue');
      await expect(page.locator('[data-clock="since"]')).toHaveText(/^2 h 0\d min/);
      // Two hours in: the long-incident mode relaxes the update cadence (high: 60 → 120 min).
      await expect(page.locator('.incident-head')).toContainText(w.long);

      const second = await context.newPage();
      await second.goto(`/${lang}/crisis/`);
      await expect(second.getByRole('heading', { level: 2, name: 'Clock test' })).toBeVisible();
      await second.getByLabel(w.text).fill('Written in the second tab');
      await second.getByRole('button', { name: w.add }).click();
      await expect(page.locator('.incident-timeline')).toContainText('Written in the second tab');

      // Every other page shows the open incident in a banner, with the clock that is due.
      await second.goto(`/${lang}/guides/`);
      const banner = second.locator('#incident-banner');
      await expect(banner).toBeVisible();
      await expect(banner).toContainText('Clock test');
      await expect(banner.locator('.banner-clock')).toHaveClass(/state-overdue/);
      await banner.getByRole('link').click();
      await expect(second).toHaveURL(new RegExp(`/${lang}/crisis/$`));
    });

    test('a full storage refuses a screenshot with a message and loses nothing', async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(navigator.storage, 'estimate', {
          value: async () => ({ usage: 999_000, quota: 1_000_000 }),
        });
      });
      await startQuick(page, lang);
      await page.getByLabel(w.handle).fill('@first');
      await page.getByRole('button', { name: w.keep }).click();
      await expect(page.locator('.evidence-card')).toHaveCount(1);
      // The card shows at once; the write follows under the storage lock.
      const stored = () => page.evaluate((k) => localStorage.getItem(k) ?? '', KEY);
      await expect.poll(stored).toContain('@first');
      const before = await stored();

      await page.getByLabel(w.handle).fill('@second');
      await page.getByLabel(w.shot).setInputFiles(SHOT);
      await page.getByRole('button', { name: w.keep }).click();
      await expect(page.getByRole('alert').filter({ hasText: w.noRoom })).toBeVisible();
      await expect(page.getByLabel(w.handle)).toHaveValue('@second');
      expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
      await page.reload();
      await expect(page.locator('.evidence-card')).toHaveCount(1);
      await expect(page.locator('.evidence-card')).toContainText('@first');
    });

    test('a statement written from the incident opens filled in, and approving and publishing it reach the timeline and the clock', async ({
      page,
    }) => {
      const b = BUILDER[lang];
      await startQuick(page, lang, 'Builder handoff');
      await page.getByRole('link', { name: b.write }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/statement-builder/$`));
      await expect(page.getByLabel(b.what, { exact: true })).toHaveValue('Builder handoff');
      await page.getByLabel(b.approver).fill('Andrés Gil');
      await page.getByLabel(b.role, { exact: true }).fill('Marketing');
      await page.getByRole('button', { name: b.approve }).click();
      await page.getByRole('button', { name: b.publish }).click();
      await page.goto(`/${lang}/crisis/`);
      await expect(page.locator('.clock').nth(1)).toHaveAttribute('data-state', 'done');
      await expect(page.locator('.incident-timeline')).toContainText(b.approvedBy);
      await expect(page.locator('.incident-timeline')).toContainText(b.published);
      await expect(page.locator('.clock').nth(2)).toHaveAttribute('data-state', 'ok');
    });

    test('evidence is corrected after it was added, each correction on the timeline, the screenshot kept consistent', async ({
      page,
    }) => {
      await startQuick(page, lang, 'Evidence edits');
      await page.getByLabel(w.handle).fill('@fake');
      await page.getByLabel(w.shot).setInputFiles(SHOT);
      await page.getByRole('button', { name: w.keep }).click();
      const card = page.locator('.evidence-card');
      await expect(card.locator('.evidence-thumb')).toHaveAttribute('src', /^blob:/);
      const firstHash = await card.locator('.evidence-hash').textContent();

      await card.getByText(w.correct).click();
      await card.getByLabel(w.handle).fill('@fake_2');
      await card.getByLabel(w.sign).check();
      await card.getByLabel(w.replace).setInputFiles(shot2());
      await card.getByRole('button', { name: w.save }).click();
      await expect(card.getByRole('status')).toContainText(w.saved);
      await expect(card.locator('.evidence-who')).toContainText('@fake_2');
      await expect(card.locator('.evidence-hash')).not.toHaveText(firstHash ?? '');
      await expect(page.locator('.incident-timeline')).toContainText(w.corrected);
      await expect.poll(() => blobCount(page)).toBe(1);

      await card.getByLabel(w.status).selectOption({ label: w.reported });
      await expect(page.locator('.incident-timeline')).toContainText(w.statusEvent);

      await card.getByLabel(w.removeShot).check();
      await card.getByRole('button', { name: w.save }).click();
      await expect(card.locator('.evidence-thumb')).toHaveCount(0);
      await expect(page.locator('.incident-timeline')).toContainText(w.removedEvent);
      await expect.poll(() => blobCount(page)).toBe(0);

      // A refused write says so and keeps the card as it was.
      await page.reload();
      await expect(card).toContainText('@fake_2');
      const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
      await fillStorage(page);
      await card.getByText(w.correct).click();
      await card.getByLabel(w.handle).fill('@lost');
      await card.getByLabel(w.replace).setInputFiles(SHOT);
      await card.getByRole('button', { name: w.save }).click();
      await expect(card.getByRole('alert')).toContainText(w.notSaved);
      await expect(card.locator('.evidence-who')).toContainText('@fake_2');
      expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
      await expect.poll(() => blobCount(page)).toBe(0);
    });

    test('the report shows roles, severity changes and the review’s follow-ups with owners and due dates; print keeps only the report', async ({
      page,
    }) => {
      await startQuick(page, lang, 'Report extras');
      await page.getByLabel(w.lead).fill('Marta Ruiz');
      await page.getByLabel(w.lead).blur();
      await page.getByText(w.changeSeverity).click();
      await page.getByRole('radio', { name: w.critical2 }).check();
      await page.getByLabel(w.reason).fill('the press is asking');
      await page.getByRole('button', { name: w.change, exact: true }).click();
      await expect(page.locator('.incident-head .severity-badge')).toHaveText(w.critical2);
      await expect(page.locator('.incident-timeline')).toContainText('the press is asking');

      await page.getByRole('button', { name: w.close }).click();
      const report = page.locator('.incident-report');
      await expect(report.locator('.report-summary')).toContainText('Marta Ruiz');
      await expect(report.locator('.report-severity')).toContainText(w.severityLine);
      await report.getByLabel(w.what).fill('Actualizar las preguntas frecuentes');
      await report.getByLabel(w.owner).fill('Equipo de atención');
      await report.getByLabel(w.due).fill(await localTime(page, 60 * 24 * 7));
      await report.getByRole('button', { name: w.addFollowUp }).click();
      await expect(report.locator('.report-follow-ups')).toContainText(w.followUpLine);
      // Done, said on the line, kept across a reload; and open again.
      const followUp = report.locator('.report-follow-ups').getByRole('checkbox', { name: w.followUpLine });
      await followUp.check();
      await expect(report.locator('.report-follow-ups')).toContainText(w.followUpDone);
      await expect.poll(() => page.evaluate((k) => localStorage.getItem(k) ?? '', KEY)).toContain('"doneAt"');
      await page.reload();
      await expect(followUp).toBeChecked();
      await expect(report.locator('.report-follow-ups')).toContainText(w.followUpDone);
      await followUp.uncheck();
      await expect(report.locator('.report-follow-ups')).not.toContainText(w.followUpDone);

      // Export, print, new incident, add a follow-up: none of them on paper.
      const buttons = report.locator('button');
      await expect(buttons).toHaveCount(5);
      await expect(page.locator('.incident-history')).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.incident-history')).toBeHidden();
      await expect(report.locator('.follow-up-form')).toBeHidden();
      for (let i = 0; i < 5; i++) await expect(buttons.nth(i)).toBeHidden();
      await expect(report.locator('.report-timeline')).toBeVisible();
      await expect(report.locator('.report-follow-ups')).toBeVisible();
    });

    test('on a phone the header is one line; its menu opens the sections and the language switch from the keyboard', async ({
      page,
    }) => {
      for (const width of [320, 375]) {
        await page.setViewportSize({ width, height: 740 });
        await page.goto(`/${lang}/crisis/`);
        const header = page.locator('.site-header');
        expect((await header.boundingBox())?.height).toBeLessThan(70);
        await expect(header.getByRole('link', { name: w.crisisNav })).toBeHidden();
        const menu = header.locator('.site-menu > summary');
        await expect(menu).toHaveAccessibleName(w.menu);
        await menu.focus();
        await page.keyboard.press('Enter');
        const nav = header.getByRole('navigation');
        await expect(nav.getByRole('link', { name: w.crisisNav })).toHaveAttribute('aria-current', 'page');
        await expect(header.getByRole('link', { name: w.otherLang })).toBeVisible();
        await expect(header.locator('.search-trigger')).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.keyboard.press('Enter');
        await expect(header.locator('.site-menu')).toHaveJSProperty('open', false);
      }
    });

    test('a colleague imports the exported incident on another device: report, corrected evidence and screenshot intact', async ({
      page,
      browser,
    }) => {
      await startQuick(page, lang, 'Hand-over');
      await page.getByLabel(w.handle).fill('@fake_2');
      await page.getByLabel(w.shot).setInputFiles(SHOT);
      await page.getByRole('button', { name: w.keep }).click();
      await page.locator('.evidence-card').getByLabel(w.status).selectOption({ label: w.reported });
      await expect(page.locator('.incident-timeline')).toContainText(w.statusEvent);
      await page.getByRole('button', { name: w.close }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: w.exportJson }).click(),
      ]);
      const file = await download.path();

      const colleague = await browser.newContext({ viewport: { width: 375, height: 740 }, serviceWorkers: 'block' });
      const other = await colleague.newPage();
      await other.goto(`/${lang}/crisis/`);
      await expect(other.getByRole('button', { name: w.start })).toBeEnabled();
      await other.getByLabel(w.import).setInputFiles(file);
      const report = other.locator('.incident-report');
      await expect(report.getByRole('heading', { name: /Hand-over/ })).toBeVisible();
      await expect(report.locator('.report-timeline')).toContainText(w.statusEvent);
      await expect(report.locator('.evidence-thumb')).toHaveAttribute('src', /^blob:/);
      await colleague.close();
    });

    test('no banner without an open incident', async ({ page }) => {
      await page.goto(`/${lang}/guides/`);
      await expect(page.locator('#incident-banner')).toBeHidden();
    });

    test('importing a malformed incident changes nothing', async ({ page }) => {
      await startQuick(page, lang);
      const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
      const bad = JSON.stringify({
        format: 'crisis-playbook/incident',
        version: 1,
        exportedAt: '2026-03-06T10:00:00Z',
        incident: { id: 'x', title: 'Broken', severity: [{ level: 'apocalyptic' }] },
        run: null,
        drafts: [],
        screenshots: [],
      });
      await page
        .getByLabel(w.import)
        .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
      await expect(page.locator('.incident-history [role=status]')).toContainText(w.invalid);
      expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
    });
  });
}

test.describe('crisis mode is axe-clean at 375 px', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`triage, open incident, banner and report (${colorScheme})`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme });
      const failures: string[] = [];
      const check = async (where: string) => {
        const { violations } = await axeFor(page)
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze();
        for (const v of violations)
          failures.push(`${where}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      };
      await page.goto('/en/triage/');
      await page.getByRole('radio', { name: W.en.far }).check();
      await check('triage');
      await page.goto('/es/crisis/');
      await expect(page.getByRole('button', { name: W.es.start })).toBeEnabled();
      await check('start');
      await startQuick(page, 'en', 'Axe incident');
      await page.getByLabel(W.en.handle).fill('@someone');
      await page.getByRole('button', { name: W.en.keep }).click();
      await expect(page.locator('.evidence-card')).toHaveCount(1);
      await page.getByText(W.en.correct).click();
      await expect(page.getByRole('button', { name: W.en.save })).toBeVisible();
      await check('open incident, a card being corrected');
      await page.goto('/es/guides/');
      await expect(page.locator('#incident-banner')).toBeVisible();
      await page.locator('.site-menu > summary').click();
      await expect(page.getByRole('navigation').getByRole('link', { name: W.es.crisisNav })).toBeVisible();
      await check('banner, phone menu open');
      await page.goto('/en/crisis/');
      await page.getByRole('button', { name: W.en.close }).click();
      await expect(page.locator('.incident-report')).toBeVisible();
      await check('report');
      expect(failures).toEqual([]);
    });
  }
});

test('on a wide screen an evidence card without a screenshot uses its whole width; with one, the picture sits beside the text', async ({
  page,
}) => {
  const w = W.en;
  await page.setViewportSize({ width: 1280, height: 900 });
  await startQuick(page, 'en', 'Fake profiles');
  await page.getByLabel(w.handle).fill('@fake_1');
  await page.getByRole('button', { name: w.keep }).click();
  const card = page.locator('.evidence-card').first();
  await expect(card.locator('.evidence-who')).toContainText('@fake_1');
  const width = async (locator: typeof card) => (await locator.boundingBox())?.width ?? 0;
  const text = card.locator('.evidence-who').locator('..');
  await expect.poll(async () => (await width(text)) / (await width(card))).toBeGreaterThan(0.9);

  await page.getByLabel(w.handle).fill('@fake_2');
  await page.getByLabel(w.shot).setInputFiles(SHOT);
  await page.getByRole('button', { name: w.keep }).click();
  const withShot = page.locator('.evidence-card').filter({ has: page.locator('.evidence-thumb') });
  await expect(withShot).toHaveCount(1);
  const thumb = await withShot.locator('.evidence-thumb').boundingBox();
  const beside = await withShot.locator('.evidence-who').boundingBox();
  expect(beside?.x ?? 0).toBeGreaterThanOrEqual((thumb?.x ?? Number.POSITIVE_INFINITY) + (thumb?.width ?? 0));
});
