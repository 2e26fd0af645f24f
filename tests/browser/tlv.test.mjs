// TLV from request to decision to the parent's view, on the demo region (issue 7): the school
// (school.demo) requests a TLV for the demo parent's child through the form, which starts from
// the child's file (the support needs of the registration), after a refused first try with the
// message beside the field; school and SWV add two expert advices (one by an orthopedagoog);
// the SWV (swv.demo) grants an so TLV in category midden; the parent (ouder.demo) sees the
// decision and the last day to object. When the demo data already hold an undecided request
// for the child (one per child), the test carries that request on instead of a new one.
// Accessibility (axe, WCAG 2.1 AA) and console checks on every page.

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

const MAANDEN = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
];

/** `2025-11-12` as Passend writes it on pages: `12 november 2025`. */
function nederlands(iso) {
  const [jaar, maand, dag] = iso.split('-').map(Number);
  return `${dag} ${MAANDEN[maand - 1]} ${jaar}`;
}

/** GET `path` on the API with `token`; the parsed body. */
async function api(path, token) {
  const res = await fetch(href(path), { headers: { Authorization: `Bearer ${token}` } });
  assertEqual(res.status, 200, `status of ${path}`);
  return res.json();
}

/** The demo parent's child (ouder.demo sees exactly its own children). */
async function kindVanOuder() {
  const leerlingen = (await api('/api/v1/leerlingen', await demoToken('ouder.demo')))._embedded
    .leerlingen;
  assertEqual(leerlingen.length, 1, 'children of ouder.demo');
  return leerlingen[0].id;
}

/** The child's undecided request as school.demo sees it, if the demo data hold one. */
async function onbeslisteAanvraag(kind) {
  const token = await demoToken('school.demo');
  for (const status of ['open', 'compleet']) {
    const pagina = await api(`/api/v1/tlv-aanvragen?status=${status}&pageSize=1000`, token);
    const gevonden = pagina._embedded.tlvAanvragen.find((a) => a.leerling === kind);
    if (gevonden) return gevonden;
  }
  return null;
}

test('the school requests, experts advise, the SWV decides, the parent sees it', async () => {
  const kind = await kindVanOuder();
  const bestaand = await onbeslisteAanvraag(kind);
  let aanvraag = bestaand ? `/tlv/${bestaand.id}` : '';
  const soort = bestaand ? bestaand.soort : 'so';

  await withPage(async (page) => {
    await loginAs(page, 'school.demo');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await clickAndWait(page, menu.getByRole('link', { name: 'TLV' }), /\/tlv$/);
    await assertHeading(page, 'Toelaatbaarheidsverklaringen');
    await checkA11y(page, 'TLV-lijst');
    await clickAndWait(page, page.getByRole('link', { name: 'Nieuwe TLV-aanvraag' }), /\/tlv\/nieuw$/);
    await assertHeading(page, 'Nieuwe TLV-aanvraag');
    await checkA11y(page, 'TLV-aanvraag: leerling kiezen');

    // The form starts from the child's file: the needs of the registration, to edit.
    await page.getByLabel('Leerlingnummer').fill(String(kind));
    await clickAndWait(page, page.getByRole('button', { name: 'Verder' }), /\/tlv\/nieuw\?leerling=/);
    const behoefte = page.getByLabel('Ondersteuningsbehoefte', { exact: true });
    const voorgevuld = await behoefte.inputValue();
    assert(voorgevuld.includes('volgens de aanmelding van'), `prefilled: ${voorgevuld}`);
    assert(
      (await page.locator('#tlv-herkomst').textContent()).includes('Overgenomen uit het dossier'),
      'where the text comes from',
    );
    await checkA11y(page, 'TLV-aanvraag voorgevuld');

    // Without what the school already did: refused, the message beside the field, the rest kept.
    await page.getByLabel('Soort onderwijs').selectOption(soort);
    await behoefte.fill(`${voorgevuld}\nIntensieve begeleiding bij gedrag in een kleine groep.`);
    await page.getByLabel('Wat heeft de school al gedaan').fill('');
    await page.getByLabel('Zienswijze van de ouders').fill('De ouders steunen de aanvraag.');
    await page.getByLabel('Ja', { exact: true }).check();
    await page
      .getByLabel('Wat vindt de leerling zelf, of waarom kon de leerling niet gehoord worden')
      .fill('Ik wil naar een school met een kleinere klas.');
    await clickAndWait(page, page.getByRole('button', { name: 'Aanvraag indienen' }), /\/tlv$/);
    const gedaan = page.getByLabel('Wat heeft de school al gedaan');
    assertEqual(
      await errorOf(page, gedaan),
      'Beschrijf wat de school al heeft gedaan (hoogstens 4.000 tekens).',
      'message',
    );
    assertEqual(
      await page.getByLabel('Zienswijze van de ouders').inputValue(),
      'De ouders steunen de aanvraag.',
      'kept',
    );
    await checkA11y(page, 'TLV-aanvraag met fout');

    if (aanvraag) {
      // One undecided request per child: carry the demo's request on.
      await visit(page, aanvraag);
    } else {
      await gedaan.fill('Een jaar arrangement met ambulante begeleiding en een aangepast rooster.');
      await clickAndWait(page, page.getByRole('button', { name: 'Aanvraag indienen' }), /\/tlv\/\d+$/);
      aanvraag = new URL(page.url()).pathname;
    }
    await checkA11y(page, 'TLV-aanvraag');

    // The school's advice: a kinderarts.
    await page.getByLabel('Discipline').fill('kinderarts');
    await page.getByLabel('Naam van de deskundige').fill('Dr. M. Jansen');
    await page.getByLabel('Advies', { exact: true }).fill('Medisch is er geen bezwaar tegen so.');
    await clickAndWait(page, page.getByRole('button', { name: 'Advies toevoegen' }), /\/tlv\/\d+$/);
    assert(
      (await page.locator('#adviezen ~ p').allTextContents()).some((p) => p.includes('Dr. M. Jansen')),
      'the advice on the page',
    );
  }, allowStatus(400, '/tlv'));

  await withPage(async (page) => {
    await loginAs(page, 'swv.demo');
    await visit(page, aanvraag);
    // The SWV's advice: the orthopedagoog completes the request.
    await page.getByLabel('Discipline').fill('orthopedagoog');
    await page.getByLabel('Naam van de deskundige').fill('Drs. P. de Boer');
    await page.getByLabel('Advies', { exact: true }).fill('Speciaal onderwijs past bij deze leerling.');
    await clickAndWait(page, page.getByRole('button', { name: 'Advies toevoegen' }), /\/tlv\/\d+$/);
    const feiten = await page.locator('.passend-facts').first().textContent();
    assert(feiten.includes('Bij de commissie'), `complete: ${feiten}`);
    await assertHeading(page, 'Besluit van de commissie', 2);
    await checkA11y(page, 'TLV-aanvraag bij de commissie');

    await page.getByLabel('Toegekend', { exact: true }).check();
    if (soort !== 'sbo') {
      await page.getByLabel('Categorie (alleen so en vso)').selectOption('midden');
    }
    await page.getByLabel('Ingangsdatum', { exact: true }).fill(dagenGeleden(0));
    await page.getByLabel('Einddatum', { exact: true }).fill(dagenGeleden(-366));
    await clickAndWait(page, page.getByRole('button', { name: 'Besluit vastleggen' }), /\/tlv\/\d+$/);
    const besluit = await page.locator('.passend-facts').first().textContent();
    assert(besluit.includes('Toegekend op'), `decision: ${besluit}`);
    await assertHeading(page, 'Bezwaar vastleggen', 2);
    await checkA11y(page, 'TLV besloten, voor het SWV');
  });

  await withPage(async (page) => {
    await loginAs(page, 'ouder.demo');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await clickAndWait(page, menu.getByRole('link', { name: 'TLV' }), /\/tlv$/);
    await checkA11y(page, 'TLV-lijst van de ouder');
    await clickAndWait(page, page.locator(`a[href="${aanvraag}"]`), /\/tlv\/\d+$/);
    await assertHeading(page, 'Het besluit', 2);
    const main = await page.locator('main').textContent();
    assert(main.includes('Uw kind krijgt een TLV voor'), `decision for the parent: ${main}`);
    if (soort !== 'sbo') assert(main.includes('midden (categorie 2)'), 'category');
    // Awb: 6 weeks (bezwaarDagen 42) from today's decision, with the SWV, then the LBT.
    const laatsteDag = nederlands(dagenGeleden(-42));
    assert(
      main.includes(`De laatste dag daarvoor is ${laatsteDag}.`),
      `last day to object (${laatsteDag}): ${main}`,
    );
    assert(main.includes('Landelijke Bezwaaradviescommissie'), 'how to object');
    assert(main.includes('Speciaal onderwijs past bij deze leerling.'), 'the advices');
    assertEqual(await page.getByRole('button').filter({ hasText: 'Advies toevoegen' }).count(), 0, 'forms');
    await checkA11y(page, 'TLV-besluit voor de ouder');
  });
});

await run();
