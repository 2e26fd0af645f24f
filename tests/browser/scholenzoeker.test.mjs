// The public school finder (issue 5 item 2) on the demo region: a parent without logging in
// finds the schools that offer `gedrag` at level extra near a postcode, nearest first, opens
// one school's support profile; a bad postcode comes back beside its field. Axe-clean.

import {
  allowStatus,
  assert,
  assertEqual,
  assertHeading,
  binaryFromArgs,
  checkA11y,
  clickAndWait,
  columnTexts,
  errorOf,
  href,
  run,
  test,
  useServerAndBrowser,
  visit,
  withPage,
} from './harness.mjs';

useServerAndBrowser(binaryFromArgs(), { scale: 'regio', seed: 7 });

/** The postcode of the demo region's first sbo location (it offers gedrag above basis). */
async function postcodeBijSbo() {
  const res = await fetch(href('/api/v1/scholen?type=sbo'));
  assertEqual(res.status, 200, 'school list status');
  const body = await res.json();
  return body._embedded.scholen[0].adres.postcode;
}

/** "3,4 km" → 3.4 */
function km(text) {
  return Number(text.replace(' km', '').replace('.', '').replace(',', '.'));
}

test('a parent finds schools with gedrag extra near a postcode and opens one profile', () =>
  withPage(async (page) => {
    const postcode = await postcodeBijSbo();
    await visit(page, '/scholen');
    await assertHeading(page, 'Scholen zoeken op ondersteuning');
    await checkA11y(page, 'finder');
    await page.getByRole('checkbox', { name: 'Gedrag', exact: true }).check();
    await page.getByLabel('Minimaal niveau').selectOption('extra');
    await page.getByLabel('Postcode').fill(postcode);
    await page.getByLabel('Hoe ver mag de school zijn?').selectOption('25');
    await clickAndWait(page, page.getByRole('button', { name: 'Zoeken' }), /\/scholen\?/);
    await assertHeading(page, 'Resultaten', 2);
    const afstanden = (await columnTexts(page, 3)).map(km);
    assert(afstanden.length > 0, 'no schools found');
    for (let i = 1; i < afstanden.length; i++) {
      assert(afstanden[i - 1] <= afstanden[i], `not nearest first: ${afstanden.join(', ')}`);
    }
    assert(afstanden.every((d) => d <= 25), `a school beyond 25 km: ${afstanden.join(', ')}`);
    const aanbod = await columnTexts(page, 4);
    assert(
      aanbod.every((t) => /Gedrag: (extra|specialistisch)/.test(t)),
      `a result without gedrag above basis: ${aanbod.join(' | ')}`,
    );
    await checkA11y(page, 'finder results');

    // Open the first school: its profile in a table.
    const link = page.locator('main table tbody tr a').first();
    const naam = (await link.textContent()).trim();
    await clickAndWait(page, link, /\/scholen\/[0-9A-Z]{6}$/);
    await assertHeading(page, naam);
    await assertHeading(page, 'Ondersteuningsprofiel', 2);
    const behoeften = await columnTexts(page.locator('#profiel-tabel').locator('xpath=..'), 0);
    assert(behoeften.includes('Gedrag'), `no Gedrag in the profile: ${behoeften.join(', ')}`);
    await checkA11y(page, 'school profile');
  }));

test('a postcode the finder cannot read comes back beside its field', () =>
  withPage(
    async (page) => {
      await visit(page, '/scholen');
      await page.getByRole('checkbox', { name: 'Gedrag', exact: true }).check();
      await page.getByLabel('Postcode').fill('12');
      await Promise.all([
        page.waitForURL(/\/scholen\?/),
        page.getByRole('button', { name: 'Zoeken' }).click(),
      ]);
      const melding = await errorOf(page, page.getByLabel('Postcode'));
      assert(melding.includes('postcode'), `message: ${melding}`);
      await checkA11y(page, 'finder with an error');
    },
    allowStatus(400, '/scholen'),
  ));

await run();
