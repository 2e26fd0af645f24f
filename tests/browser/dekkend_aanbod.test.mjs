// The dekkend aanbod (issue 5 item 7) on the demo region: the SWV (swv.demo) opens the page from
// the menu, sees the summary, the charts, the map and at least one gap named in words (the demo
// region has real gaps: engine/demo_profielen.cc), filters on one need with only the gaps, and
// gets a bad filter back beside its field; the download answers CSV. Axe on every page.

import {
  allowStatus,
  assert,
  assertEqual,
  assertHeading,
  binaryFromArgs,
  checkA11y,
  clickAndWait,
  columnTexts,
  demoToken,
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

const DEKKING = 9; // the table's last column: "Gedekt" or "Tekort: ..."

/** The table of need × level × municipality (its caption carries the id). */
function tabel(page) {
  return page.locator('#dekkend-aanbod-tabel').locator('xpath=..');
}

test('the SWV sees the gaps of its region and filters them', () =>
  withPage(async (page) => {
    await loginAs(page, 'swv.demo');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const link = menu.getByRole('link', { name: 'Dekkend aanbod' });
    await clickAndWait(page, link, /\/dekkend-aanbod$/);
    await assertHeading(page, 'Dekkend aanbod');
    await assertHeading(page, 'Samenvatting', 2);
    await checkA11y(page, 'dekkend aanbod');

    // Charts and the map carry a text alternative.
    assert(await page.locator('#grafiek-extra svg[role="img"]').isVisible(), 'no chart');
    const kaart = (await page.locator('#kaart-beschrijving').textContent()).trim();
    assert(kaart.includes('Gemeenten met een tekort:'), `map description: ${kaart}`);

    const dekking = await columnTexts(tabel(page), DEKKING);
    assert(dekking.length > 0, 'no rows');
    const tekorten = dekking.filter((t) => t.startsWith('Tekort:'));
    assert(tekorten.length > 0, 'no gap on the demo data');
    assert(dekking.some((t) => t === 'Gedekt'), 'nothing covered on the demo data');

    // The demo's gaps (zien, horen, emb): only zien, only the gaps.
    await page.getByLabel('Ondersteuningsbehoefte', { exact: true }).selectOption('zien');
    await page.getByLabel('Alleen tekorten', { exact: true }).check();
    await clickAndWait(page, page.getByRole('button', { name: 'Tonen' }), /\/dekkend-aanbod\?/);
    await assertHeading(page, 'Dekkend aanbod');
    const gefilterd = await columnTexts(tabel(page), DEKKING);
    assert(gefilterd.length > 0, 'no zien gap on the demo data');
    assert(
      gefilterd.every((t) => t.startsWith('Tekort:')),
      `a covered row despite the filter: ${gefilterd.join(' | ')}`,
    );
    const behoeften = await columnTexts(tabel(page), 0);
    assert(
      behoeften.every((t) => t === 'Zien (visuele beperking)'),
      `another need: ${behoeften.join(', ')}`,
    );
    await checkA11y(page, 'dekkend aanbod filtered');

    // The download keeps the filter.
    const csv = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
    assert(csv.includes('behoefte=zien') && csv.includes('alleenTekorten=ja'), `csv link: ${csv}`);
  }));

test('a filter the page cannot use comes back beside its field', () =>
  withPage(
    async (page) => {
      await loginAs(page, 'swv.demo');
      await visit(page, '/dekkend-aanbod?gemeente=GM9999', 400);
      const melding = await errorOf(page, page.getByLabel('Gemeente', { exact: true }));
      assert(melding.includes('hoort niet bij'), `message: ${melding}`);
      await checkA11y(page, 'dekkend aanbod with an error');
    },
    allowStatus(400, '/dekkend-aanbod'),
  ));

test('the API and its CSV agree on the demo region', async () => {
  const token = await demoToken('swv.demo');
  const mij = await (
    await fetch(href('/api/v1/gebruikers/ik'), { headers: { Authorization: `Bearer ${token}` } })
  ).json();
  const swv = mij.organisatie;
  const res = await fetch(href(`/api/v1/samenwerkingsverbanden/${swv}/dekkend-aanbod`), {
    headers: { Authorization: `Bearer ${token}` },
  });
  assertEqual(res.status, 200, 'dekkend aanbod status');
  const body = await res.json();
  const metTekort = body.regels.filter((r) => r.tekorten.length > 0).length;
  assert(metTekort > 0, 'no gap in the API');
  const csv = await fetch(
    href(`/api/v1/samenwerkingsverbanden/${swv}/dekkend-aanbod/export?alleenTekorten=true`),
    { headers: { Authorization: `Bearer ${token}` } },
  );
  assertEqual(csv.status, 200, 'csv status');
  const regels = (await csv.text()).trim().split('\r\n');
  assertEqual(regels.length - 1, metTekort, 'csv rows with a gap');
});

await run();
