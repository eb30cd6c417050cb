// The first run, as a new operator does it: the setup link from the server's log, the first
// admin and site, then a second site and an edit from the admins' pages. The server of this file
// started on an empty database (the second web server of the config).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { EMPTY_BASE_URL, EMPTY_DIR, h1, mainRegion, whole } from './support';

/** The setup link the empty server logged at start. */
async function setupLink(): Promise<string> {
  const log = resolve(__dirname, '..', EMPTY_DIR, 'server.log');
  let link: string | undefined;
  await expect
    .poll(() => {
      link = readFileSync(log, 'utf8').match(/http:\/\/\S+\/setup\?token=[0-9a-f]+/)?.[0];
      return link;
    })
    .toBeTruthy();
  return link as string;
}

const status = (page: Page): Locator => mainRegion(page).getByRole('status');

const field = (page: Page, label: string): Locator =>
  mainRegion(page).getByLabel(label, { exact: true });

test('the first run: setup link, first admin and site, a second site, an edit', async ({ page }) => {
  await page.goto(`${EMPTY_BASE_URL}/`);
  await expect(page.locator('.setup-banner')).toHaveText(/en cours d.installation/);
  const missing = await page.goto(`${EMPTY_BASE_URL}/setup`);
  expect(missing?.status()).toBe(404);

  const link = await setupLink();
  await page.goto(link);
  await expect(h1(page)).toHaveText('Installer Solilab');
  await field(page, 'Adresse e-mail').fill('direction@ecossimo.example');
  await field(page, 'Nouveau mot de passe').fill('une longue phrase de passe');
  await field(page, 'Confirmez le mot de passe').fill('une autre phrase');
  await field(page, 'Nom').fill('Solilab');
  await field(page, 'Adresse').fill('8 rue Saint-Domingue');
  await field(page, 'Code postal').fill('44200');
  await field(page, 'Ville').fill('Nantes');
  await mainRegion(page).getByRole('button', { name: 'Installer et se connecter' }).click();
  // A mistake is named and linked to its field.
  const summary = mainRegion(page).getByRole('alert');
  await expect(summary).toContainText('Les deux mots de passe');
  await expect(summary.getByRole('link', { name: /Les deux mots de passe/ })).toHaveAttribute('href', '#site-confirm');

  await field(page, 'Adresse e-mail').fill('direction@ecossimo.example');
  await field(page, 'Nouveau mot de passe').fill('une longue phrase de passe');
  await field(page, 'Confirmez le mot de passe').fill('une longue phrase de passe');
  await field(page, 'Nom').fill('Solilab');
  await field(page, 'Adresse').fill('8 rue Saint-Domingue');
  await field(page, 'Code postal').fill('44200');
  await field(page, 'Ville').fill('Nantes');
  await field(page, 'Raison sociale').fill('Ecossimo SCIC');
  await mainRegion(page).getByRole('button', { name: 'Installer et se connecter' }).click();
  await expect(page).toHaveURL(/\/admin\/sites\/\d+\?created=1/);
  await expect(status(page)).toHaveText(whole('Le site est créé.'));
  await expect(h1(page)).toHaveText('Solilab');
  await expect(page.locator('.setup-banner')).toHaveCount(0);

  // The link works once.
  const used = await page.goto(link);
  expect(used?.status()).toBe(404);

  // A second site, from the admins' list.
  await page.goto(`${EMPTY_BASE_URL}/admin/sites`);
  await mainRegion(page).getByRole('link', { name: 'Nouveau site' }).click();
  await expect(h1(page)).toHaveText('Nouveau site');
  await field(page, 'Nom').fill("L'Écorce");
  await field(page, 'Adresse').fill('12 rue des Charpentiers');
  await field(page, 'Code postal').fill('44400');
  await field(page, 'Ville').fill('Rezé');
  await mainRegion(page).getByRole('button', { name: 'Créer le site' }).click();
  await expect(status(page)).toHaveText(whole('Le site est créé.'));
  await expect(field(page, 'Identifiant dans les adresses')).toHaveValue('l-ecorce');

  await field(page, "Horaires d'ouverture").fill('Du lundi au vendredi, 8 h – 18 h');
  await mainRegion(page).getByRole('button', { name: 'Enregistrer' }).click();
  await expect(status(page)).toHaveText(whole('Les changements sont enregistrés.'));
  await expect(field(page, "Horaires d'ouverture")).toHaveValue('Du lundi au vendredi, 8 h – 18 h');

  await page.goto(`${EMPTY_BASE_URL}/admin/sites`);
  const table = mainRegion(page).getByRole('table', { name: 'Sites' });
  await expect(table.getByRole('rowheader')).toHaveText(['Solilab', "L'Écorce"]);
});
