// The public calendar, read by a visitor with JavaScript off: the month, the list, an event's
// page with its coming dates and access facts, and the address to subscribe to.
import { expect, test } from '@playwright/test';
import { h1, mainRegion } from './support';

test.use({ javaScriptEnabled: false });

test('a visitor without JavaScript reads the calendar and the market page', async ({ page }) => {
  await page.goto('/calendar?month=2026-12');
  await expect(h1(page)).toHaveText('Marchés et événements');
  const month = mainRegion(page).getByRole('table', { name: 'décembre 2026' });
  await expect(month).toBeVisible();
  await expect(month.getByRole('columnheader')).toHaveCount(7);
  // Christmas Eve's market moves to the Wednesday and says so.
  const moved = month.getByRole('cell').filter({ hasText: /^\s*23/ });
  await expect(moved).toContainText('Marché paysan du Solilab');
  await expect(moved).toContainText('date déplacée');
  await expect(month.getByRole('cell').filter({ hasText: /^\s*31/ })).not.toContainText('Marché paysan');
  await expect(mainRegion(page).getByRole('link', { name: "S'abonner au calendrier" })).toHaveAttribute('href', /^webcal:\/\/.+\/calendar\.ics$/);

  await mainRegion(page).getByRole('link', { name: 'Mois suivant →' }).click();
  await expect(mainRegion(page).getByRole('table', { name: 'janvier 2027' })).toBeVisible();

  await mainRegion(page).getByRole('link', { name: 'Marché paysan du Solilab' }).first().click();
  await expect(h1(page)).toHaveText('Marché paysan du Solilab');
  await expect(mainRegion(page)).toContainText('Accès et accessibilité');
  await expect(mainRegion(page)).toContainText('accessible en fauteuil');
  await expect(mainRegion(page).getByRole('heading', { name: 'Les producteurs' })).toBeVisible();
  await expect(mainRegion(page).getByRole('rowheader', { name: /La Ferme du Marais/ })).toBeVisible();
  const data = await page.locator('script[type="application/ld+json"]').textContent();
  const events = JSON.parse(data ?? '[]') as Array<{ '@type': string; name: string }>;
  expect(events.length).toBeGreaterThan(0);
  expect(events[0]['@type']).toBe('Event');
});

test('the list of coming events reads in English too', async ({ page }) => {
  await page.goto('/calendar?view=list&kind=event&lang=en');
  await expect(h1(page)).toHaveText('Markets and events');
  await expect(mainRegion(page).getByRole('link', { name: 'List of the next 90 days' })).toHaveAttribute('aria-current', 'page');
  await page.goto('/events/braderie?lang=en');
  await expect(h1(page)).toHaveText('La Braderie des Ecossolies');
  await expect(mainRegion(page).getByRole('heading', { name: 'The editions' })).toBeVisible();
  await expect(mainRegion(page).getByRole('table', { name: /exhibitors of 2026/ })).toBeVisible();
});
