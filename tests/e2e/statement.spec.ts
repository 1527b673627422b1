import { expect, type Page, test } from '@playwright/test';

const preview = (page: Page) => page.locator('.statement-preview');

async function startDraft(page: Page, lang: 'es' | 'en') {
  await page.goto(`/${lang}/statement-builder/`);
  await page.getByRole('button', { name: lang === 'es' ? 'Nuevo borrador' : 'New draft' }).click();
}

test.describe('statement builder', () => {
  test('fill the form, see findings, approve, publish, copy, reload and find the draft', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await startDraft(page, 'en');
    await page.getByLabel('Draft name').fill('Double charges');
    await page.getByLabel('Draft name').press('Tab');
    await page.getByLabel('Full response').check();
    await page.getByLabel('Brand').fill('Café Lumbre');
    await page.getByLabel('What happened').fill('some app orders were charged twice this morning');
    await page.getByLabel('Why it happened').fill('update 5.2 retried the payment when the bank was slow to confirm');
    await page
      .getByLabel('What is being done to put it right')
      .fill('every duplicate charge will be refunded within 48 hours');
    await page.getByLabel('What changes so it does not happen again').fill('we now test payments before every release');
    await page.getByLabel('Next update (a time or a moment)').fill('13:00');
    await expect(preview(page)).toContainText('Café Lumbre');
    await expect(preview(page)).toContainText('refunded within 48 hours');
    // Only the user's words count: the template's "The failure was ours." does not take responsibility for them.
    await expect(page.getByText('In your own words: 4 of 6 parts')).toBeVisible();
    await page.getByLabel('What you are sorry for (in your words)').fill('charging your order twice');
    await expect(page.getByText('In your own words: 5 of 6 parts')).toBeVisible();
    await expect(preview(page)).toContainText('We apologize for charging your order twice.');

    // A non-apology typed by hand is flagged, with the reason and a link to the guide.
    await page.getByRole('button', { name: 'Edit the text' }).click();
    await page.getByLabel('Text for Website').fill('We are sorry if anyone was offended by the double charges.');
    await page.getByRole('button', { name: 'Show the preview' }).click();
    const finding = page.locator('li.finding-error').first();
    await expect(finding).toBeVisible();
    await expect(finding.getByRole('link', { name: 'Why' })).toHaveAttribute('href', /^\/en\/guides\/response\/#/);
    await expect(preview(page).locator('mark.finding-error')).toContainText('sorry if anyone was offended');
    await page.getByRole('button', { name: 'Back to the generated text' }).click();

    // Publishing needs an approval first.
    await expect(page.getByRole('button', { name: 'Mark as published' })).toBeDisabled();
    await page.getByLabel('Name of the approver').fill('Andrés Gil');
    await page.getByLabel('Role').fill('Marketing director');
    await page.getByRole('button', { name: 'Record the approval' }).click();
    await expect(page.getByText(/^Approved by Andrés Gil \(Marketing director\) on /)).toBeVisible();
    await page.getByRole('button', { name: 'Mark as published' }).click();
    await expect(page.getByText(/^Published on /)).toBeVisible();

    // Copy a channel.
    await page.getByRole('button', { name: 'X', exact: true }).click();
    await page.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('refunded within 48 hours');
    // X keeps every sentence (a thread when over 280), prevention included.
    expect(copied).toContain('test payments before every release');

    await page.reload();
    await expect(page.getByLabel('Open draft')).toContainText('Double charges');
    await expect(page.getByLabel('Brand')).toHaveValue('Café Lumbre');
    await expect(page.getByText(/^Approved by Andrés Gil/)).toBeVisible();
    await expect(page.getByText(/^Published on /)).toBeVisible();
  });

  test('a change after approval asks for approval again', async ({ page }) => {
    await startDraft(page, 'es');
    await page.getByLabel('Qué ha pasado', { exact: true }).fill('algunos pedidos se cobraron dos veces');
    await page.getByLabel('Nombre de quien aprueba').fill('Andrés Gil');
    await page.getByLabel('Cargo').fill('Director de marketing');
    await page.getByRole('button', { name: 'Registrar la aprobación' }).click();
    await expect(page.getByText(/^Aprobado por Andrés Gil/)).toBeVisible();
    await page.getByLabel('Qué ha pasado', { exact: true }).fill('algunos pedidos se cobraron dos veces esta mañana');
    await expect(page.getByText(/^Aprobado por/)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Marcar como publicado' })).toBeDisabled();
  });

  test('a long text for X becomes a numbered thread that never cuts a word', async ({ page }) => {
    await startDraft(page, 'es');
    const long = Array.from({ length: 40 }, (_, i) => `palabra${i}`).join(' ');
    await page.getByRole('button', { name: 'X', exact: true }).click();
    await page.getByRole('button', { name: 'Editar el texto' }).click();
    await page.getByLabel('Texto para X').fill(long);
    await page.getByRole('button', { name: 'Ver la vista previa' }).click();
    await expect(page.locator('.counter')).toHaveClass(/is-over/);
    const posts = await page.locator('.thread-post').allTextContents();
    expect(posts.length).toBeGreaterThan(1);
    for (const [i, post] of posts.entries()) expect(post.endsWith(` ${i + 1}/${posts.length}`)).toBe(true);
    const words = posts
      .map((p) => p.replace(/ \d+\/\d+$/, ''))
      .join(' ')
      .split(' ');
    expect(words).toEqual(long.split(' '));
  });

  test('several named drafts are kept and can be switched', async ({ page }) => {
    await startDraft(page, 'en');
    await page.getByLabel('Draft name').fill('First');
    await page.getByLabel('Draft name').press('Tab');
    await page.getByRole('button', { name: 'New draft' }).click();
    await page.getByLabel('Draft name').fill('Second');
    await page.getByLabel('Draft name').press('Tab');
    await page.reload();
    const open = page.getByLabel('Open draft');
    await expect(open.locator('option')).toHaveCount(2);
    await open.selectOption({ label: 'First' });
    await expect(page.getByLabel('Draft name')).toHaveValue('First');
  });

  test('hostile input renders as text and the page stays responsive', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await startDraft(page, 'en');
    await page.getByLabel('Full response').check();
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script> مرحبا‏ 👩‍👩‍👧‍👦🇪🇸 zero​width ';
    await page.getByLabel('Brand').fill(hostile);
    await page.getByLabel('What happened').fill(hostile.repeat(3));
    await expect(preview(page)).toContainText('<script>alert(2)</script>');
    await expect(page.locator('.builder img, .builder script')).toHaveCount(0);
    expect(dialogs).toEqual([]);

    // 100,000 characters pasted into a field: kept within the field's bound, and typing still answers.
    await page.getByLabel('Why it happened').evaluate((el, text) => {
      const box = el as HTMLTextAreaElement;
      box.value = text;
      box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }, 'x'.repeat(100_000));
    const started = Date.now();
    await page.getByLabel('Who is affected').fill('1,214 orders');
    await expect(page.getByLabel('Who is affected')).toHaveValue('1,214 orders');
    await expect(preview(page)).toContainText('1,214 orders');
    expect(Date.now() - started).toBeLessThan(5000);
    const kept = await page.getByLabel('Why it happened').inputValue();
    expect(kept.length).toBeLessThanOrEqual(2000);
  });

  test('on a phone the statement is one tap away, and Copy all copies a group of channels', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 375, height: 740 });
    await startDraft(page, 'en');
    await page.getByLabel('Brand').fill('Café Lumbre');
    await page.getByLabel('What happened').fill('some app orders were charged twice this morning');
    await page.getByLabel('What happened').press('Tab');

    // The form comes first; a sticky button brings the statement into view in one tap.
    const heading = page.getByRole('heading', { name: 'The statement, channel by channel' });
    await expect(heading).not.toBeInViewport();
    await page.getByRole('link', { name: 'See the statement' }).click();
    await expect(heading).toBeInViewport();
    await expect(preview(page)).toContainText('charged twice');

    // One tap copies X, Bluesky and Threads, each under its name.
    await page.getByRole('group', { name: 'Short posts' }).getByRole('button', { name: 'Copy all (3)' }).click();
    await expect(page.getByText('Copied all 3 channels, each under its name.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('X\n\n')).toBe(true);
    expect(copied).toContain('\n\n---\n\nBluesky\n\n');
    expect(copied).toContain('\n\n---\n\nThreads\n\n');
    expect(copied.match(/charged twice/g)?.length).toBe(3);

    // Nothing is wider than the phone, and the text boxes grow with what is typed.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // (A holding statement, the default, asks for no cause: what happened is the box that grows.)
    const box = page.getByLabel('What happened');
    const before = (await box.boundingBox())?.height ?? 0;
    await box.fill(Array.from({ length: 8 }, (_, i) => `Line ${i + 1} of what we know so far.`).join('\n'));
    expect((await box.boundingBox())?.height ?? 0).toBeGreaterThan(before);
  });

  test('the linter, threads and X counting load on the first keystroke, and work', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await startDraft(page, 'en');
    await expect(preview(page)).toBeVisible();
    await expect(page.getByText('The review of the text starts as soon as you type.')).toBeVisible();
    expect(scripts.filter((s) => /\/(review|x-count)\./.test(s))).toEqual([]);

    await page.getByLabel('What happened').fill('some app orders were charged twice this morning');
    await expect(page.getByRole('heading', { name: 'Review of the text' })).toBeVisible();
    expect(scripts.some((s) => /\/review\./.test(s))).toBe(true);
    expect(scripts.some((s) => /\/x-count\./.test(s))).toBe(true);

    // X counts as twitter-text does: a link weighs 23 and "…" 2.
    await page.getByRole('button', { name: 'X', exact: true }).click();
    await page.getByRole('button', { name: 'Edit the text' }).click();
    await page.getByLabel('Text for X').fill('Details: cafelumbre.com/status…');
    await expect(page.locator('.counter')).toHaveText('9 of 280 characters'.replace('9', String(9 + 23 + 2)));

    // On a desktop the output column never scrolls inside itself.
    const inner = await page
      .locator('.builder-output')
      .evaluate((el) => [getComputedStyle(el).overflowY, el.scrollHeight - el.clientHeight]);
    expect(inner).toEqual(['visible', 0]);
  });
});
