// Islands: the mobile menu once the WebAssembly has hydrated, and the site without JavaScript.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  TEXT,
  cards,
  collectPageErrors,
  expectSpaces,
  filterForm,
  h1,
  isCatalogueUrl,
  langLink,
  navLink,
  siteHeader,
} from './support';

const NARROW = { width: 375, height: 740 };

const menuButton = (page: Page): Locator =>
  siteHeader(page).getByRole('button', { name: 'Menu', exact: true, includeHidden: true });

/** Waits until the header's island has hydrated (it marks .nav-wrap). */
async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator('.nav-wrap')).toHaveAttribute('data-enhanced', 'true', { timeout: 15_000 });
}

test.describe('Menu mobile (WebAssembly)', () => {
  test.use({ viewport: NARROW });

  for (const path of ['/', '/spaces']) {
    test(`le bouton Menu ouvre et ferme la navigation sur ${path}`, async ({ page }) => {
      const errors = collectPageErrors(page);
      await page.goto(path);
      await waitForHydration(page);

      const menu = menuButton(page);
      await expect(menu).toBeVisible();
      await expect(menu).toHaveAttribute('aria-controls', 'site-nav');
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      const nav = page.locator('#site-nav');
      await expect(nav).toHaveCount(1);
      await expect(nav.getByRole('link', { name: TEXT.fr.spaces, exact: true, includeHidden: true })).toHaveCount(1);

      const home = navLink(page, TEXT.fr.home);
      const spaces = navLink(page, TEXT.fr.spaces);
      await expect(home).toHaveCount(1);
      await expect(home).toBeHidden();
      await expect(spaces).toBeHidden();

      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      await expect(home).toBeVisible();
      await expect(spaces).toBeVisible();

      await menu.click();
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await expect(home).toBeHidden();
      await expect(spaces).toBeHidden();

      expect(errors, 'uncaught errors in the page').toEqual([]);
    });
  }

  test('Échap referme le menu et rend le focus au bouton', async ({ page }) => {
    await page.goto('/');
    await waitForHydration(page);
    const menu = menuButton(page);
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await navLink(page, TEXT.fr.spaces).focus();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(navLink(page, TEXT.fr.spaces)).toBeHidden();
    await expect(menu).toBeFocused();
  });

  test('ouvrir le menu puis choisir Espaces mène au catalogue', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto('/');
    await waitForHydration(page);
    await menuButton(page).click();
    await navLink(page, TEXT.fr.spaces).click();
    await expect(page).toHaveURL((url) => url.pathname === '/spaces');
    await expect(h1(page)).toHaveText(TEXT.fr.catalogueTitle);
    await waitForHydration(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  });
});

test.describe('Sans JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: NARROW });

  test('le catalogue s’affiche et se filtre', async ({ page }) => {
    await page.goto('/spaces');
    await expect(h1(page)).toHaveText(TEXT.fr.catalogueTitle);
    const before = await cards(page).count();
    expect(before).toBeGreaterThanOrEqual(9);

    const f = filterForm(page);
    await f.kind.selectOption('meeting_room');
    await f.capacity.fill('15');
    await f.submit.click();

    await expect(page).toHaveURL(isCatalogueUrl({ site: '', kind: 'meeting_room', min_capacity: '15' }));
    await expectSpaces(page, ['Salle Loire', 'Salle Erdre']);
    await expect(filterForm(page).kind).toHaveValue('meeting_room');
  });

  test('la navigation reste visible et le bouton Menu est caché', async ({ page }) => {
    await page.goto('/');
    // Proof that no script ran: the island never marked the header.
    await expect(page.locator('.nav-wrap')).toHaveCount(1);
    await expect(page.locator('.nav-wrap')).not.toHaveAttribute('data-enhanced', 'true');

    await expect(navLink(page, TEXT.fr.home)).toBeVisible();
    await expect(navLink(page, TEXT.fr.spaces)).toBeVisible();
    await expect(menuButton(page)).toBeHidden();

    await navLink(page, TEXT.fr.spaces).click();
    await expect(page).toHaveURL((url) => url.pathname === '/spaces');
    await expect(h1(page)).toHaveText(TEXT.fr.catalogueTitle);
  });

  test('le choix de langue marche sans JavaScript', async ({ page }) => {
    await page.goto('/spaces');
    await langLink(page, 'English').click();
    await expect(h1(page)).toHaveText(TEXT.en.catalogueTitle);
    await expect(navLink(page, TEXT.en.home)).toBeVisible();
  });
});
