// The OPP from the school to the parent, on the demo region (issue 7 item 4): the school
// (school.demo) makes the plan of the demo parent's child through the form (refused first
// without a goal, the message beside the field), or, when the demo data already hold the
// child's plan (one plan per child and school), sets a new version starting from the newest;
// then it asks the parents' consent. The parent (ouder.demo) opens the plan from the
// navigation, gives consent, and sees it in force on the printable one-page view.
// Accessibility (axe, WCAG 2.1 AA) and console checks on every page.

import {
  allowStatus,
  assert,
  assertEqual,
  assertHeading,
  binaryFromArgs,
  checkA11y,
  clickAndWait,
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

// The next two are the same as in the TLV test's version of the harness, which is not committed
// yet; use the harness's once it exports them.

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

/** Fills the content fields of a version (the same on the new-plan and new-version forms). */
async function vulInhoud(page, doelen) {
  await page.getByLabel('Verwachte uitstroombestemming').fill('vmbo kaderberoepsgerichte leerweg');
  await page.getByLabel('Bevorderende factoren').fill('Leergierig en behulpzaam in de groep.');
  await page.getByLabel('Belemmerende factoren').fill('Concentratie neemt af in de middag.');
  await page
    .getByLabel('Ondersteuning', { exact: true })
    .fill('Een rustige werkplek en elke ochtend een dagplanning met de leerkracht.');
  await page.getByLabel('Handelingsdeel: doelen').fill(doelen);
  await page.getByLabel('Ja', { exact: true }).check();
  await page
    .getByLabel('Wat vindt de leerling zelf, of waarom kon de leerling niet gehoord worden')
    .fill('Ik wil zelf mijn weektaak kunnen plannen.');
}

test('the school sets the plan and asks consent, the parent gives it', async () => {
  const kind = await kindVanOuder();
  const bestaand = (
    await api(`/api/v1/opps?leerling=${kind}`, await demoToken('school.demo'))
  )._embedded.opps[0];
  let plan = bestaand ? `/opp/${bestaand.id}` : '';
  const doel = 'Plant zelfstandig de weektaak met het planbord.';

  await withPage(async (page) => {
    await loginAs(page, 'school.demo');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await clickAndWait(page, menu.getByRole('link', { name: 'OPP' }), /\/opp$/);
    await assertHeading(page, 'Ontwikkelingsperspectiefplannen');
    await checkA11y(page, 'OPP-lijst van de school');

    if (!plan) {
      await clickAndWait(
        page,
        page.getByRole('link', { name: 'Nieuw ontwikkelingsperspectiefplan' }),
        /\/opp\/nieuw$/,
      );
      await assertHeading(page, 'Nieuw ontwikkelingsperspectiefplan');
      await checkA11y(page, 'Nieuw OPP');
      await page.getByLabel('Leerlingnummer').fill(String(kind));
      // Without a goal: refused, the message beside the field, the rest kept.
      await vulInhoud(page, '');
      await clickAndWait(page, page.getByRole('button', { name: 'Plan opslaan' }), /\/opp$/);
      assertEqual(
        await errorOf(page, page.getByLabel('Handelingsdeel: doelen')),
        'Het handelingsdeel heeft minstens één en hoogstens 20 doelen.',
        'message',
      );
      assertEqual(
        await page.getByLabel('Bevorderende factoren').inputValue(),
        'Leergierig en behulpzaam in de groep.',
        'kept',
      );
      await checkA11y(page, 'Nieuw OPP met fout');
      await page.getByLabel('Handelingsdeel: doelen').fill(doel);
      await clickAndWait(page, page.getByRole('button', { name: 'Plan opslaan' }), /\/opp\/\d+$/);
      plan = new URL(page.url()).pathname;
    } else {
      // One plan per child and school: the change is a new version, starting from the newest.
      await visit(page, plan);
      await clickAndWait(
        page,
        page.getByRole('link', { name: 'Nieuwe versie vaststellen' }),
        /\/opp\/\d+\/versie$/,
      );
      const voorgevuld = await page.getByLabel('Handelingsdeel: doelen').inputValue();
      assert(voorgevuld.trim().length > 0, 'the form starts from the newest version');
      await checkA11y(page, 'Nieuwe OPP-versie');
      await page.getByLabel('Handelingsdeel: doelen').fill(doel);
      await clickAndWait(page, page.getByRole('button', { name: 'Versie vaststellen' }), /\/opp\/\d+$/);
    }
    await assertHeading(page, 'Versies', 2);
    assert((await page.locator('main').textContent()).includes(doel), 'the goal on the page');
    await checkA11y(page, 'OPP voor de school');

    await clickAndWait(page, page.getByRole('button', { name: 'Instemming vragen' }), /\/opp\/\d+$/);
    const feiten = await page.locator('.passend-facts').first().textContent();
    assert(feiten.includes('Instemming gevraagd'), `asked: ${feiten}`);
    assertEqual(await page.getByRole('button', { name: 'Instemming vragen' }).count(), 0, 'once');
  }, allowStatus(400, '/opp'));

  await withPage(async (page) => {
    await loginAs(page, 'ouder.demo');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await clickAndWait(page, menu.getByRole('link', { name: 'OPP' }), /\/opp$/);
    await checkA11y(page, 'OPP-lijst van de ouder');
    await clickAndWait(page, page.locator(`a[href="${plan}"]`), /\/opp\/\d+$/);
    await assertHeading(page, 'Uw instemming', 2);
    assert((await page.locator('main').textContent()).includes(doel), 'the new goal');
    await checkA11y(page, 'OPP met vraag om instemming');
    await page.getByLabel('Ja, ik stem in').check();
    await clickAndWait(page, page.getByRole('button', { name: 'Antwoord versturen' }), /\/opp\/\d+$/);
    const feiten = await page.locator('.passend-facts').first().textContent();
    assert(feiten.includes('Instemming gegeven'), `given: ${feiten}`);
    assertEqual(await page.getByRole('button', { name: 'Antwoord versturen' }).count(), 0, 'answered');
    await checkA11y(page, 'OPP met instemming');

    // One child, one plan: the version in force on one printable page.
    await clickAndWait(page, page.getByRole('link', { name: /Afdrukken/ }), /\/opp\/\d+\/afdruk$/);
    const afdruk = await page.locator('main').textContent();
    assert(afdruk.includes('met instemming van de ouders'), `in force: ${afdruk}`);
    assert(afdruk.includes(doel), 'the goal in the print');
    await checkA11y(page, 'OPP afdrukken');
  });
});

await run();
