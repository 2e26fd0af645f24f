// Absence cases (verzuimmeldingen) on the demo region (issue 6): the school registers a
// langdurig relatief verzuim case through the form (after a refused first try, with the message
// beside the field), sees the days at home and the 3-month signal, and escalates the case to
// the doorbraakaanpak; the SWV (swv.demo, whose agreement names who holds doorzettingsmacht)
// records the decision with who took it. Accessibility (axe, WCAG 2.1 AA) and console checks on
// every page.

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
  visit,
  withPage,
} from './harness.mjs';

useServerAndBrowser(binaryFromArgs(), { scale: 'regio', seed: 7 });

/** GET `path` on the API with `token`; the parsed body. */
async function api(path, token) {
  const res = await fetch(href(path), { headers: { Authorization: `Bearer ${token}` } });
  assertEqual(res.status, 200, `status of ${path}`);
  return res.json();
}

/** A student of school.demo without a running langdurig relatief verzuim case. */
async function leerlingZonderMelding() {
  const token = await demoToken('school.demo');
  const leerlingen = (await api('/api/v1/leerlingen?pageSize=50', token))._embedded.leerlingen;
  const lopend = (
    await api('/api/v1/verzuimmeldingen?lopend=true&type=langdurig-relatief-verzuim&pageSize=100', token)
  )._embedded.verzuimmeldingen.map((m) => m.leerling);
  const vrij = leerlingen.find((l) => !lopend.includes(l.id));
  assert(vrij, 'every student of the demo school already has a running case');
  return vrij.id;
}

test('the school registers a case and escalates it; the SWV decides', async () => {
  const leerling = await leerlingZonderMelding();
  let zaak = '';
  await withPage(async (page) => {
    await loginAs(page, 'school.demo');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await clickAndWait(page, menu.getByRole('link', { name: 'Verzuim' }), /\/verzuim$/);
    await assertHeading(page, 'Verzuim');
    await checkA11y(page, 'verzuimlijst');
    await clickAndWait(page, page.getByRole('link', { name: 'Nieuwe verzuimmelding' }), /\/verzuim\/nieuw$/);
    await assertHeading(page, 'Nieuwe verzuimmelding');
    await checkA11y(page, 'nieuwe verzuimmelding');

    // Without the first day: refused, the message beside the field, the rest kept.
    await page.getByLabel('Leerlingnummer').fill(String(leerling));
    await page.getByLabel('Soort melding').selectOption('langdurig-relatief-verzuim');
    await clickAndWait(page, page.getByRole('button', { name: 'Melding registreren' }), /\/verzuim$/);
    const start = page.getByLabel('Eerste verzuimdag');
    assertEqual(await errorOf(page, start), 'Vul de eerste verzuimdag in.', 'message');
    assertEqual(await page.getByLabel('Leerlingnummer').inputValue(), String(leerling), 'kept');
    await checkA11y(page, 'nieuwe verzuimmelding met fout');

    await start.fill(dagenGeleden(100));
    await clickAndWait(page, page.getByRole('button', { name: 'Melding registreren' }), /\/verzuim\/\d+$/);
    zaak = new URL(page.url()).pathname;
    await assertHeading(page, (await page.locator('h1').textContent()).trim());
    const feiten = await page.locator('.passend-facts').first().textContent();
    assert(feiten.includes('Dagen thuis100'), `days at home: ${feiten}`);
    assert(feiten.includes('Langer dan 3 maanden thuis'), 'the 3-month signal');
    await checkA11y(page, 'verzuimmelding');

    await page.getByLabel('Waarom lopen de partners vast').fill(
      'School, ouders en jeugdhulp komen na drie overleggen niet tot een aanbod.',
    );
    await clickAndWait(page, page.getByRole('button', { name: 'Doorbraak vragen' }), /\/verzuim\/\d+$/);
    await assertHeading(page, 'Doorbraakaanpak', 2);
    const doorbraak = await page.locator('.passend-facts').nth(1).textContent();
    assert(doorbraak.includes('Nog niet genomen'), `open escalation: ${doorbraak}`);
    // The school does not decide: no decision form.
    assertEqual(await page.getByRole('button', { name: 'Besluit vastleggen' }).count(), 0, 'form');
  }, allowStatus(400, '/verzuim'));

  await withPage(async (page) => {
    await loginAs(page, 'swv.demo');
    await visit(page, zaak);
    await checkA11y(page, 'verzuimmelding voor het SWV');
    // Who took it is required.
    await page.getByLabel('Besluit', { exact: true }).fill('Plaats op SO De Brug, zorg uit de Jeugdwet.');
    await clickAndWait(page, page.getByRole('button', { name: 'Besluit vastleggen' }), /doorbraak-besluit$/);
    assertEqual(await errorOf(page, page.getByLabel('Genomen door')), 'Vul in wie het besluit nam (naam en functie).', 'message');
    await checkA11y(page, 'besluit met fout');
    await page.getByLabel('Genomen door').fill('A. Bakker, voorzitter doorbraaktafel');
    await clickAndWait(page, page.getByRole('button', { name: 'Besluit vastleggen' }), /\/verzuim\/\d+$/);
    const doorbraak = await page.locator('.passend-facts').nth(1).textContent();
    assert(doorbraak.includes('door A. Bakker, voorzitter doorbraaktafel'), `decision: ${doorbraak}`);
  }, allowStatus(400, `${zaak}/doorbraak-besluit`));
});

await run();
