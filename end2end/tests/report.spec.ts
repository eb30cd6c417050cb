// After the day: a manager opens the 2024 Braderie's report from the event page, records a
// visitor count, sees it in the figures, deletes it after confirming; an accepted exhibitor
// opens its stall fee statement from its follow page.
import { expect, test } from '@playwright/test';
import { DEMO, h1, mainRegion, signIn } from './support';

test('a manager records a visitor count on the report and deletes it after confirming', async ({ page }) => {
  const entrance = `Porte ${Date.now()}`;
  await signIn(page, DEMO.manager);
  await page.goto('/events/braderie');
  await mainRegion(page).getByRole('link', { name: 'Bilan', exact: true }).first().click();
  await expect(h1(page)).toContainText('Bilan de La Braderie des Ecossolies');
  await mainRegion(page).getByRole('table', { name: 'Édition par édition' }).getByRole('link', { name: '2024', exact: true }).click();
  await expect(h1(page)).toHaveText('Bilan de La Braderie des Ecossolies 2024');
  await expect(mainRegion(page).getByRole('img', { name: 'Visiteurs par entrée' })).toBeVisible();
  await expect(mainRegion(page).getByRole('img', { name: 'Exposants par secteur' })).toBeVisible();

  const form = mainRegion(page).locator('form.count-form');
  await form.getByLabel('Entrée').fill(entrance);
  await form.getByLabel('Heure').selectOption({ label: '14:00–15:00' });
  await form.getByLabel('Visiteurs').fill('321');
  await form.getByRole('button', { name: 'Enregistrer le comptage' }).click();
  await expect(mainRegion(page).getByRole('status')).toContainText('Comptage enregistré.');
  const row = mainRegion(page).getByRole('table', { name: 'Comptages enregistrés' }).getByRole('row').filter({ hasText: entrance });
  await expect(row).toContainText('321');

  await row.getByRole('link', { name: /Supprimer/ }).click();
  const dialog = mainRegion(page).getByRole('alertdialog', { name: 'Supprimer ce comptage ?' });
  await expect(dialog).toContainText(entrance);
  await dialog.getByRole('button', { name: 'Oui, supprimer' }).click();
  await expect(mainRegion(page).getByRole('status')).toContainText('Comptage supprimé.');
  await expect(mainRegion(page).getByRole('table', { name: 'Comptages enregistrés' })).not.toContainText(entrance);
});

test('an accepted exhibitor opens its fee statement', async ({ page }) => {
  const answer = await page.request.get('/api/v1/events?kind=event&from=2024-06-01&to=2024-06-30');
  const days = (await answer.json()) as Array<{ slug: string; event_id: number }>;
  const braderie = days.find((d) => d.slug === 'braderie');
  expect(braderie).toBeDefined();
  await page.goto(`/applications/demo-${braderie?.event_id}-2024-0`);
  await mainRegion(page).getByRole('link', { name: 'Voir le relevé des droits de place' }).click();
  await expect(h1(page)).toContainText(/Relevé des droits de place n°\s+BRADERIE-2024-/);
  const lines = mainRegion(page).getByRole('table', { name: 'Détail' });
  await expect(lines).toContainText('Total dû');
  await expect(mainRegion(page).getByRole('button', { name: 'Imprimer' })).toBeVisible();
});
