// Bookings: a tenant finds a room, books it, sees it and cancels it; a double booking is refused
// with the French conflict message and a free slot offered instead; a manager approves a request
// for an event space and the requester is mailed.
//
// The server's database is shared by the whole run: each test books slots no other test uses.
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { readOutbox } from './mailbox';
import { DEMO, h1, mainRegion, signIn, startsWith, whole } from './support';

/** Easter Sunday of `year` (Gregorian computus), as a UTC date. */
function easter(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** Whether `d` is a public holiday in metropolitan France. */
function isHoliday(d: Date): boolean {
  const year = d.getUTCFullYear();
  const fixed = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];
  if (fixed.includes(iso(d).slice(5))) return true;
  const e = easter(year).getTime();
  const day = 86_400_000;
  return [1, 39, 50].some((offset) => iso(new Date(e + offset * day)) === iso(d));
}

/** Today in Paris, as a UTC date at midnight. */
function parisToday(): Date {
  const text = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  return new Date(`${text}T00:00:00Z`);
}

/**
 * The first weekday, `ahead` days from today or later, when meeting rooms are open (not a
 * weekend nor a public holiday): "tomorrow" when tomorrow is such a day.
 */
function openDay(ahead: number): string {
  let d = new Date(parisToday().getTime() + ahead * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6 || isHoliday(d)) {
    d = new Date(d.getTime() + 86_400_000);
  }
  return iso(d);
}

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
