// The first run, as a new operator does it: the setup link from the server's log, the first
// admin and site, then a second site and an edit from the admins' pages; then a room created,
// placed on the floor plan by dragging and with the keyboard, and seen on the booking plan; then
// a structure, its tenant invited by mail, the room booked by that tenant and shown busy on the
// plan at the booked hour. The server of this file started on an empty database (the second web
// server of the config); the tests follow each other.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openDay } from './days';
import { readInvitationLink } from './mailbox';
import { EMPTY_BASE_URL, EMPTY_DIR, h1, mainRegion, whole } from './support';

const ADMIN = 'direction@ecossimo.example';
const ADMIN_PASSWORD = 'une longue phrase de passe';

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
  await field(page, 'Adresse e-mail').fill(ADMIN);
  await field(page, 'Nouveau mot de passe').fill(ADMIN_PASSWORD);
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

  await field(page, 'Adresse e-mail').fill(ADMIN);
  await field(page, 'Nouveau mot de passe').fill(ADMIN_PASSWORD);
  await field(page, 'Confirmez le mot de passe').fill(ADMIN_PASSWORD);
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

/** Signs in on the empty server's sign-in page. */
async function signInThere(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${EMPTY_BASE_URL}/signin`);
  await field(page, 'Adresse e-mail').fill(email);
  await field(page, 'Mot de passe').fill(password);
  await mainRegion(page).getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).not.toHaveURL(/signin/);
}

test('a room is created, placed on the floor plan by dragging and by the keyboard', async ({ page }) => {
  await signInThere(page, ADMIN, ADMIN_PASSWORD);

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

test('a tenant invited to a new structure books the placed room and sees it on the plan', async ({ browser }) => {
  // Two people, a mail written by a background worker, and password hashing on each sign-in.
  test.setTimeout(90_000);
  const admin = await (await browser.newContext()).newPage();
  await signInThere(admin, ADMIN, ADMIN_PASSWORD);

  // A structure, then its first member invited from the accounts page.
  await admin.goto(`${EMPTY_BASE_URL}/admin/structures/new`);
  await expect(h1(admin)).toHaveText('Nouvelle structure');
  await field(admin, 'Nom').fill('La Fabrique à projets');
  await field(admin, 'Forme juridique').selectOption({ label: 'Association' });
  await mainRegion(admin).getByRole('button', { name: 'Créer la structure' }).click();
  await expect(status(admin)).toHaveText(whole('La structure est créée.'));

  const address = `fabrique-${Date.now()}@example.org`;
  await admin.goto(`${EMPTY_BASE_URL}/admin/accounts`);
  const invite = mainRegion(admin)
    .locator('.panel')
    .filter({ has: admin.getByRole('heading', { level: 2, name: whole('Inviter une personne') }) });
  await invite.getByLabel('Structure', { exact: true }).selectOption({ label: 'La Fabrique à projets' });
  await invite.getByLabel('Adresse e-mail', { exact: true }).fill(address);
  await invite.getByRole('button', { name: whole("Envoyer l'invitation") }).click();
  await expect(status(admin)).toHaveText(whole('Invitation envoyée.'));

  // The tenant follows the mailed link, chooses a password and is signed in.
  const link = await readInvitationLink(address);
  expect(link.startsWith(`${EMPTY_BASE_URL}/invitation/`)).toBe(true);
  const tenant = await (await browser.newContext()).newPage();
  await tenant.goto(link);
  await expect(h1(tenant)).toHaveText('Rejoindre Solilab');
  await expect(mainRegion(tenant)).toContainText('La Fabrique à projets');
  await field(tenant, 'Nouveau mot de passe').fill('un jardin sur le toit 2027');
  await field(tenant, 'Confirmez le mot de passe').fill('un jardin sur le toit 2027');
  await mainRegion(tenant).getByRole('button', { name: 'Activer mon compte' }).click();
  await expect(tenant).toHaveURL((url) => url.pathname === '/account');
  await expect(mainRegion(tenant).getByRole('status')).toHaveText(whole('Bienvenue ! Votre compte est actif.'));

  // The room placed on the plan, booked from 10:00 to 11:00 on the next open day.
  const spaces = (await (await tenant.request.get(`${EMPTY_BASE_URL}/api/v1/spaces`)).json()) as { id: number; name: string }[];
  const loire = spaces.find((s) => s.name === 'Salle Loire');
  if (!loire) throw new Error('Salle Loire is in the catalogue');
  const day = openDay(1);
  await tenant.goto(`${EMPTY_BASE_URL}/book/confirm?space=${loire.id}&date=${day}&from=10%3A00&to=11%3A00&people=6`);
  await expect(h1(tenant)).toHaveText('Confirmer la réservation');
  // One hour at the hosted structures' 20 €.
  await expect(mainRegion(tenant).locator('table.price-table tfoot')).toContainText('20,00');
  await field(tenant, 'Titre').fill('Assemblée de la Fabrique');
  await mainRegion(tenant).getByRole('button', { name: 'Confirmer la réservation' }).click();
  await expect(status(tenant)).toHaveText(whole('Réservation enregistrée.'));
  await expect(mainRegion(tenant).getByRole('row').filter({ hasText: 'Assemblée de la Fabrique' })).toContainText('Salle Loire');

  // The plan of the first floor at 10:30 that day shows the room busy until 11:00.
  await tenant.goto(`${EMPTY_BASE_URL}/book/plan?site=solilab&floor=1`);
  await field(tenant, 'Jour').fill(day);
  await field(tenant, 'Heure').fill('10:30');
  await mainRegion(tenant).getByRole('button', { name: 'Voir le plan à ce moment' }).click();
  await expect(tenant).toHaveURL(/date=.*time=10%3A30/);
  const room = tenant.locator('svg.plan-svg').getByRole('link', { name: "Salle Loire : Occupé jusqu'à 11:00" });
  await expect(room).toBeVisible();
  await expect(room.locator('rect')).toHaveClass(/plan-busy/);
  await expect(mainRegion(tenant).getByRole('heading', { level: 3, name: 'Occupés (1)' })).toBeVisible();
  // At 11:30 it is free again.
  await field(tenant, 'Heure').fill('11:30');
  await mainRegion(tenant).getByRole('button', { name: 'Voir le plan à ce moment' }).click();
  await expect(tenant.locator('svg.plan-svg').getByRole('link', { name: /^Salle Loire : Libre/ })).toBeVisible();
});
