// Exhibitors: an applicant applies to the coming Braderie through the public form, a manager
// accepts the application, publishes the list and gives a stall on the plan, and visitors then
// read the exhibitor with its stall number on the event's page.
import { expect, test } from '@playwright/test';
import { DEMO, h1, mainRegion, signIn } from './support';

test('an applicant applies, a manager accepts and places the exhibitor, visitors see it listed', async ({ page, browser }) => {
  const organisation = `Les Vélos d'Ici ${Date.now()}`;
  await page.goto('/events/braderie');
  await mainRegion(page).getByRole('link', { name: 'Candidater comme exposant' }).click();
  const form = mainRegion(page);
  await form.getByLabel('Nom de la structure').fill(organisation);
  await page.locator('#application-legal_form').selectOption('scop');
  await page.locator('#application-sector').selectOption('reuse_resources');
  await form.getByLabel('Personne à contacter').fill('Awa Diallo');
  await form.getByLabel('E-mail', { exact: true }).fill('velos@example.org');
  await form.getByLabel('Ce que vous vendez').fill('Vélos reconditionnés et pièces détachées');
  await page.locator('#application-stall_type_id').check();
  await form.getByRole('button', { name: 'Envoyer ma candidature' }).click();
  await expect(page).toHaveURL(/\/applications\/ex_[0-9a-f]+\?sent=1/);
  await expect(mainRegion(page)).toContainText('Candidature reçue');

  const manager = await browser.newPage();
  await signIn(manager, DEMO.manager);
  await manager.goto('/events/braderie');
  await mainRegion(manager).getByRole('link', { name: 'Candidatures', exact: true }).first().click();
  await mainRegion(manager).getByRole('checkbox', { name: `Choisir ${organisation}` }).check();
  await mainRegion(manager).getByRole('button', { name: 'Accepter', exact: true }).click();
  await expect(mainRegion(manager).getByRole('status')).toContainText('1 candidature mise à jour');
  await mainRegion(manager).getByRole('button', { name: 'Publier la liste des exposants' }).click();
  await expect(mainRegion(manager).getByRole('status')).toContainText('La liste des exposants est publiée.');

  await mainRegion(manager).getByRole('link', { name: 'Plan des stands' }).first().click();
  await expect(h1(manager)).toContainText('Plan des stands');
  await mainRegion(manager).getByRole('table').getByRole('link', { name: '150', exact: true }).click();
  const holder = mainRegion(manager).getByLabel('Exposant accepté sans stand');
  const value = await holder.locator('option', { hasText: organisation }).getAttribute('value');
  await holder.selectOption(value ?? '');
  await mainRegion(manager).getByRole('button', { name: 'Attribuer le stand' }).click();
  await expect(mainRegion(manager).getByRole('status')).toContainText('Stand attribué.');
  await manager.close();

  await page.goto('/events/braderie');
  const list = mainRegion(page).getByRole('table', { name: /exposants 2027/ });
  const row = list.getByRole('row').filter({ hasText: organisation });
  await expect(row).toContainText('150');
});
