// Pages that do not exist, and bad input in the catalogue's URL: clear answers, never a crash.
import { expect, test } from '@playwright/test';
import { TEXT, cards, filterForm, h1, navLink, siteHeader, whole } from './support';

test.describe('Page introuvable', () => {
  test('une adresse inconnue répond 404 avec une page en français', async ({ page }) => {
    const response = await page.goto('/nope');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(h1(page)).toHaveText(TEXT.fr.notFound);

    // The visitor is not stranded: the header is there and leads home.
    await expect(siteHeader(page)).toBeVisible();
    await navLink(page, TEXT.fr.home).click();
    await expect(page).toHaveURL((url) => url.pathname === '/');
    await expect(h1(page)).toHaveText(whole(TEXT.fr.homeTitle));
  });

  test('an unknown address answers 404 in English too', async ({ page }) => {
    const response = await page.goto('/nope?lang=en');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(h1(page)).toHaveText(TEXT.en.notFound);
  });

  test("un espace qui n'existe pas répond 404", async ({ page }) => {
    const response = await page.goto('/spaces/999999');
    expect(response?.status()).toBe(404);
    await expect(h1(page)).toHaveText(TEXT.fr.notFound);
    await expect(page.locator('dl.facts')).toHaveCount(0);
    await expect(siteHeader(page)).toBeVisible();
  });

  test('a space that does not exist answers 404 in English', async ({ page }) => {
    const response = await page.goto('/spaces/999999?lang=en');
    expect(response?.status()).toBe(404);
    await expect(h1(page)).toHaveText(TEXT.en.notFound);
  });
});

test.describe('Capacité invalide dans l’adresse du catalogue', () => {
  for (const bad of ['-3', 'abc']) {
    test(`min_capacity=${bad} est signalé sur le champ, sans plantage`, async ({ page }) => {
      const response = await page.goto(`/spaces?site=&kind=meeting_room&min_capacity=${bad}`);
      expect(response?.status() ?? 0).toBeLessThan(500);
      await expect(h1(page)).toHaveText(TEXT.fr.catalogueTitle);

      const f = filterForm(page);
      await expect(f.capacity).toHaveAttribute('aria-invalid', 'true');
      await expect(f.kind).not.toHaveAttribute('aria-invalid', 'true');
      // One message, and it says something.
      const error = page.locator('.field-error').filter({ hasText: /\S/ });
      await expect(error).toHaveCount(1);
      await expect(error).toBeVisible();

      // Correcting the field clears the error and filters as asked.
      await f.capacity.fill('15');
      await f.submit.click();
      await expect(page).toHaveURL((url) => url.searchParams.get('min_capacity') === '15');
      await expect(filterForm(page).capacity).not.toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('.field-error').filter({ hasText: /\S/ })).toHaveCount(0);
      await expect(cards(page)).toHaveCount(2);
    });
  }

  test('an invalid capacity is reported in English', async ({ page }) => {
    const response = await page.goto('/spaces?site=&kind=&min_capacity=abc&lang=en');
    expect(response?.status() ?? 0).toBeLessThan(500);
    await expect(h1(page)).toHaveText(TEXT.en.catalogueTitle);
    await expect(filterForm(page, 'en').capacity).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.field-error').filter({ hasText: /\S/ })).toBeVisible();
  });
});
