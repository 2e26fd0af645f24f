// Reserve plans (issue 8 items 5 and 6; seed 000 #23, seed 002): swv.demo opens its reserve
// plans from /geld, sees the budget withheld for a year's accounts without an approved plan,
// records a plan (a refused first try with the message beside the line), records the OPR's
// consent and internal supervision's approval, and sees the withholding lifted; then the
// multi-year budget with its chart. Accessibility (axe, WCAG 2.1 AA) on every page.

import {
  allowStatus,
  assert,
  assertEqual,
  assertHeading,
  binaryFromArgs,
  checkA11y,
  clickAndWait,
  dagenGeleden,
  demoToken,
  errorOf,
  href,
  loginAs,
  run,
  test,
  useServerAndBrowser,
  withPage,
} from './harness.mjs';

useServerAndBrowser(binaryFromArgs(), { scale: 'regio', seed: 7 });

/** The SWV's reserve overview through the API. */
async function overzicht(swv, token) {
  const res = await fetch(href(`/api/v1/samenwerkingsverbanden/${swv}/reserveplannen`), {
    headers: { Authorization: `Bearer ${token}` },
  });
  assertEqual(res.status, 200, 'status of the reserve plans API');
  return res.json();
}

test('the SWV records a plan, the consent and the approval; the withheld budget is released', async () => {
  const token = await demoToken('swv.demo');
  await withPage(async (page) => {
    await loginAs(page, 'swv.demo');
    await clickAndWait(
      page,
      page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Geld' }),
      /\/geld$/,
    );
    await clickAndWait(
      page,
      page.getByRole('link', { name: 'Reserves en bestedingsplannen' }).first(),
      /\/geld\/reserveplannen$/,
    );
    await assertHeading(page, 'Reserves en bestedingsplannen');
    await checkA11y(page, 'reserveplannen');

    const main = await page.locator('main').textContent();
    const swv = main.match(/\(((?:PO|VO)\d+)\)/)[1];
    const voor = await overzicht(swv, token);
    const jaar = voor.jaren.find((j) => j.inhouding.stand === 'ingehouden');
    assert(jaar, `a year with withheld budget: ${JSON.stringify(voor.jaren.map((j) => j.inhouding))}`);
    const alert = page.locator('.utrecht-alert--error', { hasText: `jaarrekening ${jaar.jaarrekeningJaar}` });
    assert(await alert.isVisible(), 'the withholding is shown as an alert');

    // An amount that is not euros: refused, the message beside the line, the rest kept.
    const euro = (cents) =>
      `${Math.floor(cents / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${String(cents % 100).padStart(2, '0')}`;
    await page.getByLabel('Jaarrekening', { exact: true }).first().selectOption(String(jaar.jaarrekeningJaar));
    await page.getByLabel('Jaar (regel 1)').fill(String(jaar.jaarrekeningJaar + 1));
    await page.getByLabel("Bedrag in euro's (regel 1)").fill('veel geld');
    await page.getByLabel('Waaraan (regel 1)').fill('Onderwijsassistenten op de scholen');
    await clickAndWait(page, page.getByRole('button', { name: 'Plan vastleggen' }), /\/geld\/reserveplannen$/);
    assertEqual(
      await errorOf(page, page.getByLabel("Bedrag in euro's (regel 1)")),
      "Schrijf het bedrag in euro's, bijvoorbeeld 250.000,00.",
      'message',
    );
    assertEqual(await page.getByLabel('Waaraan (regel 1)').inputValue(), 'Onderwijsassistenten op de scholen', 'kept');
    await checkA11y(page, 'reserveplannen met fout');

    await page.getByLabel("Bedrag in euro's (regel 1)").fill(euro(jaar.bovenmatigeReserve));
    await clickAndWait(page, page.getByRole('button', { name: 'Plan vastleggen' }), /\/geld\/reserveplannen/);
    const plan = (await overzicht(swv, token)).jaren.find((j) => j.jaarrekeningJaar === jaar.jaarrekeningJaar);
    const id = plan.planInWerking;
    assertEqual(plan.versies.at(-1).stand, 'concept', 'a concept');

    const vandaag = dagenGeleden(0);
    await page.locator(`[id="instemming-${id}-besluit"]`).getByLabel('Instemming gegeven').check();
    await page.locator(`[id="instemming-${id}-datum"]`).fill(vandaag);
    await clickAndWait(
      page,
      page.locator(`form[action="/geld/reserveplannen/${id}/instemming"]`).getByRole('button'),
      /\/geld\/reserveplannen/,
    );
    await page.locator(`[id="goedkeuring-${id}-besluit"]`).getByLabel('Goedgekeurd').check();
    await page.locator(`[id="goedkeuring-${id}-datum"]`).fill(vandaag);
    await clickAndWait(
      page,
      page.locator(`form[action="/geld/reserveplannen/${id}/goedkeuring"]`).getByRole('button'),
      /\/geld\/reserveplannen/,
    );
    const na = (await overzicht(swv, token)).jaren.find((j) => j.jaarrekeningJaar === jaar.jaarrekeningJaar);
    assertEqual(na.inhouding.stand, 'vrijgegeven', 'released');
    assert(!(await alert.isVisible()), 'the alert is gone');
    const tabel = await page.locator('table[aria-labelledby="stand"]').textContent();
    assert(tabel.includes('Ingehouden budget vrijgegeven'), `released in the table: ${tabel}`);
    await checkA11y(page, 'reserveplannen vrijgegeven');

    await clickAndWait(page, page.getByRole('link', { name: 'Meerjarenbegroting' }), /\/geld\/meerjarenbegroting/);
    await assertHeading(page, 'Meerjarenbegroting');
    assert(await page.locator('svg').first().isVisible(), 'the chart');
    await checkA11y(page, 'meerjarenbegroting');
  }, allowStatus(400, '/geld/reserveplannen'));
});

await run();
