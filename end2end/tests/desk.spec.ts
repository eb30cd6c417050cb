// The concierge desk: three parcels logged for a structure in a row make one mail to its member,
// who sees them waiting; the desk then hands them over, naming who took them. The demo server
// tells parcels in batches of 15 seconds (SOLILAB_PARCEL_BATCH_SECONDS in playwright.config.ts).
// A member announces a visitor; the desk checks them in and their host is mailed at once.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readOutbox } from './mailbox';
import { DEMO, h1, mainRegion, signIn, startsWith, whole } from './support';

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

test('three parcels make one mail, the member sees them waiting, the desk hands them over', async ({ browser }) => {
  test.setTimeout(120_000);
  const tenant = await signedInPage(browser, DEMO.tenant);
  const me = (await (await tenant.request.get('/api/v1/me')).json()) as {
    acting: number;
    structures: { id: number; name: string }[];
  };
  const structure = me.structures.find((s) => s.id === me.acting)?.name;
  if (!structure) throw new Error('the tenant acts for a structure');
  const subject = `Colis arrivé(s) pour ${structure}`;
  const mailsToTenant = async (): Promise<number> =>
    (await readOutbox()).filter((m) => m.headers.to?.includes(DEMO.tenant) && m.headers.subject === subject).length;
  const before = await mailsToTenant();

  await test.step('the desk logs three arrivals', async () => {
    const desk = await signedInPage(browser, DEMO.manager);
    await desk.goto('/desk/parcels');
    await expect(h1(desk)).toHaveText(whole("Colis et courrier à l'accueil"));
    await expect(mainRegion(desk).getByText("Aucun colis n'attend à l'accueil.")).toBeVisible();
    for (const carrier of ['Colissimo', 'DHL', 'Colissimo']) {
      // The structure field has the focus: the desk types straight away.
      await expect(mainRegion(desk).getByLabel('Structure', { exact: true })).toBeFocused();
      await desk.keyboard.type(structure);
      await mainRegion(desk).getByLabel('Transporteur', { exact: true }).fill(carrier);
      await mainRegion(desk).getByRole('button', { name: "Enregistrer l'arrivée" }).click();
      await expect(mainRegion(desk).getByRole('status')).toHaveText(whole('Arrivée enregistrée.'));
    }
    const waiting = desk.locator(`#structure-${me.acting}`);
    await expect(waiting.getByRole('row')).toHaveCount(4);
  });

  await test.step('the member receives one mail and sees the parcels waiting', async () => {
    await expect.poll(mailsToTenant, { timeout: 60_000, intervals: [1_000] }).toBe(before + 1);
    const mail = (await readOutbox()).filter((m) => m.headers.to?.includes(DEMO.tenant) && m.headers.subject === subject).pop();
    expect(mail?.bodies.some((b) => b.includes('Colissimo (2), DHL (1)'))).toBe(true);
    await tenant.goto('/parcels');
    await expect(h1(tenant)).toHaveText(whole('Colis de ma structure'));
    const table = mainRegion(tenant).getByRole('table', { name: "En attente à l'accueil" });
    await expect(table.getByRole('row')).toHaveCount(4);
    await expect(table).toContainText('1 × DHL, petit colis');
  });

  await test.step('the desk hands them over, naming who took them', async () => {
    const desk = await signedInPage(browser, DEMO.manager);
    await desk.goto('/desk/parcels');
    const waiting = desk.locator(`#structure-${me.acting}`);
    await waiting.getByLabel('Emporté par').fill('Alex Martin');
    await waiting.getByRole('button', { name: `Tout remettre : ${structure}` }).click();
    await expect(mainRegion(desk).getByRole('status')).toHaveText(whole('3 colis remis.'));
    await expect(mainRegion(desk).getByText("Aucun colis n'attend à l'accueil.")).toBeVisible();
    await tenant.reload();
    await expect(mainRegion(tenant).getByText("Rien ne vous attend à l'accueil.")).toBeVisible();
    await expect(mainRegion(tenant).getByRole('table', { name: 'Derniers colis emportés' })).toContainText('Alex Martin');
  });
});

test('a member announces a visitor, the desk checks them in and the host is mailed at once', async ({ browser }) => {
  test.setTimeout(60_000);
  const tenant = await signedInPage(browser, DEMO.tenant);
  await tenant.goto('/visitors');
  await expect(h1(tenant)).toHaveText(whole('Mes visiteurs'));
  const main = mainRegion(tenant);
  await main.getByLabel('Nom du visiteur', { exact: true }).fill('Awa Diallo');
  await main.getByLabel('Entreprise ou structure', { exact: true }).fill('Coopérative Oasis');
  await main.getByLabel('Heure prévue', { exact: true }).fill('23:00');
  await main.getByRole('button', { name: 'Annoncer la visite' }).click();
  await expect(main.getByRole('status')).toHaveText(startsWith('Visite annoncée'));
  const coming = main.getByRole('table', { name: 'Visites à venir' });
  await expect(coming.getByRole('row').filter({ hasText: 'Awa Diallo (Coopérative Oasis)' })).toContainText('Pas encore arrivé·e');

  const desk = await signedInPage(browser, DEMO.manager);
  await desk.goto('/desk/visitors');
  await expect(h1(desk)).toHaveText(whole('Visiteurs attendus'));
  await mainRegion(desk).getByRole('button', { name: 'Arrivé·e : Awa Diallo (Coopérative Oasis)' }).click();
  await expect(mainRegion(desk).getByRole('status')).toHaveText(whole("Arrivée enregistrée : l'hôte est prévenu."));

  const subject = "Awa Diallo (Coopérative Oasis) est arrivé·e à l'accueil";
  await expect
    .poll(async () => (await readOutbox()).some((m) => m.headers.to?.includes(DEMO.tenant) && m.headers.subject === subject), {
      timeout: 15_000,
    })
    .toBe(true);
  await tenant.reload();
  await expect(coming.getByRole('row').filter({ hasText: 'Awa Diallo' })).toContainText('Arrivé·e à');
});
