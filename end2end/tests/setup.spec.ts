// The first run, as a new operator does it: the setup link from the server's log, the first
// admin and site, then a second site and an edit from the admins' pages; then a room created,
// placed on the floor plan by dragging and with the keyboard, and seen on the booking plan. The
// server of this file started on an empty database (the second web server of the config).
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

/** A PNG header of 2000 × 1000 pixels: what the server reads of a picture. */
function png(): Buffer {
  const bytes = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes, 0);
  bytes.writeUInt32BE(13, 8);
  bytes.write('IHDR', 12, 'ascii');
  bytes.writeUInt32BE(2000, 16);
  bytes.writeUInt32BE(1000, 20);
  Buffer.from([8, 6, 0, 0, 0]).copy(bytes, 24);
  return bytes;
}

test('a room is created, placed on the floor plan by dragging and by the keyboard', async ({ page }) => {
  await page.goto(`${EMPTY_BASE_URL}/signin`);
  await field(page, 'Adresse e-mail').fill('direction@ecossimo.example');
  await field(page, 'Mot de passe').fill('une longue phrase de passe');
  await mainRegion(page).getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).not.toHaveURL(/signin/);

  // A meeting room on the first floor, with an hourly price for hosted structures.
  await page.goto(`${EMPTY_BASE_URL}/admin/spaces/new`);
  await expect(h1(page)).toHaveText('Nouvel espace');
  await field(page, 'Code').fill('R-1');
  await field(page, 'Nom').fill('Salle Loire');
  await field(page, "Type d'espace").selectOption({ label: 'Salle de réunion' });
  await field(page, 'Étage').fill('1');
  await field(page, 'Capacité (personnes)').fill('12');
  await field(page, 'Surface (m²)').fill('30');
  await mainRegion(page).getByRole('textbox', { name: /Structure hébergée — heure/i }).fill('20');
  await mainRegion(page).getByRole('button', { name: "Créer l'espace" }).click();
  await expect(mainRegion(page).getByRole('status')).toContainText("L'espace est créé");

  // The first floor's picture, then the room dragged over it.
  await page.goto(`${EMPTY_BASE_URL}/admin/plan?site=solilab&floor=1`);
  await page.getByLabel('Image (PNG ou SVG)').setInputFiles({ name: 'etage1.png', mimeType: 'image/png', buffer: png() });
  await mainRegion(page).getByRole('button', { name: "Enregistrer l'image" }).click();
  await expect(mainRegion(page).getByRole('status').first()).toHaveText(whole("Image de l'étage enregistrée."));
  await expect(page.locator('svg.plan-editor image')).toHaveAttribute('href', /\/plans\/\d+\/1/);

  const room = page.locator('svg.plan-editor g.plan-handle').first();
  const rect = room.locator('rect');
  const x0 = Number(await rect.getAttribute('x'));
  // Wait for the island to wake up before dragging.
  await expect(page.locator('leptos-island[data-component^="PlanEditor"]')).toBeVisible();
  const box = await rect.boundingBox();
  if (!box) throw new Error('the room is drawn');
  const live = page.locator('figure.plan [role="status"]');
  await expect(async () => {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2 + 80, { steps: 8 });
    await page.mouse.up();
    await expect(live).toHaveText(/R-1 : position enregistrée/, { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  const dragged = Number(await rect.getAttribute('x'));
  expect(dragged).toBeGreaterThan(x0 + 50);

  // With the keyboard: two steps right, one taller.
  await room.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(rect).toHaveAttribute('x', String(dragged + 20));
  await expect(live).toHaveText(/R-1 : position enregistrée/);

  // Saved: the numbers form and the booking plan read the same place.
  await page.reload();
  await expect(field(page, 'Gauche')).toHaveValue(String(dragged + 20));
  await page.goto(`${EMPTY_BASE_URL}/book/plan?site=solilab&floor=1`);
  const drawn = page.locator('svg.plan-svg rect.plan-space').first();
  await expect(drawn).toHaveAttribute('x', String(dragged + 20));
  await expect(page.locator('svg.plan-svg image')).toHaveAttribute('href', /\/plans\/\d+\/1/);
});
