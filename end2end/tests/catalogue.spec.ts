// The space catalogue (/spaces) and its filter form, on the deterministic demo data.
import { expect, test } from '@playwright/test';
import {
  TEXT,
  cardLink,
  cardNames,
  cards,
  expectSpaces,
  filterForm,
  h1,
  isCatalogueUrl,
  optionsOf,
  resultCount,
  whole,
} from './support';

const SOLILAB_MEETING_ROOMS = [
  'Salle Loire', // 40
  'Salle Erdre', // 20
  'Salle Sèvre', // 12
  'Salle Goulaine', // 10
  'Salle Chézine', // 8
  'Salle Cens', // 6
];
const ECORCE_MEETING_ROOMS = ["Salle de l'Atelier"]; // 14

test.describe('Catalogue des espaces', () => {
  test('propose un formulaire de filtre étiqueté', async ({ page }) => {
    const response = await page.goto('/spaces');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(h1(page)).toHaveText(TEXT.fr.catalogueTitle);

    const f = filterForm(page);
    await expect(f.form).toBeVisible();

    await expect(f.site).toHaveAttribute('name', 'site');
    expect(await optionsOf(f.site)).toEqual([
      ['', 'Tous les sites'],
      ['solilab', 'Solilab'],
      ['ecorce', "L'Écorce"],
    ]);
    await expect(f.site).toHaveValue('');

    await expect(f.kind).toHaveAttribute('name', 'kind');
    expect(await optionsOf(f.kind)).toEqual([
      ['', 'Tous les types'],
      ['office', 'Bureau'],
      ['coworking_desk', 'Poste en coworking'],
      ['meeting_room', 'Salle de réunion'],
      ['event_space', 'Espace événementiel'],
      ['storage', 'Stockage'],
      ['commercial', 'Espace commercial'],
    ]);
    await expect(f.kind).toHaveValue('');

    await expect(f.capacity).toHaveAttribute('type', 'number');
    await expect(f.capacity).toHaveAttribute('name', 'min_capacity');
    await expect(f.capacity).toHaveValue('');
    await expect(f.capacity).not.toHaveAttribute('aria-invalid', 'true');

    await expect(f.submit).toBeVisible();
  });

  test('sans filtre, liste tous les espaces avec un lien vers chacun', async ({ page }) => {
    await page.goto('/spaces');
    // At least the 7 meeting rooms and the 2 event spaces of the demo.
    const n = await cards(page).count();
    expect(n).toBeGreaterThanOrEqual(9);
    await expect(resultCount(page)).toHaveText(whole(TEXT.fr.count(n)));
    await expect(page.locator('.empty-state')).toHaveCount(0);

    const hrefs = await cards(page).getByRole('heading', { level: 2 }).getByRole('link').evaluateAll((links) =>
      links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs).toHaveLength(n);
    for (const href of hrefs) expect(href).toMatch(/^\/spaces\/[^/]+$/);
    expect(new Set(hrefs).size).toBe(n);
  });

  test("filtre les salles de réunion d'au moins 15 personnes et garde les choix", async ({ page }) => {
    await page.goto('/spaces');
    const f = filterForm(page);
    await f.kind.selectOption('meeting_room');
    await f.capacity.fill('15');
    await f.submit.click();

    await expect(page).toHaveURL(isCatalogueUrl({ site: '', kind: 'meeting_room', min_capacity: '15' }));
    await expectSpaces(page, ['Salle Loire', 'Salle Erdre']);
    await expect(page.locator('.empty-state')).toHaveCount(0);

    // The form shows what was asked for.
    const g = filterForm(page);
    await expect(g.site).toHaveValue('');
    await expect(g.kind).toHaveValue('meeting_room');
    await expect(g.capacity).toHaveValue('15');
  });

  test('compte les 7 salles de réunion des deux sites', async ({ page }) => {
    await page.goto('/spaces?site=&kind=meeting_room&min_capacity=');
    await expectSpaces(page, [...SOLILAB_MEETING_ROOMS, ...ECORCE_MEETING_ROOMS]);
    await expect(filterForm(page).kind).toHaveValue('meeting_room');
  });

  test('accepte une adresse sans tous les paramètres', async ({ page }) => {
    await page.goto('/spaces?kind=meeting_room&min_capacity=15');
    await expectSpaces(page, ['Salle Loire', 'Salle Erdre']);
  });

  test('la capacité minimale inclut les salles de cette capacité exacte', async ({ page }) => {
    // Salle Sèvre holds 12 and Salle de l'Atelier 14: both fit a need of 12.
    await page.goto('/spaces?site=&kind=meeting_room&min_capacity=12');
    await expectSpaces(page, ['Salle Loire', 'Salle Erdre', 'Salle Sèvre', "Salle de l'Atelier"]);
  });

  test('filtre par site', async ({ page }) => {
    await page.goto('/spaces?site=solilab&kind=meeting_room&min_capacity=');
    await expectSpaces(page, SOLILAB_MEETING_ROOMS);
    await expect(filterForm(page).site).toHaveValue('solilab');

    await page.goto('/spaces?site=ecorce&kind=meeting_room&min_capacity=');
    await expectSpaces(page, ECORCE_MEETING_ROOMS); // "1 espace", singular
    await expect(filterForm(page).site).toHaveValue('ecorce');
  });

  test('trouve les espaces événementiels du Solilab en choisissant par libellé', async ({ page }) => {
    await page.goto('/spaces');
    const f = filterForm(page);
    await f.site.selectOption({ label: 'Solilab' });
    await f.kind.selectOption({ label: 'Espace événementiel' });
    await f.submit.click();

    await expect(page).toHaveURL(isCatalogueUrl({ site: 'solilab', kind: 'event_space', min_capacity: '' }));
    await expectSpaces(page, ['La Nef', 'Le Patio']);
    const g = filterForm(page);
    await expect(g.site).toHaveValue('solilab');
    await expect(g.kind).toHaveValue('event_space');
  });

  test('dit clairement quand rien ne correspond', async ({ page }) => {
    const response = await page.goto('/spaces?site=&kind=meeting_room&min_capacity=500');
    expect(response?.status()).toBe(200);
    await expect(page.locator('.empty-state p')).toHaveText(whole(TEXT.fr.empty));
    await expect(cards(page)).toHaveCount(0);
    await expect(filterForm(page).capacity).toHaveValue('500');
    await expect(filterForm(page).capacity).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('changer de filtre change la liste', async ({ page }) => {
    await page.goto('/spaces?site=&kind=meeting_room&min_capacity=15');
    await expectSpaces(page, ['Salle Loire', 'Salle Erdre']);

    const f = filterForm(page);
    await f.capacity.fill('');
    await f.site.selectOption('ecorce');
    await f.submit.click();
    await expect(page).toHaveURL(isCatalogueUrl({ site: 'ecorce', kind: 'meeting_room', min_capacity: '' }));
    await expectSpaces(page, ECORCE_MEETING_ROOMS);
    await expect(cardLink(page, "Salle de l'Atelier")).toBeVisible();
  });
});

test.describe('Space catalogue (English)', () => {
  test('has an English form with English kinds', async ({ page }) => {
    await page.goto('/spaces?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(h1(page)).toHaveText(TEXT.en.catalogueTitle);

    const f = filterForm(page, 'en');
    expect(await optionsOf(f.site)).toEqual([
      ['', 'All sites'],
      ['solilab', 'Solilab'],
      ['ecorce', "L'Écorce"],
    ]);
    expect(await optionsOf(f.kind)).toEqual([
      ['', 'All kinds'],
      ['office', 'Office'],
      ['coworking_desk', 'Coworking desk'],
      ['meeting_room', 'Meeting room'],
      ['event_space', 'Event space'],
      ['storage', 'Storage'],
      ['commercial', 'Commercial space'],
    ]);
    await expect(f.capacity).toHaveAttribute('name', 'min_capacity');
    await expect(f.submit).toBeVisible();
  });

  test('filters and counts in English', async ({ page }) => {
    await page.goto('/spaces?lang=en');
    const f = filterForm(page, 'en');
    await f.kind.selectOption({ label: 'Meeting room' });
    await f.capacity.fill('15');
    await f.submit.click();

    await expect(page).toHaveURL(isCatalogueUrl({ site: '', kind: 'meeting_room', min_capacity: '15' }));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectSpaces(page, ['Salle Loire', 'Salle Erdre'], 'en');

    await page.goto('/spaces?site=ecorce&kind=meeting_room&min_capacity=');
    await expectSpaces(page, ECORCE_MEETING_ROOMS, 'en'); // "1 space"

    await page.goto('/spaces?site=&kind=meeting_room&min_capacity=500');
    await expect(page.locator('.empty-state p')).toHaveText(whole(TEXT.en.empty));
    await expect(cards(page)).toHaveCount(0);
    expect(await cardNames(page)).toEqual([]);
  });
});
