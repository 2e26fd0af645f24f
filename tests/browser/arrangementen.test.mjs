// The arrangementen pages on the demo region (issue 7 item 1): the SWV adds a package to its
// catalogue through the form and assigns it to one of its students (an end before the start is
// refused first, with the message beside the field); the assignment shows in the list with its
// amount. Accessibility (axe, WCAG 2.1 AA) and console checks on every page.

import {
  allowStatus,
  assert,
  assertEqual,
  binaryFromArgs,
  checkA11y,
  clickAndWait,
  columnTexts,
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

const NAAM = 'Schakelklas taal (browsertest)';

/** A student of swv.demo with the school they attend, from the API. */
async function eenLeerling() {
  const bearer = await demoToken('swv.demo');
  const res = await fetch(href('/api/v1/leerlingen?pageSize=5'), {
    headers: { Authorization: `Bearer ${bearer}` },
  });
  assertEqual(res.status, 200, 'student list');
  const leerling = (await res.json())._embedded.leerlingen.find((l) => l.school);
  assert(leerling, 'a student with a school');
  return leerling;
}

test('swv: adds an arrangement and assigns it to a student', async () => {
  const leerling = await eenLeerling();
  await withPage(async (page) => {
    await loginAs(page, 'swv.demo');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await clickAndWait(page, menu.getByRole('link', { name: 'Arrangementen' }), /\/arrangementen$/);
    assert(
      await page.getByRole('heading', { level: 1, name: 'Arrangementen' }).isVisible(),
      'heading',
    );
    await checkA11y(page, 'arrangementen page');

    await page.getByLabel('Naam', { exact: true }).fill(NAAM);
    await page.getByLabel('Soort', { exact: true }).selectOption('groep-regulier');
    await page.getByLabel('Omschrijving').fill('Een jaar in een taalklas binnen de eigen school.');
    await page.getByLabel('Budget voor het arrangement').check();
    await page.getByLabel('Bedrag in euro').first().fill('12.500,00');
    await clickAndWait(
      page,
      page.getByRole('button', { name: 'Arrangement toevoegen' }),
      /\/arrangementen/,
    );
    const catalogus = page.getByRole('region', { name: /in de catalogus/ }).locator('table');
    assert((await columnTexts(catalogus, 0)).some((n) => n.startsWith(NAAM)), 'in the catalogue');
    const rij = catalogus.locator('tbody tr', { hasText: NAAM });
    assert((await rij.innerText()).includes('€ 12.500,00'), 'the amount in euros');

    // Assign it: first with an end before the start, which comes back beside the field.
    const form = page.locator('form[action="/arrangementen/toekenningen"]');
    await form.getByLabel('Arrangement', { exact: true }).selectOption({ label: `${NAAM} (€ 12.500,00)` });
    await form.getByLabel('Leerlingnummer').fill(String(leerling.id));
    await form.getByLabel('School waar de ondersteuning is').fill(leerling.school);
    await form.getByLabel('Van', { exact: true }).fill(dagenGeleden(0));
    await form.getByLabel('Tot en met').fill(dagenGeleden(1));
    await clickAndWait(page, form.getByRole('button', { name: 'Toekennen' }), /\/arrangementen/);
    const tot = page.locator('form[action="/arrangementen/toekenningen"]').getByLabel('Tot en met');
    assert(
      (await errorOf(page, tot)).includes('De einddatum ligt niet voor de begindatum'),
      'the message beside the end date',
    );
    await checkA11y(page, 'arrangementen page with an error');

    await tot.fill(dagenGeleden(-300));
    await clickAndWait(
      page,
      page.locator('form[action="/arrangementen/toekenningen"]').getByRole('button', { name: 'Toekennen' }),
      /\/arrangementen/,
    );
    const toekenningen = page.getByRole('region', { name: /toekenning/ }).locator('table');
    const arrangementen = await columnTexts(toekenningen, 1);
    assert(arrangementen.includes(NAAM), `assigned: ${arrangementen.slice(0, 5)}`);
    const toegekend = toekenningen.locator('tbody tr', { hasText: NAAM }).first();
    assert((await toegekend.innerText()).includes('€ 12.500,00'), 'the catalogue amount');
    await checkA11y(page, 'arrangementen page after assigning');
  }, allowStatus(400, '/arrangementen/toekenningen'));
});

await run();
