// Home page, the header shared by every page, and the choice of language.
import { expect, test, type Page } from '@playwright/test';
import { TEXT, h1, langLink, navLink, siteHeader, whole, type Lang } from './support';

/** The parts of the header every page has, in the given language. */
async function expectHeader(page: Page, lang: Lang): Promise<void> {
  const t = TEXT[lang];
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(siteHeader(page)).toBeVisible();
  await expect(siteHeader(page).getByRole('link', { name: /^Solilab\b/ })).toBeVisible();
  await expect(navLink(page, t.home)).toBeVisible();
  await expect(navLink(page, t.spaces)).toBeVisible();
  const current = lang === 'fr' ? 'Français' : 'English';
  const other = lang === 'fr' ? 'English' : 'Français';
  await expect(langLink(page, current)).toHaveAttribute('aria-current', 'true');
  await expect(langLink(page, other)).toBeVisible();
  await expect(langLink(page, other)).not.toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('link', { name: t.skip, exact: true })).toHaveAttribute('href', '#main');
  await expect(page.locator('#main')).toHaveCount(1);
}

test.describe("Page d'accueil", () => {
  test('présente le Solilab en français par défaut', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/Solilab/);
    await expect(h1(page)).toHaveText(whole(TEXT.fr.homeTitle));
    await expectHeader(page, 'fr');
  });

  test('donne les chiffres du Solilab : 60 bureaux et 6 salles de réunion', async ({ page }) => {
    await page.goto('/');
    const items = page.locator('ul.stats').getByRole('listitem');
    await expect(items.filter({ hasText: /bureaux/i }).filter({ hasText: /(^|\D)60(?!\d)/ }).first()).toBeVisible();
    await expect(
      items.filter({ hasText: /salles\s+de\s+réunion/i }).filter({ hasText: /(^|\D)6(?!\d)/ }).first(),
    ).toBeVisible();
  });

  test('mène au catalogue des espaces', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: TEXT.fr.browse, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/spaces');
    await expect(h1(page)).toHaveText(TEXT.fr.catalogueTitle);
  });

  test("le lien d'évitement mène au contenu", async ({ page }) => {
    await page.goto('/');
    const skip = page.getByRole('link', { name: TEXT.fr.skip, exact: true });
    await skip.focus();
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL((url) => url.pathname === '/' && url.hash === '#main');
  });

  test('existe en anglais avec ?lang=en', async ({ page }) => {
    const response = await page.goto('/?lang=en');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/Solilab/);
    await expect(h1(page)).toHaveText(TEXT.en.homeTitle);
    await expectHeader(page, 'en');
    const items = page.locator('ul.stats').getByRole('listitem');
    await expect(items.filter({ hasText: /offices/i }).filter({ hasText: /(^|\D)60(?!\d)/ }).first()).toBeVisible();
    await expect(
      items.filter({ hasText: /meeting\s+rooms/i }).filter({ hasText: /(^|\D)6(?!\d)/ }).first(),
    ).toBeVisible();
    await page.getByRole('link', { name: TEXT.en.browse, exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/spaces');
    await expect(h1(page)).toHaveText(TEXT.en.catalogueTitle);
  });
});

test.describe('En-tête', () => {
  test('est le même sur le catalogue', async ({ page }) => {
    await page.goto('/spaces');
    await expectHeader(page, 'fr');
  });

  test('ses liens mènent aux pages du site', async ({ page }) => {
    await page.goto('/');
    await navLink(page, 'Espaces').click();
    await expect(page).toHaveURL((url) => url.pathname === '/spaces');
    await expect(h1(page)).toHaveText(TEXT.fr.catalogueTitle);

    await navLink(page, 'Accueil').click();
    await expect(page).toHaveURL((url) => url.pathname === '/');
    await expect(h1(page)).toHaveText(whole(TEXT.fr.homeTitle));

    await page.goto('/spaces');
    await siteHeader(page).getByRole('link', { name: /^Solilab\b/ }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/');
    await expect(h1(page)).toHaveText(whole(TEXT.fr.homeTitle));
  });
});

test.describe('Langue', () => {
  test("le sélecteur de langue de l'en-tête change la langue et s'en souvient", async ({ page }) => {
    await page.goto('/spaces');
    await expect(h1(page)).toHaveText(TEXT.fr.catalogueTitle);

    await langLink(page, 'English').click();
    await expect(h1(page)).toHaveText(TEXT.en.catalogueTitle);
    await expectHeader(page, 'en');

    // The following page, reached through the header, stays in English.
    await navLink(page, 'Home').click();
    await expect(page).toHaveURL((url) => url.pathname === '/');
    await expect(h1(page)).toHaveText(TEXT.en.homeTitle);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await langLink(page, 'Français').click();
    await expect(h1(page)).toHaveText(whole(TEXT.fr.homeTitle));
    await expectHeader(page, 'fr');

    // And French is remembered in turn.
    await navLink(page, 'Espaces').click();
    await expect(h1(page)).toHaveText(TEXT.fr.catalogueTitle);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });

  test('une page demandée sans ?lang garde la langue choisie', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.goto('/spaces');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(h1(page)).toHaveText(TEXT.en.catalogueTitle);

    await page.goto('/?lang=fr');
    await expect(h1(page)).toHaveText(whole(TEXT.fr.homeTitle));
    await page.goto('/spaces');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(h1(page)).toHaveText(TEXT.fr.catalogueTitle);
  });
});
