// Bookings: a tenant finds a room, books it, sees it and cancels it; a double booking is refused
// with the French conflict message and a free slot offered instead; a manager approves a request
// for an event space and the requester is mailed.
//
// The server's database is shared by the whole run: each test books slots no other test uses.
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { iso, isHoliday, openDay, parisToday } from './days';
import { readOutbox } from './mailbox';
import { DEMO, h1, mainRegion, signIn, startsWith, whole } from './support';

const status = (page: Page): Locator => mainRegion(page).getByRole('status');

const errorSummary = (page: Page): Locator =>
  mainRegion(page)
    .getByRole('alert')
    .filter({ has: page.getByRole('heading', { name: whole('Il y a un problème') }) });

/** The confirmation page of `space` (by id) on `date` from `from` to `to`. */
const confirmUrl = (space: number, date: string, from: string, to: string, people: number): string =>
  `/book/confirm?space=${space}&date=${date}&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&people=${people}`;

/** The id of the space named `name`, read from the catalogue's API. */
async function spaceId(page: Page, name: string): Promise<number> {
  const response = await page.request.get('/api/v1/spaces');
  const spaces = (await response.json()) as { id: number; name: string }[];
  const space = spaces.find((s) => s.name === name);
  if (!space) throw new Error(`no space named ${name}`);
  return space.id;
}

/** A signed-in page in a browser context of its own. */
async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test('a tenant finds a room for 8 people tomorrow afternoon, books it, sees it and cancels it', async ({ page }) => {
  await signIn(page, DEMO.tenant);
  await page.goto('/book');
  await expect(h1(page)).toHaveText(whole('Réserver un espace'));
  const search = page.getByRole('search');
  await search.getByLabel('Nombre de personnes').fill('8');
  await search.getByLabel('Jour').fill(openDay(1));
  await search.getByLabel('De', { exact: true }).fill('14:00');
  await search.getByLabel('À', { exact: true }).fill('16:00');
  await search.getByRole('button', { name: 'Chercher' }).click();

  await expect(mainRegion(page).getByRole('heading', { level: 2, name: startsWith('Espaces libres') })).toBeVisible();
  const results = mainRegion(page).locator('ul.results > li');
  // The smallest room that seats eight comes first; rooms for fewer are not offered.
  await expect(results.first().getByRole('heading', { level: 3 })).toHaveText(whole('Salle Chézine'));
  await expect(mainRegion(page).getByText('Salle Cens', { exact: true })).toHaveCount(0);
  await results.first().getByRole('link', { name: startsWith('Réserver') }).click();

  await expect(h1(page)).toHaveText(whole('Confirmer la réservation'));
  // The price before confirming: two hours at 14 € for a hosted structure.
  await expect(mainRegion(page).locator('table.price-table tfoot')).toContainText('28,00');
  await mainRegion(page).getByLabel('Titre').fill('Atelier compostage');
  await mainRegion(page).getByRole('button', { name: 'Confirmer la réservation' }).click();

  await expect(page).toHaveURL((url) => url.pathname === '/bookings');
  await expect(status(page)).toHaveText(whole('Réservation enregistrée.'));
  const row = mainRegion(page).getByRole('row').filter({ hasText: 'Atelier compostage' });
  await expect(row).toContainText('Salle Chézine');
  await expect(row).toContainText('Confirmée');

  await row.getByRole('link', { name: startsWith('Annuler') }).click();
  const confirm = mainRegion(page).getByText('Annuler cette réservation ?');
  await expect(confirm).toBeVisible();
  await mainRegion(page).getByRole('button', { name: 'Oui, annuler' }).click();
  await expect(status(page)).toHaveText(whole('Réservation annulée.'));
  const history = mainRegion(page).getByRole('row').filter({ hasText: 'Atelier compostage' });
  await expect(history).toContainText('Annulée');
  await expect(history.getByRole('link', { name: startsWith('Annuler') })).toHaveCount(0);
});

test('a double booking shows the French conflict message with a free slot instead', async ({ browser }) => {
  const first = await signedInPage(browser, DEMO.tenant);
  const second = await signedInPage(browser, DEMO.tenant2);
  const cens = await spaceId(first, 'Salle Cens');
  const day = openDay(2);
  const url = confirmUrl(cens, day, '10:00', '11:00', 4);

  // The second tenant opens the form while the slot is still free…
  await second.goto(url);
  await expect(second.locator('table.price-table')).toBeVisible();
  // …the first books it meanwhile…
  await first.goto(url);
  await mainRegion(first).getByLabel('Titre').fill('Comité de pilotage');
  await mainRegion(first).getByRole('button', { name: 'Confirmer la réservation' }).click();
  await expect(status(first)).toHaveText(whole('Réservation enregistrée.'));
  // …and the second one's confirmation is refused, with the nearest free slot offered.
  await mainRegion(second).getByLabel('Titre').fill('Réunion de bureau');
  await mainRegion(second).getByRole('button', { name: 'Confirmer la réservation' }).click();
  const summary = errorSummary(second);
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('Ce créneau est déjà pris. Le plus proche libre :');
  // 09:00–10:00 and 11:00–12:00 are as near; the earlier one is offered first.
  await expect(summary).toContainText('09:00–10:00');
  await mainRegion(second).getByRole('link', { name: 'Prendre ce créneau' }).click();
  await expect(second).toHaveURL((u) => u.searchParams.get('from') === '09:00' && u.searchParams.get('to') === '10:00');
  await mainRegion(second).getByLabel('Titre').fill('Réunion de bureau');
  await mainRegion(second).getByRole('button', { name: 'Confirmer la réservation' }).click();
  await expect(status(second)).toHaveText(whole('Réservation enregistrée.'));
});

test('a manager approves a pending request for an event space, and the requester is told', async ({ browser }) => {
  const tenant = await signedInPage(browser, DEMO.tenant);
  const patio = await spaceId(tenant, 'Le Patio');
  const title = `Forum des associations ${Date.now()}`;
  await tenant.goto(confirmUrl(patio, openDay(4), '09:00', '12:00', 80));
  await expect(mainRegion(tenant).getByText(startsWith('Cet espace est attribué après validation'))).toBeVisible();
  await mainRegion(tenant).getByLabel('Titre').fill(title);
  await mainRegion(tenant).getByRole('button', { name: 'Confirmer la réservation' }).click();
  const mine = mainRegion(tenant).getByRole('row').filter({ hasText: title });
  await expect(mine).toContainText('En attente de validation');

  const manager = await signedInPage(browser, DEMO.manager);
  await manager.goto('/admin/bookings');
  await expect(h1(manager)).toHaveText(whole('Demandes de réservation'));
  const request = mainRegion(manager).locator('li.panel').filter({ hasText: title });
  await expect(request).toContainText('Le Patio');
  await request.getByRole('button', { name: startsWith('Accepter') }).click();
  await expect(status(manager)).toHaveText(startsWith('Demande acceptée'));
  await expect(mainRegion(manager).locator('li.panel').filter({ hasText: title })).toHaveCount(0);

  await tenant.reload();
  await expect(mainRegion(tenant).getByRole('row').filter({ hasText: title })).toContainText('Confirmée');
  await expect
    .poll(async () => {
      const mails = await readOutbox();
      return mails.some(
        (m) => m.headers.to?.includes(DEMO.tenant) && m.headers.subject === 'Réservation confirmée : Le Patio' && m.bodies.some((b) => b.includes(title)),
      );
    }, { timeout: 15_000 })
    .toBe(true);
});

test('the day grid shows every room by the half-hour, and a free half-hour books from there', async ({ page }) => {
  await signIn(page, DEMO.tenant);
  const day = openDay(3);
  await page.goto(`/book/grid?date=${day}`);
  await expect(h1(page)).toHaveText(whole('Grille du jour'));
  const grid = mainRegion(page).getByRole('table');
  await expect(grid.getByRole('rowheader', { name: startsWith('Salle Sèvre') })).toBeVisible();
  await grid.getByRole('link', { name: 'Salle Sèvre, 10:00 : libre, réserver' }).click();
  await expect(h1(page)).toHaveText(whole('Confirmer la réservation'));
  await expect(mainRegion(page).locator('.lead')).toContainText('10:00–11:00');
  await mainRegion(page).getByLabel('Titre').fill('Point hebdomadaire');
  await mainRegion(page).getByRole('button', { name: 'Confirmer la réservation' }).click();
  await expect(status(page)).toHaveText(whole('Réservation enregistrée.'));

  await page.goto(`/book/grid?date=${day}`);
  await expect(grid.getByRole('link', { name: 'Salle Sèvre, 10:00 : libre, réserver' })).toHaveCount(0);
  await expect(grid.getByRole('link', { name: 'Salle Sèvre, 11:00 : libre, réserver' })).toBeVisible();
});

/** Days `n` after the ISO date `date`. */
const plusDays = (date: string, n: number): string => iso(new Date(new Date(`${date}T00:00:00Z`).getTime() + n * 86_400_000));

/** An open weekday, `ahead` days from today or later, whose next week's same day is open too. */
/**
 * The first open day, `ahead` days from today or later, such that the same weekday of each of
 * the `weeks - 1` following weeks is open too (no public holiday falls on any of them).
 */
function openWeeks(ahead: number, weeks: number): string {
  const closedLater = (day: string): boolean =>
    Array.from({ length: weeks - 1 }, (_, i) => plusDays(day, 7 * (i + 1))).some((d) =>
      isHoliday(new Date(`${d}T00:00:00Z`)),
    );
  let day = openDay(ahead);
  while (closedLater(day)) day = openDay(daysFromToday(day) + 1);
  return day;
}

function daysFromToday(date: string): number {
  return Math.round((new Date(`${date}T00:00:00Z`).getTime() - parisToday().getTime()) / 86_400_000);
}

test('a weekly booking lists the date in the way, books the others, moves one and cancels the rest', async ({ browser }) => {
  const tenant = await signedInPage(browser, DEMO.tenant);
  const other = await signedInPage(browser, DEMO.tenant2);
  const loire = await spaceId(tenant, 'Salle Loire');
  // Four weekly dates, none of them a public holiday: only the one another structure holds
  // is in the way.
  const first = openWeeks(8, 4);
  const second = plusDays(first, 7);
  const title = `Cercle de lecture ${Date.now()}`;

  // Another structure already has the room on the second week.
  await other.goto(confirmUrl(loire, second, '17:00', '18:00', 6));
  await mainRegion(other).getByLabel('Titre').fill('Permanence juridique');
  await mainRegion(other).getByRole('button', { name: 'Confirmer la réservation' }).click();
  await expect(status(other)).toHaveText(whole('Réservation enregistrée.'));

  await tenant.goto(confirmUrl(loire, first, '17:00', '18:00', 6));
  const repeat = mainRegion(tenant).getByRole('group', { name: 'Répéter cette réservation' });
  await repeat.getByLabel('Fréquence').selectOption('weekly');
  await repeat.getByLabel("Jusqu'au (inclus)").fill(plusDays(first, 21));
  await mainRegion(tenant).getByRole('button', { name: 'Voir les dates' }).click();

  const dates = mainRegion(tenant).locator('table.series-table');
  await expect(dates.getByRole('row')).toHaveCount(6); // head, four dates, total
  const inTheWay = dates.locator('tr.date-in-the-way');
  await expect(inTheWay.first()).toContainText('Écartée : Ce créneau est déjà pris.');
  const dropped = await inTheWay.count();
  const booked = 4 - dropped;
  await expect(mainRegion(tenant).getByRole('status').first()).toHaveText(whole(`${booked} date(s) à réserver, ${dropped} écartée(s).`));
  await mainRegion(tenant).getByLabel('Titre').fill(title);
  await mainRegion(tenant).getByRole('button', { name: 'Réserver ces dates' }).click();

  await expect(tenant).toHaveURL((url) => url.pathname === '/bookings');
  await expect(status(tenant)).toHaveText(whole(`Série enregistrée : ${booked} date(s) réservée(s).`));
  const rows = mainRegion(tenant).getByRole('row').filter({ hasText: title });
  await expect(rows).toHaveCount(booked);
  await expect(rows.first()).toContainText('Série');

  // One date moves alone, an hour later.
  await rows.first().getByRole('link', { name: startsWith('Déplacer') }).click();
  await expect(h1(tenant)).toHaveText(whole('Déplacer une réservation'));
  await expect(mainRegion(tenant).getByText('Seule cette date de la série est déplacée.')).toBeVisible();
  await mainRegion(tenant).getByLabel('De', { exact: true }).fill('18:00');
  await mainRegion(tenant).getByLabel('À', { exact: true }).fill('19:00');
  await mainRegion(tenant).getByRole('button', { name: 'Déplacer' }).click();
  await expect(status(tenant)).toHaveText(whole('Réservation déplacée.'));
  await expect(rows.first()).toContainText('18:00–19:00');
  await expect(rows.nth(1)).toContainText('17:00–18:00');

  // Cancelling the series asks first, then cancels every coming date.
  await rows.first().getByRole('link', { name: startsWith('Annuler la série') }).click();
  await expect(mainRegion(tenant).getByText('Annuler toutes les dates à venir de cette série ?')).toBeVisible();
  await mainRegion(tenant).getByRole('button', { name: 'Oui, annuler' }).click();
  await expect(status(tenant)).toHaveText(whole(`Série annulée : ${booked} date(s) à venir annulée(s).`));
  await expect(mainRegion(tenant).getByRole('row').filter({ hasText: title }).filter({ hasText: 'Confirmée' })).toHaveCount(0);
});

test('a tenant makes a private calendar address, reads it once, and revokes it', async ({ page }) => {
  await signIn(page, DEMO.tenant2);
  await page.goto('/bookings');
  await mainRegion(page).getByRole('link', { name: 'Dans mon agenda' }).click();
  await expect(h1(page)).toHaveText(whole('Nos réservations dans votre agenda'));
  await mainRegion(page).getByRole('button', { name: "Créer une adresse d'agenda" }).click();

  await expect(mainRegion(page).getByText('Copiez-la maintenant')).toBeVisible();
  const address = await mainRegion(page).getByLabel('Adresse', { exact: true }).inputValue();
  expect(address).toMatch(/\/calendar\/bookings\/cal_[0-9a-f]{64}\.ics$/);
  await expect(mainRegion(page).getByRole('link', { name: "S'abonner dans mon agenda" })).toHaveAttribute('href', /^webcal:\/\//);
  const feed = await page.request.get(address);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');

  // Shown once: a reload lists the address without it.
  await page.reload();
  await expect(mainRegion(page).getByText('Copiez-la maintenant')).toHaveCount(0);
  const row = mainRegion(page).getByRole('row').filter({ hasText: 'Créée le' });
  await expect(row).toHaveCount(1);
  await row.getByRole('link', { name: 'Révoquer' }).click();
  await expect(mainRegion(page).getByText(startsWith('Révoquer cette adresse ?'))).toBeVisible();
  await mainRegion(page).getByRole('button', { name: 'Oui, révoquer' }).click();
  await expect(status(page)).toHaveText(whole('Adresse révoquée.'));
  expect((await page.request.get(address)).status()).toBe(404);
});

test('the floor plan shows each room free or busy now, and leads to its week to book', async ({ page }) => {
  await signIn(page, DEMO.tenant);
  await page.goto('/book');
  await mainRegion(page).getByRole('link', { name: 'Plan des étages' }).click();
  await expect(h1(page)).toHaveText(whole('Plan des étages'));
  const floors = mainRegion(page).getByRole('navigation', { name: 'Étages' });
  await expect(floors.getByRole('link', { name: 'Rez-de-chaussée' })).toHaveAttribute('aria-current', 'page');
  await expect(mainRegion(page).getByRole('link', { name: startsWith('Salle Loire :') }).first()).toBeVisible();
  await floors.getByRole('link', { name: '1er étage' }).click();
  await expect(floors.getByRole('link', { name: '1er étage' })).toHaveAttribute('aria-current', 'page');
  await expect(mainRegion(page).getByRole('heading', { name: 'En bref' })).toBeVisible();

  await mainRegion(page).locator('svg').getByRole('link', { name: startsWith('Salle Sèvre :') }).click();
  await expect(h1(page)).toHaveText(whole("Planning de l'espace"));
  await expect(mainRegion(page).locator('table caption')).toContainText('Salle Sèvre : semaine du');
  await mainRegion(page).getByRole('link', { name: 'Semaine suivante' }).click();
  const free = mainRegion(page).getByRole('link', { name: /^Salle Sèvre, .+ à 16:00 : libre, réserver$/ }).first();
  await free.click();
  await expect(h1(page)).toHaveText(whole('Confirmer la réservation'));
  await expect(mainRegion(page).locator('.lead').first()).toContainText('16:00–17:00');
});

test('a tenant waits for a taken slot, is mailed when it frees, and books it from the link', async ({ browser }) => {
  const holder = await signedInPage(browser, DEMO.tenant);
  const waiter = await signedInPage(browser, DEMO.tenant2);
  const goulaine = await spaceId(holder, 'Salle Goulaine');
  const day = openDay(6);
  const url = confirmUrl(goulaine, day, '11:00', '12:00', 4);
  const title = `Atelier d'écriture ${Date.now()}`;

  await holder.goto(url);
  await mainRegion(holder).getByLabel('Titre').fill('Réunion de trésorerie');
  await mainRegion(holder).getByRole('button', { name: 'Confirmer la réservation' }).click();
  await expect(status(holder)).toHaveText(whole('Réservation enregistrée.'));

  // The slot is taken: the second tenant asks to be told.
  await waiter.goto(url);
  const wait = mainRegion(waiter).locator('form.waitlist-form');
  await expect(wait.getByRole('heading', { name: 'Être prévenu si ce créneau se libère' })).toBeVisible();
  await wait.getByLabel('Objet de la réunion').fill(title);
  await wait.getByRole('button', { name: 'Me prévenir' }).click();
  await expect(status(waiter)).toHaveText(startsWith("C'est noté"));
  await expect(mainRegion(waiter).locator('li').filter({ hasText: title })).toContainText('En attente');

  // The holder cancels; the first in line is mailed a link that holds the slot.
  const row = mainRegion(holder).getByRole('row').filter({ hasText: 'Réunion de trésorerie' });
  await row.getByRole('link', { name: startsWith('Annuler') }).first().click();
  await mainRegion(holder).getByRole('button', { name: 'Oui, annuler' }).click();
  await expect(status(holder)).toHaveText(whole('Réservation annulée.'));
  let link = '';
  await expect
    .poll(async () => {
      const mails = await readOutbox();
      const offer = mails.find((m) => m.headers.to?.includes(DEMO.tenant2) && m.headers.subject === 'Créneau libéré : Salle Goulaine' && m.bodies.some((b) => b.includes(title)));
      const found = offer?.bodies.join('\n').match(/https?:\/\/\S+\/book\/offer\?token=wl_[0-9a-f]+/);
      link = found ? found[0] : '';
      return link !== '';
    }, { timeout: 30_000 })
    .toBe(true);

  await waiter.goto(link);
  await expect(h1(waiter)).toHaveText(whole("Un créneau s'est libéré pour vous"));
  await mainRegion(waiter).getByRole('button', { name: 'Réserver ce créneau' }).click();
  await expect(status(waiter)).toHaveText(whole('Réservation enregistrée.'));
  await expect(mainRegion(waiter).getByRole('row').filter({ hasText: title })).toContainText('Confirmée');
});

test('a manager closes the site for a day, tenants cannot book it, then it reopens', async ({ browser }) => {
  const manager = await signedInPage(browser, DEMO.manager);
  const tenant = await signedInPage(browser, DEMO.tenant);
  const day = openDay(20);
  await manager.goto('/admin/bookings');
  await mainRegion(manager).getByRole('link', { name: 'Fermetures des sites' }).click();
  await expect(h1(manager)).toHaveText(whole('Fermetures des sites'));
  await mainRegion(manager).getByLabel('Premier jour fermé').fill(day);
  await mainRegion(manager).getByLabel('Dernier jour fermé').fill(day);
  await mainRegion(manager).getByLabel('Motif').fill('Inventaire annuel');
  await mainRegion(manager).getByRole('button', { name: 'Enregistrer la fermeture' }).click();
  await expect(status(manager)).toHaveText(whole('Fermeture enregistrée.'));
  const row = mainRegion(manager).getByRole('row').filter({ hasText: 'Inventaire annuel' });
  await expect(row).toContainText('Solilab');

  const cens = await spaceId(tenant, 'Salle Cens');
  await tenant.goto(confirmUrl(cens, day, '15:00', '16:00', 4));
  await expect(mainRegion(tenant).getByRole('alert')).toContainText('Inventaire annuel');

  await row.getByRole('link', { name: startsWith('Rouvrir') }).click();
  await expect(mainRegion(manager).getByText(startsWith('Supprimer cette fermeture ?'))).toBeVisible();
  await mainRegion(manager).getByRole('button', { name: 'Oui, rouvrir' }).click();
  await expect(status(manager)).toHaveText(whole('Fermeture supprimée.'));
  await tenant.reload();
  await expect(tenant.locator('table.price-table')).toBeVisible();
});

test("a manager changes a room's booking rules from its page", async ({ page }) => {
  await signIn(page, DEMO.manager);
  const sevre = await spaceId(page, 'Salle Sèvre');
  await page.goto(`/spaces/${sevre}`);
  await mainRegion(page).getByRole('link', { name: 'Règles de réservation' }).click();
  await expect(h1(page)).toHaveText(whole('Règles de réservation'));
  await expect(mainRegion(page).getByLabel('Lundi : Ouvre à')).toHaveValue('08:00');
  await mainRegion(page).getByLabel('Samedi : Ouvre à').fill('09:00');
  await mainRegion(page).getByLabel('Samedi : Ferme à').fill('13:00');
  await mainRegion(page).getByLabel('Durée minimale (minutes)').fill('60');
  await mainRegion(page).getByRole('button', { name: 'Enregistrer les règles' }).click();
  await expect(status(page)).toHaveText(startsWith('Règles enregistrées.'));
  await expect(mainRegion(page).getByLabel('Samedi : Ferme à')).toHaveValue('13:00');
  await expect(mainRegion(page).getByLabel('Durée minimale (minutes)')).toHaveValue('60');

  // A rule broken is named on its field.
  await mainRegion(page).getByLabel('Frais d’annulation tardive (% du prix)').or(mainRegion(page).getByLabel("Frais d'annulation tardive (% du prix)")).fill('150');
  await mainRegion(page).getByRole('button', { name: 'Enregistrer les règles' }).click();
  await expect(errorSummary(page)).toContainText('Indiquez un nombre entier entre 0 et 100.');
});
