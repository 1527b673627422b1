/**
 * The statement's publishing record, end to end: compose a holding statement, send it for
 * approval (share sheet and mail link, nothing sent by the site), approve, publish, edit (a new
 * version appears and the published one stays as it went out), start the next update; and in
 * crisis mode, the next-update clock follows the published statement's promised time.
 *
 * The page's clock is fixed (Playwright's clock) in Madrid's time zone, so "13:00" is a known
 * moment and the times the page shows are known.
 */
import { expect, type Page, test } from '@playwright/test';
import { gotoHydrated } from './site.ts';

test.use({ timezoneId: 'Europe/Madrid' });
/** A local time in Madrid on 6 March 2026 (UTC+1). */
const at = (hhmm: string) => new Date(`2026-03-06T${hhmm}:00+01:00`);

const W = {
  en: {
    newDraft: 'New draft',
    draftName: 'Draft name',
    holding: 'Holding statement',
    brand: 'Brand',
    what: 'What happened',
    next: /^Next update/,
    approver: 'Name of the approver',
    role: 'Role',
    approve: 'Record the approval',
    publish: 'Mark as published',
    share: 'Share…',
    mail: 'Send by email',
    subject: 'For approval: Double charges',
    website: '== Website ==',
    v1: /^Version 1: published on /,
    v2editing: 'Version 2: being edited, not published',
    editingNote: /^Version 1 went out on .* These changes make version 2/,
    wentOut: 'What went out',
    promise: /^Next update promised for .*1:00\sPM/,
    startNext: 'Start the next update from this one',
    openDraft: 'Open draft',
    copyName: 'Update: Double charges',
    basedOn: 'Started from version 1 of “Double charges”.',
    writeFromIncident: 'Write a statement',
    title: 'What is happening? (optional)',
    start: 'Start the incident',
    published: 'published (version 1)',
  },
  es: {
    newDraft: 'Nuevo borrador',
    draftName: 'Nombre del borrador',
    holding: 'Comunicado de espera',
    brand: 'Marca',
    what: 'Qué ha pasado',
    next: /^Próxima actualización/,
    approver: 'Nombre de quien aprueba',
    role: 'Cargo',
    approve: 'Registrar la aprobación',
    publish: 'Marcar como publicado',
    share: 'Compartir…',
    mail: 'Enviar por correo',
    subject: 'Para aprobar: Double charges',
    website: '== Web ==',
    v1: /^Versión 1: publicada el /,
    v2editing: 'Versión 2: en edición, sin publicar',
    editingNote: /^La versión 1 se publicó el .* Estos cambios forman la versión 2/,
    wentOut: 'Lo que se publicó',
    promise: /^Próxima actualización anunciada para el .*13:00/,
    startNext: 'Preparar la próxima actualización a partir de esta',
    openDraft: 'Borrador abierto',
    copyName: 'Actualización: Double charges',
    basedOn: 'Preparado a partir de la versión 1 de “Double charges”.',
    writeFromIncident: 'Escribir un comunicado',
    title: '¿Qué está pasando? (opcional)',
    start: 'Iniciar el incidente',
    published: 'publicado (versión 1)',
  },
} as const;

/** A share sheet that records what it was given (headless Chromium has none); CSP violations noted. */
async function fakeShareSheet(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] };
    w.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(e.violatedDirective));
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: async (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
      },
    });
  });
}

const versions = (page: Page) => page.locator('.version-list > li');

async function approveAndPublish(page: Page, w: (typeof W)['en' | 'es'], name: string) {
  await page.getByLabel(w.approver).fill(name);
  await page.getByLabel(w.role, { exact: true }).fill('Marketing');
  await page.getByRole('button', { name: w.approve }).click();
  await page.getByRole('button', { name: w.publish }).click();
}

for (const [lang, width] of [
  ['en', 1280],
  ['es', 375],
] as const) {
  const w = W[lang];
  test.describe(`the publishing record (${lang}, ${width} px)`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('compose a holding statement, send it for approval, approve, publish, edit, start the next update', async ({
      page,
    }) => {
      await page.clock.setFixedTime(at('10:00'));
      await fakeShareSheet(page);
      await gotoHydrated(page, `/${lang}/statement-builder/`);
      await page.getByRole('button', { name: w.newDraft }).click();
      await page.getByLabel(w.draftName).fill('Double charges');
      await page.getByLabel(w.draftName).press('Tab');
      await page.getByLabel(w.holding).check();
      await page.getByLabel(w.brand).fill('Café Lumbre');
      await page.getByLabel(w.what, { exact: true }).fill('some app orders were charged twice');
      await page.getByLabel(w.next).fill('13:00');
      await expect(page.getByText(w.promise)).toBeVisible();

      // Send for approval: the device's share sheet, or mail, with every channel's exact text.
      const mail = page.getByRole('link', { name: w.mail });
      // Once typing has settled, the link carries what was typed last (the next update, in every channel).
      await expect(mail).toHaveAttribute('href', /^mailto:\?subject=.*13%3A00/);
      const href = (await mail.getAttribute('href')) ?? '';
      const body = decodeURIComponent(href.split('&body=')[1] ?? '');
      expect(decodeURIComponent(href.slice('mailto:?subject='.length, href.indexOf('&body=')))).toBe(w.subject);
      expect(body).toContain(w.website);
      expect(body).toContain('== X ==');
      expect(body).toContain('Café Lumbre');
      await page.getByRole('button', { name: w.share }).click();
      const shared = await page.waitForFunction(() => (window as unknown as { shared?: ShareData }).shared);
      const data = (await shared.jsonValue()) as ShareData;
      expect(data.title).toBe(w.subject);
      expect(data.text?.replace(/\n/g, '\r\n')).toBe(body);
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);

      await approveAndPublish(page, w, 'Andrés Gil');
      await expect(versions(page)).toHaveCount(1);
      await expect(versions(page).first()).toContainText(w.v1);
      await expect(versions(page).first()).toContainText('Andrés Gil (Marketing)');
      // The frozen words: what the preview showed is what the record keeps.
      await versions(page).first().getByText(w.wentOut).click();
      await expect(versions(page).first().locator('.version-texts')).toContainText('app orders were charged twice');

      // Editing the published statement makes version 2; version 1 stays as it went out.
      await page.clock.setFixedTime(at('10:20'));
      await page.getByLabel(w.what, { exact: true }).fill('app orders were charged twice between 08:10 and 11:20');
      await expect(page.getByText(w.editingNote)).toBeVisible();
      await expect(versions(page)).toHaveCount(2);
      await expect(versions(page).first()).toContainText(w.v2editing);
      const first = versions(page).nth(1);
      await expect(first).toContainText(w.v1);
      await expect(first.locator('.version-texts')).not.toContainText('between 08:10');
      await page.reload();
      await expect(versions(page).nth(1)).toContainText(w.v1);
      await expect(versions(page).first()).toContainText(w.v2editing);

      // Start the next update from the published version: a new draft, the promise an hour on.
      await page.clock.setFixedTime(at('10:30'));
      await page.getByRole('button', { name: w.startNext }).click();
      await expect(page.getByLabel(w.openDraft).locator('option:checked')).toHaveText(w.copyName);
      await expect(page.getByLabel(w.next)).toHaveValue('14:00');
      await expect(page.getByLabel(w.what, { exact: true })).toHaveValue('some app orders were charged twice');
      await expect(page.getByText(w.basedOn)).toBeVisible();
      await page.screenshot({ path: `test-results/statement-record-${lang}-${width}.png`, fullPage: true });
    });
  });
}

for (const lang of ['es', 'en'] as const) {
  const w = W[lang];
  test.describe(`crisis mode follows the published statement (${lang})`, () => {
    test.use({ viewport: { width: 375, height: 800 } });

    test('the next-update clock is due at the time the published statement promised, and resets with the next one', async ({
      page,
    }) => {
      await page.clock.setFixedTime(at('10:00'));
      await gotoHydrated(page, `/${lang}/crisis/`);
      await page.getByLabel(w.title).fill('Double charges');
      await page.getByRole('button', { name: w.start }).click();
      await page.getByRole('link', { name: w.writeFromIncident }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/statement-builder/$`));
      await expect(page.getByLabel(w.what, { exact: true })).toHaveValue('Double charges');
      await page.getByLabel(w.next).fill('11:30');
      await page.clock.setFixedTime(at('10:10'));
      await approveAndPublish(page, w, 'Andrés Gil');
      await expect(versions(page)).toHaveCount(1);

      await gotoHydrated(page, `/${lang}/crisis/`);
      const next = page.locator('[data-clock="next-update"]');
      await expect(next).toContainText('11:30');
      await expect(page.locator('.clock').nth(2)).toHaveAttribute('data-state', 'ok');
      await expect(page.locator('.incident-timeline')).toContainText(w.published);

      // The next update, started from this one: due an hour (the "high" cadence) after 11:30.
      await page.goBack();
      await page.clock.setFixedTime(at('11:20'));
      await page.reload();
      await page.getByRole('button', { name: w.startNext }).click();
      await expect(page.getByLabel(w.next)).toHaveValue('12:30');
      await approveAndPublish(page, w, 'Nuria Soler');
      await expect(versions(page)).toHaveCount(1);
      await gotoHydrated(page, `/${lang}/crisis/`);
      await expect(next).toContainText('12:30');
      await expect(page.locator('.clock').nth(2)).toHaveAttribute('data-state', 'ok');
    });
  });
}
