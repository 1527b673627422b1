import { expect, test } from '@playwright/test';

/** Advice by crisis type (issue 12): a holding statement for a data incident, in Spanish. */
test('a holding statement for a data incident asks only what it says, and counts only the user’s words', async ({
  page,
}) => {
  await page.goto('/es/statement-builder/');
  await page.getByRole('button', { name: 'Nuevo borrador' }).click();
  await expect(page.getByLabel('Comunicado de espera')).toBeChecked();
  await page.getByLabel('Tipo de crisis').selectOption('data-incident');
  await expect(page.getByRole('complementary', { name: 'Cómo responder a esta crisis' })).toContainText(
    /consulta con tu equipo legal/i,
  );
  // No cause, fix or prevention in a holding statement.
  await expect(page.getByLabel('Por qué ha pasado')).toHaveCount(0);
  await expect(page.getByLabel('Qué cambia para que no se repita')).toHaveCount(0);

  await page.getByLabel('Marca').fill('Café Lumbre');
  await page.getByLabel('Qué ha pasado', { exact: true }).fill('detectamos un acceso no autorizado a la base de datos');
  await expect(page.getByText('Con tus palabras: 1 de 4 partes')).toBeVisible();
  await page.getByLabel('Qué datos').fill('nombres y direcciones de correo');
  await page.getByLabel('Qué se está haciendo ahora mismo').fill('hemos cerrado el acceso');
  await page.getByLabel('Qué debe hacer ahora quien lo lea').fill('desconfíe de correos que pidan su contraseña');
  await page.getByLabel('Próxima actualización (hora o momento)').fill('13:00');
  await expect(page.getByText('Con tus palabras: 4 de 4 partes')).toBeVisible();

  const preview = page.locator('.statement-preview');
  await expect(preview).toContainText('Datos afectados: nombres y direcciones de correo.');
  await expect(preview).not.toContainText('No protegimos');
  await expect(preview).not.toContainText(/disculpas|lo sentimos/iu);

  // An apology is opt-in here, with a warning.
  await page.getByLabel('Incluir una disculpa').check();
  await expect(page.getByText(/no suele pedir disculpas todavía/)).toBeVisible();
  await expect(preview).toContainText('Lamentamos lo ocurrido');
});
