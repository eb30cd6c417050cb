// Structures and leases: a manager creates a structure, leases it a free office, sees the office
// leave the vacancies on the occupancy dashboard and records the move-out; a visitor asks for
// premises through the public form and the request appears on the managers' list, matched to a
// free office.
//
// The server's database is shared by the whole run: each test makes its own structure or request.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { iso, parisToday } from './days';
import { readOutbox } from './mailbox';
import { DEMO, h1, mainRegion, signIn, whole } from './support';

const status = (page: Page): Locator => mainRegion(page).getByRole('status');

/** A structure's lease of `space`, in its table of leases. */
const leaseRow = (page: Page, space: string): Locator =>
  mainRegion(page)
    .getByRole('table', { name: /Conventions, la plus récente d.abord/ })
    .getByRole('row')
    .filter({ hasText: space });

/** The dashboard's table of free spaces. */
const vacancies = (page: Page): Locator =>
  mainRegion(page).getByRole('table', { name: /Espaces libres aujourd.hui ou dans les 90 jours/ });

test('a manager creates a structure, leases it an office, sees occupancy change, records the move-out', async ({ page }) => {
  const name = `Les Jardins ${Date.now()}`;
  await signIn(page, DEMO.manager);
  await page.goto('/admin/structures');
  await mainRegion(page).getByRole('link', { name: 'Nouvelle structure' }).click();
  await expect(h1(page)).toHaveText('Nouvelle structure');
  const form = mainRegion(page);
  await form.getByLabel('Nom', { exact: true }).fill(name);
  await form.getByLabel('Forme juridique').selectOption('association');
  await form.getByLabel('Secteur').selectOption('food_short_supply');
  await form.getByRole('button', { name: 'Créer la structure' }).click();
  await expect(page).toHaveURL(/\/admin\/structures\/\d+\?created=1/);
  await expect(status(page)).toHaveText(whole('La structure est créée.'));
  await expect(h1(page)).toHaveText(name);
  const structurePage = page.url().split('?')[0];

  await mainRegion(page).getByRole('link', { name: 'Nouvelle convention' }).click();
  await expect(h1(page)).toHaveText(/Nouvelle convention/);
  const space = mainRegion(page).getByLabel('Espace', { exact: true });
  const office = await space.locator('option').first().innerText();
  const officeName = office.split(' — ')[0].trim();
  expect(officeName).toMatch(/^Bureau /);

  // Before: the office is free on the dashboard.
  await page.goto('/admin/occupancy');
  await expect(vacancies(page).getByRole('rowheader', { name: officeName, exact: true })).toBeVisible();

  await page.goBack();
  await space.selectOption({ index: 0 });
  await mainRegion(page).getByLabel('Début').fill(iso(parisToday()));
  await mainRegion(page).getByLabel('Loyer mensuel HT (€)').fill('310,50');
  await mainRegion(page).getByRole('button', { name: 'Créer le brouillon' }).click();
  await expect(status(page)).toHaveText(whole('La convention est créée en brouillon.'));
  const lease = leaseRow(page, officeName);
  await expect(lease).toContainText('Brouillon');
  await expect(lease).toContainText('310,50');
  await lease.getByRole('button', { name: 'Signer' }).click();
  await expect(leaseRow(page, officeName)).toContainText('Signée');
  await leaseRow(page, officeName).getByRole('button', { name: 'Entrée dans les lieux' }).click();
  await expect(leaseRow(page, officeName)).toContainText('En cours');

  // After: the office is let, so it is no longer among the free spaces.
  await page.goto('/admin/occupancy');
  await expect(vacancies(page)).toBeVisible();
  await expect(vacancies(page).getByRole('rowheader', { name: officeName, exact: true })).toHaveCount(0);

  // The move-out asks for its day first, then ends the lease and the structure's stay.
  await page.goto(structurePage);
  await leaseRow(page, officeName).getByRole('link', { name: 'Départ' }).click();
  await mainRegion(page).getByLabel('Dernier jour dans les lieux').fill(iso(parisToday()));
  await mainRegion(page).getByRole('button', { name: 'Enregistrer le départ' }).click();
  await expect(status(page)).toHaveText(whole('La convention est mise à jour.'));
  await expect(leaseRow(page, officeName)).toContainText('Terminée');
  await expect(mainRegion(page).locator('.lead .badge')).toHaveText('Ancienne');
  await expect(mainRegion(page).getByRole('list').filter({ hasText: 'Arrivée au Solilab' })).toContainText('Départ');
});

test('a request from the public form appears matched to a free office', async ({ page, browser }) => {
  const organisation = `Répar'Vélo ${Date.now()}`;
  const email = `contact+${Date.now()}@reparvelo.example.org`;
  await page.goto('/requests/new');
  await expect(h1(page)).toHaveText('Demander des locaux');
  const form = mainRegion(page);
  await form.getByLabel('Structure ou projet').fill(organisation);
  await form.getByLabel('Personne à contacter').fill('Awa Diallo');
  await form.getByLabel('Adresse e-mail').fill(email);
  await form.getByLabel('Type de local').selectOption('office');
  await form.getByLabel('Surface minimale (m²)').fill('10');
  await form.getByLabel('Surface maximale (m²)').fill('50');
  await form.getByLabel('À partir du').fill(iso(parisToday()));
  await form.getByLabel("Secteur d'activité").selectOption('reuse_resources');
  await form.getByRole('button', { name: 'Envoyer ma demande' }).click();
  await expect(status(page).first()).toContainText('Merci, votre demande est enregistrée.');
  await expect
    .poll(async () => (await readOutbox()).some((m) => m.headers.to?.includes(email)), { timeout: 15_000 })
    .toBe(true);

  const manager = await browser.newPage();
  await signIn(manager, DEMO.manager);
  await manager.goto('/admin/requests');
  await expect(h1(manager)).toHaveText('Demandes de locaux');
  const matches = mainRegion(manager).getByRole('table', { name: new RegExp(`demande de ${organisation}`) });
  await expect(matches).toBeVisible();
  await expect(matches.getByRole('row').nth(1)).toContainText('Bureau');
  await expect(matches.getByRole('button', { name: /Proposer cet espace/ }).first()).toBeVisible();
  await manager.close();
});
