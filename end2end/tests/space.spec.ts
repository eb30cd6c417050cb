// The page of one space (/spaces/{id}), always reached from the catalogue (ids are not hard-coded).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { TEXT, cardLink, h1, whole, type Lang } from './support';

/** The <dd> that follows the <dt> reading `term` in the facts list. */
const fact = (page: Page, term: string): Locator =>
  page
    .locator('dl.facts dt')
    .filter({ hasText: whole(term) })
    .locator('xpath=./following-sibling::dd[1]');

/** The link back to the catalogue in the page (not the one of the header, nor of a footer). */
const breadcrumbLink = (page: Page, name: string): Locator =>
  page
    .getByRole('link', { name, exact: true })
    .and(page.locator(':not(header.site-header *):not(footer *)'));

async function openFromCatalogue(page: Page, query: string, name: string): Promise<void> {
  await page.goto(`/spaces?${query}`);
  const link = cardLink(page, name);
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL((url) => /^\/spaces\/[^/]+$/.test(url.pathname));
}

const LABELS: Record<Lang, { capacity: string; people: (n: number) => string; hosted: string }> = {
  fr: { capacity: 'Capacité', people: (n) => `${n} personnes`, hosted: 'Structure hébergée' },
  en: { capacity: 'Capacity', people: (n) => `${n} people`, hosted: 'Hosted structure' },
};

test.describe("Page d'un espace", () => {
  test('Salle Loire : capacité, tarifs et retour au catalogue', async ({ page }) => {
    await openFromCatalogue(page, 'site=&kind=meeting_room&min_capacity=15', 'Salle Loire');

    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(h1(page)).toHaveText('Salle Loire');
    await expect(page).toHaveTitle(/Solilab/);
    await expect(fact(page, LABELS.fr.capacity)).toHaveText(whole(LABELS.fr.people(40)));

    const rates = page.locator('table.rates');
    await expect(rates).toBeVisible();
    await expect(rates.locator('th').filter({ hasText: whole(LABELS.fr.hosted) })).toHaveCount(1);

    const back = breadcrumbLink(page, TEXT.fr.spaces);
    await expect(back).toBeVisible();
    await back.click();
    await expect(page).toHaveURL((url) => url.pathname === '/spaces');
    await expect(h1(page)).toHaveText(TEXT.fr.catalogueTitle);
  });

  test('Salle Erdre accueille 20 personnes', async ({ page }) => {
    await openFromCatalogue(page, 'site=&kind=meeting_room&min_capacity=15', 'Salle Erdre');
    await expect(h1(page)).toHaveText('Salle Erdre');
    await expect(fact(page, LABELS.fr.capacity)).toHaveText(whole(LABELS.fr.people(20)));
  });

  test("la salle de L'Écorce accueille 14 personnes", async ({ page }) => {
    await openFromCatalogue(page, 'site=ecorce&kind=meeting_room&min_capacity=', "Salle de l'Atelier");
    await expect(h1(page)).toHaveText(whole("Salle de l'Atelier"));
    await expect(fact(page, LABELS.fr.capacity)).toHaveText(whole(LABELS.fr.people(14)));
    await expect(page.locator('table.rates')).toBeVisible();
  });

  test('chaque espace a sa propre page', async ({ page }) => {
    await page.goto('/spaces?site=solilab&kind=event_space&min_capacity=');
    const nef = await cardLink(page, 'La Nef').getAttribute('href');
    const patio = await cardLink(page, 'Le Patio').getAttribute('href');
    expect(nef).toBeTruthy();
    expect(nef).not.toBe(patio);

    await cardLink(page, 'Le Patio').click();
    await expect(h1(page)).toHaveText('Le Patio');
    await page.goBack();
    await cardLink(page, 'La Nef').click();
    await expect(h1(page)).toHaveText('La Nef');
  });
});

test.describe('Space page (English)', () => {
  test('Salle Loire in English', async ({ page }) => {
    await page.goto('/?lang=en');
    await openFromCatalogue(page, 'site=&kind=meeting_room&min_capacity=15', 'Salle Loire');

    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(h1(page)).toHaveText('Salle Loire');
    await expect(fact(page, LABELS.en.capacity)).toHaveText(whole(LABELS.en.people(40)));
    await expect(page.locator('table.rates th').filter({ hasText: whole(LABELS.en.hosted) })).toHaveCount(1);

    await breadcrumbLink(page, TEXT.en.spaces).click();
    await expect(page).toHaveURL((url) => url.pathname === '/spaces');
    await expect(h1(page)).toHaveText(TEXT.en.catalogueTitle);
  });
});
