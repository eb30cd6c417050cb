// Shared helpers of the browser tests (not a test file itself).
import { expect, type Locator, type Page } from '@playwright/test';

export type Lang = 'fr' | 'en';

/** The second server of the run, started on an empty database, from end2end/ (setup.spec.ts). */
export const EMPTY_PORT = 3901;
export const EMPTY_BASE_URL = `http://127.0.0.1:${EMPTY_PORT}`;
export const EMPTY_DIR = '../target/e2e-empty';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Body of a pattern for `text`: any apostrophe (' or ’) and any run of whitespace (NBSP included). */
const pattern = (text: string): string =>
  escapeRegExp(text.trim()).replace(/['’]/g, "['’]").replace(/\s+/g, '\\s+');

/** Matches exactly `text` (surrounding whitespace ignored), tolerant of typographic apostrophes. */
export const whole = (text: string): RegExp => new RegExp(`^\\s*${pattern(text)}\\s*$`);

/** Matches a text that starts with `text` (an accessible name may go on with a nested control's value). */
export const startsWith = (text: string): RegExp => new RegExp(`^\\s*${pattern(text)}`);

/** Text as a reader sees it: typographic apostrophes made plain, whitespace collapsed. */
export const norm = (s: string | null): string => (s ?? '').replace(/’/g, "'").replace(/\s+/g, ' ').trim();

export const h1 = (page: Page): Locator => page.getByRole('heading', { level: 1 });

export const siteHeader = (page: Page): Locator => page.locator('header.site-header');

/** A link of the header's navigation, found even while the mobile menu hides it. */
export const navLink = (page: Page, name: string): Locator =>
  siteHeader(page).getByRole('link', { name, exact: true, includeHidden: true });

export const langLink = (page: Page, name: 'Français' | 'English'): Locator =>
  page.locator('.lang-switch').getByRole('link', { name, exact: true });

export const TEXT = {
  fr: {
    homeTitle: "Solilab, le tiers-lieu de l'économie sociale et solidaire à Nantes",
    catalogueTitle: 'Catalogue des espaces',
    notFound: 'Page introuvable',
    home: 'Accueil',
    spaces: 'Espaces',
    skip: 'Aller au contenu',
    browse: 'Voir le catalogue des espaces',
    site: 'Site',
    kind: "Type d'espace",
    capacity: 'Capacité minimale',
    filter: 'Filtrer',
    empty: 'Aucun espace ne correspond à ces critères.',
    count: (n: number) => `${n} ${n === 1 ? 'espace' : 'espaces'}`,
  },
  en: {
    homeTitle: 'Solilab, the social and solidarity economy hub of Nantes',
    catalogueTitle: 'Space catalogue',
    notFound: 'Page not found',
    home: 'Home',
    spaces: 'Spaces',
    skip: 'Skip to content',
    browse: 'Browse the space catalogue',
    site: 'Site',
    kind: 'Kind of space',
    capacity: 'Minimum capacity',
    filter: 'Filter',
    empty: 'No space matches these criteria.',
    count: (n: number) => `${n} ${n === 1 ? 'space' : 'spaces'}`,
  },
} as const;

/** The catalogue's filter form (role=search) and its fields, found by their labels. */
export function filterForm(page: Page, lang: Lang = 'fr') {
  const t = TEXT[lang];
  const form = page.getByRole('search');
  return {
    form,
    site: form.getByLabel(startsWith(t.site)),
    kind: form.getByLabel(startsWith(t.kind)),
    capacity: form.getByLabel(startsWith(t.capacity)),
    submit: form.getByRole('button', { name: t.filter, exact: true }),
  };
}

export const cards = (page: Page): Locator => page.locator('ul.space-list > li.space-card');

export const resultCount = (page: Page): Locator =>
  page.locator('p.result-count').and(page.getByRole('status'));

/** Names of the listed spaces (their h2), sorted: the spec does not fix the order. */
export async function cardNames(page: Page): Promise<string[]> {
  const names = await cards(page).getByRole('heading', { level: 2 }).allTextContents();
  return names.map(norm).sort((a, b) => a.localeCompare(b, 'fr'));
}

/** The list shows exactly these spaces, and the count above it says so. */
export async function expectSpaces(page: Page, names: string[], lang: Lang = 'fr'): Promise<void> {
  await expect(cards(page)).toHaveCount(names.length);
  expect(await cardNames(page)).toEqual(names.map(norm).sort((a, b) => a.localeCompare(b, 'fr')));
  await expect(resultCount(page)).toHaveText(whole(TEXT[lang].count(names.length)));
}

/** The link of the card whose h2 is `name`. */
export const cardLink = (page: Page, name: string): Locator =>
  page
    .locator('ul.space-list')
    .getByRole('heading', { level: 2, name: whole(name) })
    .getByRole('link');

/** `[value, label]` of each option of a select. */
export const optionsOf = (select: Locator): Promise<[string, string][]> =>
  select
    .locator('option')
    .evaluateAll((options) =>
      options.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ''] as [string, string]),
    )
    .then((pairs) => pairs.map(([value, label]): [string, string] => [value, norm(label)]));

/** True when the page's URL is /spaces with these query parameters (others may be empty or absent). */
export const isCatalogueUrl =
  (params: Record<string, string>) =>
  (url: URL): boolean =>
    url.pathname === '/spaces' &&
    Object.entries(params).every(([k, v]) => (url.searchParams.get(k) ?? '') === v);

/** Collects uncaught page errors (a WebAssembly panic shows up here). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

// ---- Accounts ----

/** The password of every demo account (`serve --demo`). */
export const DEMO_PASSWORD = 'solilab-demo-2026';

export const DEMO = {
  admin: 'admin@solilab.localhost',
  manager: 'gestion@solilab.localhost',
  tenant: 'tenant@solilab.localhost',
  tenant2: 'tenant2@solilab.localhost',
} as const;

export const AUTH_TEXT = {
  fr: {
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    signIn: 'Se connecter',
    signOut: 'Se déconnecter',
    accountTitle: 'Mon compte',
  },
  en: {
    email: 'Email address',
    password: 'Password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    accountTitle: 'My account',
  },
} as const;

/** The page's main region (forms and notices live there; the header has its own buttons). */
export const mainRegion = (page: Page): Locator => page.locator('main#main');

/** The header's sign-out button (a form posting to /api/fn/sign_out). */
export const signOutButton = (page: Page, lang: Lang = 'fr'): Locator =>
  siteHeader(page).getByRole('button', { name: AUTH_TEXT[lang].signOut, exact: true, includeHidden: true });

/** The header's sign-in link, shown to visitors. */
export const signInLink = (page: Page, lang: Lang = 'fr'): Locator =>
  siteHeader(page).getByRole('link', { name: AUTH_TEXT[lang].signIn, exact: true, includeHidden: true });

/** Fills and sends the sign-in form of the page the browser is on (`/signin`). */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  const main = mainRegion(page);
  await main.getByLabel(AUTH_TEXT.fr.email, { exact: true }).fill(email);
  await main.getByLabel(AUTH_TEXT.fr.password, { exact: true }).fill(password);
  await main.getByRole('button', { name: AUTH_TEXT.fr.signIn, exact: true }).click();
}

/** Signs in at /signin and checks that the browser lands on the account page, signed in. */
export async function signIn(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto('/signin');
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL((url) => url.pathname === '/account');
  await expect(h1(page)).toHaveText(whole(AUTH_TEXT.fr.accountTitle));
  await expect(signOutButton(page)).toBeVisible();
}

/** Signs out with the header's button and checks that the header offers to sign in again. */
export async function signOut(page: Page, lang: Lang = 'fr'): Promise<void> {
  await signOutButton(page, lang).click();
  await expect(signInLink(page, lang)).toBeVisible();
  await expect(signOutButton(page, lang)).toHaveCount(0);
}
