// Accounts: signing in and out, invitations by mail, the language switch of a signed-in person,
// the pages kept for signed-in people, and API tokens.
//
// Every test starts in a fresh browser context (signed out). The server's database is shared by
// all tests of the run: each invitation goes to an address of its own, and failed sign-ins are
// kept few (they are rate limited per address and per IP).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { linksIn, parseMail, readInvitationLink, readResetLink } from './mailbox';
import {
  AUTH_TEXT,
  DEMO,
  DEMO_PASSWORD,
  h1,
  langLink,
  mainRegion,
  optionsOf,
  signIn,
  signInLink,
  signOut,
  signOutButton,
  startsWith,
  submitSignIn,
  whole,
} from './support';

/** A password that passes every rule: long enough, not a common one. */
const GOOD_PASSWORD = 'un jardin sur le toit 2027';

let serial = 0;
/** An address no other test (nor an earlier run) uses. */
const uniqueAddress = (label: string): string =>
  `${label}-${Date.now()}-${process.pid}-${++serial}@example.org`;

/** The status notice (role=status) of the page's main region. */
const notice = (page: Page): Locator => mainRegion(page).getByRole('status');

/** The error summary of a form: role=alert, headed "Il y a un problème". */
const errorSummary = (page: Page): Locator =>
  mainRegion(page)
    .getByRole('alert')
    .filter({ has: page.getByRole('heading', { name: whole('Il y a un problème') }) });

/** The base address of the server under test, as the mails must give it. */
const baseUrl = (): string => String(test.info().project.use.baseURL).replace(/\/$/, '');

/** The "Inviter une personne" panel of /admin/accounts. */
const invitePanel = (page: Page): Locator =>
  mainRegion(page)
    .locator('.panel')
    .filter({ has: page.getByRole('heading', { level: 2, name: whole('Inviter une personne') }) });

/** The row of the accounts table that shows `address`. */
const accountRow = (page: Page, address: string): Locator =>
  mainRegion(page).getByRole('row').filter({ hasText: address });

/**
 * On /admin/accounts (signed in as a manager), invites `address` to the first structure offered
 * and checks the page's answer. Returns the structure's name.
 */
async function invite(page: Page, address: string): Promise<string> {
  await page.goto('/admin/accounts');
  await expect(h1(page)).toHaveText(whole('Comptes'));
  const panel = invitePanel(page);
  await expect(panel).toHaveCount(1);
  const structure = panel.getByLabel('Structure', { exact: true });
  await expect(structure).toBeVisible();
  const choices = (await optionsOf(structure)).filter(([value, label]) => value !== '' && label !== '');
  expect(choices.length, 'the invitation form offers at least one structure').toBeGreaterThan(0);
  const [value, name] = choices[0];
  await structure.selectOption(value);
  await panel.getByLabel(AUTH_TEXT.fr.email, { exact: true }).fill(address);
  await panel.getByRole('button', { name: whole("Envoyer l'invitation") }).click();

  await expect(page).toHaveURL((url) => url.pathname === '/admin/accounts');
  await expect(notice(page)).toHaveText(whole('Invitation envoyée.'));
  const row = accountRow(page, address);
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell', { name: whole('Invité·e') })).toBeVisible();
  await expect(row.getByRole('cell', { name: whole(name) })).toBeVisible();
  return name;
}

/** Fills the password form of an invitation or reset page and sends it. */
async function choosePassword(page: Page, password: string, confirm: string, submit: string): Promise<void> {
  const main = mainRegion(page);
  await main.getByLabel('Nouveau mot de passe', { exact: true }).fill(password);
  await main.getByLabel('Confirmez le mot de passe', { exact: true }).fill(confirm);
  await main.getByRole('button', { name: whole(submit) }).click();
}

test.describe('Invitation par e-mail', () => {
  // Several sign-ins (password hashing) and a mail written by a background worker.
  test.describe.configure({ timeout: 60_000 });

  test('la personne invitée choisit son mot de passe, puis se connecte avec', async ({ page }) => {
    const address = uniqueAddress('invite');
    let structureName = '';

    await test.step('la gestion invite une personne', async () => {
      await signIn(page, DEMO.manager);
      structureName = await invite(page, address);
      await signOut(page);
      // Signed out for the server too, not only in the header.
      await page.goto('/account');
      await expect(page).toHaveURL((url) => url.pathname === '/signin');
    });

    const link = await test.step("l'e-mail d'invitation arrive avec un lien", async () => {
      const link = await readInvitationLink(address);
      expect(link).toMatch(new RegExp(`^${baseUrl().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/invitation/[0-9a-f]{64}$`));
      return link;
    });

    await test.step('le lien ouvre la page pour rejoindre Solilab', async () => {
      await page.goto(link);
      await expect(h1(page)).toHaveText(whole('Rejoindre Solilab'));
      await expect(mainRegion(page)).toContainText(structureName);
      await expect(mainRegion(page).getByLabel(AUTH_TEXT.fr.email, { exact: true })).toHaveValue(address);
    });

    await test.step('choisir un mot de passe active le compte et connecte', async () => {
      await choosePassword(page, GOOD_PASSWORD, GOOD_PASSWORD, 'Activer mon compte');
      await expect(page).toHaveURL((url) => url.pathname === '/account');
      await expect(h1(page)).toHaveText(whole('Mon compte'));
      await expect(notice(page)).toHaveText(whole('Bienvenue ! Votre compte est actif.'));
      await expect(mainRegion(page).getByText(address, { exact: true })).toBeVisible();
      await expect(mainRegion(page)).toContainText(structureName);
      await expect(signOutButton(page)).toBeVisible();
    });

    await test.step('après déconnexion, la personne se connecte avec son nouveau mot de passe', async () => {
      await signOut(page);
      await signIn(page, address, GOOD_PASSWORD);
      await expect(mainRegion(page).getByText(address, { exact: true })).toBeVisible();
    });

    await test.step('le lien ne sert qu’une fois', async () => {
      await page.goto(link);
      await expect(mainRegion(page).getByRole('alert')).toHaveText(startsWith("Ce lien n'est plus valable"));
      await expect(mainRegion(page).getByLabel('Nouveau mot de passe', { exact: true })).toHaveCount(0);
    });
  });

  test('un mot de passe trop courant est refusé en français, et le lien sert encore', async ({ page }) => {
    const address = uniqueAddress('invite-courant');
    await signIn(page, DEMO.manager);
    await invite(page, address);
    await signOut(page);

    const link = await readInvitationLink(address);
    await page.goto(link);
    await expect(h1(page)).toHaveText(whole('Rejoindre Solilab'));
    await choosePassword(page, 'password123', 'password123', 'Activer mon compte');

    await expect(page).toHaveURL((url) => url.pathname === new URL(link).pathname);
    await expect(errorSummary(page)).toBeVisible();
    await expect(errorSummary(page).getByRole('listitem')).toHaveText([
      startsWith('Ce mot de passe fait partie des plus courants'),
    ]);
    await expect(mainRegion(page).getByLabel('Nouveau mot de passe', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(signInLink(page)).toBeVisible();

    // The refused attempt did not use the link up.
    await choosePassword(page, GOOD_PASSWORD, GOOD_PASSWORD, 'Activer mon compte');
    await expect(page).toHaveURL((url) => url.pathname === '/account');
    await expect(notice(page)).toHaveText(whole('Bienvenue ! Votre compte est actif.'));
    await expect(mainRegion(page).getByText(address, { exact: true })).toBeVisible();
  });
});

test.describe('Mot de passe oublié', () => {
  test.describe.configure({ timeout: 60_000 });

  test('un mot de passe trop courant est refusé en français', async ({ page }) => {
    // An account of its own, made through an invitation, so that no other test is disturbed.
    const address = uniqueAddress('oubli');
    await signIn(page, DEMO.manager);
    await invite(page, address);
    await signOut(page);
    await page.goto(await readInvitationLink(address));
    await choosePassword(page, GOOD_PASSWORD, GOOD_PASSWORD, 'Activer mon compte');
    await expect(page).toHaveURL((url) => url.pathname === '/account');
    await signOut(page);

    await page.goto('/forgot');
    await mainRegion(page).getByLabel(AUTH_TEXT.fr.email, { exact: true }).fill(address);
    await mainRegion(page).getByRole('button', { name: whole('Recevoir le lien') }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/forgot');
    await expect(notice(page)).toHaveText(startsWith('Si un compte existe à cette adresse'));

    const link = await readResetLink(address);
    expect(link.startsWith(`${baseUrl()}/reset/`)).toBe(true);
    await page.goto(link);
    await expect(h1(page)).toHaveText(whole('Nouveau mot de passe'));
    await choosePassword(page, 'password123', 'password123', 'Enregistrer le mot de passe');
    await expect(page).toHaveURL((url) => url.pathname === new URL(link).pathname);
    await expect(errorSummary(page).getByRole('listitem')).toHaveText([
      startsWith('Ce mot de passe fait partie des plus courants'),
    ]);

    // The old password still works.
    await signIn(page, address, GOOD_PASSWORD);
  });
});

test.describe('Connexion', () => {
  test('un mauvais mot de passe donne un message en français', async ({ page }) => {
    await page.goto('/signin');
    await submitSignIn(page, DEMO.tenant, 'pas le bon mot de passe');

    await expect(page).toHaveURL((url) => url.pathname === '/signin');
    const alert = errorSummary(page);
    await expect(alert).toBeVisible();
    await expect(alert.getByRole('heading', { level: 2 })).toHaveText(whole('Il y a un problème'));
    await expect(alert).toContainText('Adresse e-mail ou mot de passe incorrect.');
    await expect(signInLink(page)).toBeVisible();
    await expect(signOutButton(page)).toHaveCount(0);
  });

  test('une page réservée renvoie vers la connexion, puis y revient', async ({ page }) => {
    const response = await page.goto('/account');
    expect(response?.ok()).toBe(true);
    await expect(page).toHaveURL(
      (url) => url.pathname === '/signin' && url.searchParams.get('next') === '/account',
    );
    await submitSignIn(page, DEMO.tenant, DEMO_PASSWORD);
    await expect(page).toHaveURL((url) => url.pathname === '/account' && url.search === '');
    await expect(h1(page)).toHaveText(whole('Mon compte'));
    await expect(mainRegion(page).getByText(DEMO.tenant, { exact: true })).toBeVisible();
  });

  test('le retour après connexion mène à la page demandée, pas seulement au compte', async ({ page }) => {
    await page.goto('/account/tokens');
    await expect(page).toHaveURL(
      (url) => url.pathname === '/signin' && url.searchParams.get('next') === '/account/tokens',
    );
    await submitSignIn(page, DEMO.tenant, DEMO_PASSWORD);
    await expect(page).toHaveURL((url) => url.pathname === '/account/tokens');
    await expect(h1(page)).toHaveText(whole("Jetons d'API"));
  });

  test('changer de langue garde la session', async ({ page }) => {
    await signIn(page, DEMO.tenant);
    await page.goto('/account');
    await expect(h1(page)).toHaveText(whole('Mon compte'));

    await langLink(page, 'English').click();
    await expect(h1(page)).toHaveText(whole('My account'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL((url) => url.pathname === '/account');
    await expect(mainRegion(page).getByText(DEMO.tenant, { exact: true })).toBeVisible();
    await expect(signOutButton(page, 'en')).toBeVisible();
    await expect(signInLink(page, 'en')).toHaveCount(0);

    await langLink(page, 'Français').click();
    await expect(h1(page)).toHaveText(whole('Mon compte'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(mainRegion(page).getByText(DEMO.tenant, { exact: true })).toBeVisible();
    await expect(signOutButton(page, 'fr')).toBeVisible();
  });
});

test.describe("Jetons d'API", () => {
  // tenant2 is used by no other test: the list of its tokens is this test's alone.
  const account = DEMO.tenant2;

  test('un jeton est montré une seule fois, puis révoqué après confirmation', async ({ page, request }) => {
    await signIn(page, account);
    await page.goto('/account/tokens');
    await expect(h1(page)).toHaveText(whole("Jetons d'API"));
    const main = mainRegion(page);
    const tokenRow = main.getByRole('row').filter({ has: page.getByRole('rowheader', { name: whole('tableur') }) });

    await main.getByLabel('Nom', { exact: true }).fill('tableur');
    await main.getByRole('button', { name: whole('Créer le jeton') }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/account/tokens');
    const shown = main.locator('code.token-value');
    await expect(shown).toHaveCount(1);
    await expect(shown).toHaveText(/^\s*sl_\S+\s*$/);
    const token = (await shown.textContent())!.trim();
    await expect(tokenRow).toHaveCount(1);

    // The token is real: the API knows whose it is.
    const me = await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
    expect(me.status()).toBe(200);
    expect((await me.json()).email).toBe(account);

    await page.reload();
    await expect(h1(page)).toHaveText(whole("Jetons d'API"));
    await expect(main.locator('code.token-value')).toHaveCount(0);
    await expect(main).not.toContainText(token);
    await expect(tokenRow).toHaveCount(1);

    await tokenRow.getByRole('link', { name: whole('Révoquer') }).click();
    await tokenRow.getByRole('button', { name: whole('Oui, révoquer') }).click();
    await expect(page).toHaveURL((url) => url.pathname === '/account/tokens');
    await expect(notice(page)).toHaveText(whole('Jeton révoqué.'));
    await expect(tokenRow).toHaveCount(0);
    await expect(main.getByText(whole("Vous n'avez aucun jeton."))).toBeVisible();

    const after = await request.get('/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
    expect(after.status()).toBe(401);
  });
});

test.describe("Lecture des e-mails d'essai", () => {
  // The outbox reader itself, on mails encoded as lettre may encode them.
  const link = `http://127.0.0.1:3900/invitation/${'0123456789abcdef'.repeat(4)}`;

  test('lit un lien coupé en quoted-printable', () => {
    // Quoted-printable as RFC 2045 writes it: escapes never split, lines of at most 76 characters.
    const qp = (s: string): string =>
      s
        .split('\n')
        .map((line) => {
          const units = [...Buffer.from(line, 'utf8')].map((byte) =>
            byte === 0x3d || byte > 0x7e ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(byte),
          );
          const out: string[] = [];
          let current = '';
          for (const unit of units) {
            if (current.length + unit.length > 75) {
              out.push(`${current}=`);
              current = '';
            }
            current += unit;
          }
          return [...out, current].join('\r\n');
        })
        .join('\r\n');
    const raw = [
      'From: Solilab <no-reply@solilab.localhost>',
      'To: invite@example.org',
      'Subject: =?utf-8?b?' + Buffer.from('Invitation à rejoindre', 'utf8').toString('base64') + '?=',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative;',
      ' boundary="abc123"',
      '',
      '--abc123',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      qp(`Bonjour,\n\nChoisir mon mot de passe :\n${link}\n`),
      '--abc123',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      qp(`<p><a href="${link}">Choisir</a></p><p>${link}</p>`),
      '--abc123--',
      '',
    ].join('\r\n');
    const mail = parseMail(Buffer.from(raw, 'latin1'));
    expect(mail.headers['subject']).toBe('Invitation à rejoindre');
    expect(mail.bodies).toHaveLength(2);
    expect(linksIn(mail, 'invitation')).toEqual([link]);
  });

  test('lit un lien en base64', () => {
    const raw = [
      'To: invite@example.org',
      'Content-Type: multipart/alternative; boundary=xyz',
      '',
      '--xyz',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(`Voici le lien, valable 7 jours :\n${link}\n`, 'utf8')
        .toString('base64')
        .replace(/(.{76})/g, '$1\r\n'),
      '--xyz',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      Buffer.from(`<a href="${link}">lien</a> é`, 'utf8').toString('latin1'),
      '--xyz--',
      '',
    ].join('\r\n');
    const mail = parseMail(Buffer.from(raw, 'latin1'));
    expect(mail.bodies[0]).toContain('valable 7 jours');
    expect(mail.bodies[1]).toContain(' é');
    expect(linksIn(mail, 'invitation')).toEqual([link]);
  });
});
