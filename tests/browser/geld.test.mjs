// Money made visible (issue 8 items 3 and 7; seed 000 #15): swv.demo opens /geld, records an
// allocation to one of its schools through the form (after a refused first try, with the
// message beside the field), and the school's public transparency page, opened without
// logging in, shows it. Accessibility (axe, WCAG 2.1 AA) and console checks on every page.

import {
  allowStatus,
  assert,
  assertEqual,
  assertHeading,
  binaryFromArgs,
  checkA11y,
  clickAndWait,
  errorOf,
  href,
  loginAs,
  run,
  test,
  useServerAndBrowser,
  visit,
  withPage,
} from './harness.mjs';

useServerAndBrowser(binaryFromArgs(), { scale: 'regio', seed: 7 });

/** The public answer for `school` (no login). */
async function ondersteuningsgeld(school) {
  const res = await fetch(href(`/api/v1/scholen/${school}/ondersteuningsgeld`));
  assertEqual(res.status, 200, 'status of the transparency API');
  return res.json();
}

/** Cents as Dutch euros without the sign: 1234567 → `12.345,67`. */
function euro(cents) {
  const heel = Math.floor(cents / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${heel},${String(cents % 100).padStart(2, '0')}`;
}

test('the SWV allocates money to a school; the school page shows it to everyone', async () => {
  let school = '';
  let voor = 0;
  await withPage(async (page) => {
    await loginAs(page, 'swv.demo');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await clickAndWait(page, menu.getByRole('link', { name: 'Geld' }), /\/geld$/);
    await assertHeading(page, 'Geld');
    await assertHeading(page, (await page.locator('#toewijzingen').textContent()).trim(), 2);
    await checkA11y(page, 'geld');

    const keuze = page.getByLabel('School', { exact: true });
    school = await keuze.locator('option').nth(1).getAttribute('value');
    assert(school, 'the SWV has schools to choose');
    voor = (await ondersteuningsgeld(school)).jaren[0].perDoel.personeel ?? 0;

    // An amount that is not euros: refused, the message beside the field, the rest kept.
    await keuze.selectOption(school);
    await page.getByLabel('Doel', { exact: true }).selectOption('personeel');
    await page.getByLabel("Bedrag in euro's").fill('veel geld');
    await clickAndWait(page, page.getByRole('button', { name: 'Toewijzen' }), /\/geld\/toewijzingen$/);
    assertEqual(
      await errorOf(page, page.getByLabel("Bedrag in euro's")),
      'Schrijf het bedrag in euro\'s, bijvoorbeeld 1.234.567,89.',
      'message',
    );
    assertEqual(await page.getByLabel('School', { exact: true }).inputValue(), school, 'kept');
    await checkA11y(page, 'geld met fout');

    await page.getByLabel("Bedrag in euro's").fill('12.345,67');
    await page.getByLabel('Omschrijving').fill('Onderwijsassistent groep 5');
    await clickAndWait(page, page.getByRole('button', { name: 'Toewijzen' }), /\/geld\?schooljaar=/);
    const tabel = await page.locator('table[aria-labelledby="toewijzingen"]').textContent();
    assert(tabel.includes(school), `the school in the table: ${tabel}`);
  }, allowStatus(400, '/geld/toewijzingen'));

  const na = await ondersteuningsgeld(school);
  assertEqual(na.jaren[0].perDoel.personeel, voor + 1_234_567, 'staff money after');

  await withPage(async (page) => {
    // Public: no login. The school page links to it.
    await visit(page, `/scholen/${school}`);
    await clickAndWait(
      page,
      page.getByRole('link', { name: 'Ondersteuningsgeld van deze school' }),
      /\/ondersteuningsgeld$/,
    );
    await assertHeading(page, `Ondersteuningsgeld van ${na.naam}`);
    const tabel = await page
      .locator('[aria-labelledby="ondersteuningsgeld-tabel"] table')
      .textContent();
    assert(tabel.includes(euro(na.jaren[0].perDoel.personeel)), `amount in the table: ${tabel}`);
    assert(await page.locator('svg').first().isVisible(), 'the chart');
    await checkA11y(page, 'ondersteuningsgeld');
  });
});

await run();
