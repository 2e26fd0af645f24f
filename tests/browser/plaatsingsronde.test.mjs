// A placement round on the demo region (issue 5 item 5): the SWV (swv.demo) opens
// Plaatsingsrondes from the menu, is refused a seed on a minimum-cost round (the message beside
// the field), starts the round, sees the proposals with distance and the unplaced with their
// reasons, escalates one child with a reason, and confirms the round; the list then shows it
// confirmed. Accessibility (axe, WCAG 2.1 AA) and console checks on every page.

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
  loginAs,
  run,
  test,
  useServerAndBrowser,
  withPage,
} from './harness.mjs';

useServerAndBrowser(binaryFromArgs(), { scale: 'regio', seed: 7 });

/** The refused forms this test posts on purpose (400, the message beside the field). */
function geweigerd(p) {
  const pad = p.url ? new URL(p.url).pathname : '';
  return /^\/plaatsingsrondes(\/\d+\/wijzigingen)?$/.test(pad) && allowStatus(400, pad)(p);
}

test('the SWV starts a round, sees the proposals, escalates one child and confirms', async () => {
  await withPage(async (page) => {
    await loginAs(page, 'swv.demo');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await clickAndWait(page, menu.getByRole('link', { name: 'Plaatsingsrondes' }), /\/plaatsingsrondes$/);
    await assertHeading(page, 'Plaatsingsrondes');
    await checkA11y(page, 'Plaatsingsrondes');

    // A seed belongs to a preference round only: refused beside the field, the choice kept.
    await page.getByLabel('Soort ronde').selectOption('minimale-kosten');
    const seed = page.getByLabel('Seed van de loting (alleen bij voorkeur)');
    await seed.fill('7');
    await clickAndWait(page, page.getByRole('button', { name: 'Ronde starten' }), /\/plaatsingsrondes$/);
    assertEqual(
      await errorOf(page, seed),
      'Een seed hoort alleen bij een voorkeursronde (loting).',
      'message beside the seed',
    );
    assertEqual(await seed.inputValue(), '7', 'the seed is kept');
    await checkA11y(page, 'Plaatsingsrondes met fout');

    // The round on the demo's children awaiting a place.
    await seed.fill('');
    await clickAndWait(
      page,
      page.getByRole('button', { name: 'Ronde starten' }),
      /\/plaatsingsrondes\/\d+$/,
    );
    const pad = new URL(page.url()).pathname;
    const nummer = pad.split('/').pop();
    await assertHeading(page, `Plaatsingsronde ${nummer}`);
    const voorstellen = page.getByRole('table', { name: 'Voorstellen' });
    const kinderen = await columnTexts(voorstellen, 0);
    assert(kinderen.length > 0, 'the demo round proposes a school for some children');
    const afstanden = await columnTexts(voorstellen, 4);
    assert(afstanden.every((a) => / km$/.test(a)), `distances: ${afstanden.join(', ')}`);
    const niet = page.getByRole('table', { name: 'Niet geplaatst' });
    if ((await niet.count()) > 0) {
      const redenen = await columnTexts(niet, 4);
      assert(redenen.every((r) => r.length > 0), 'every unplaced child has a reason');
    }
    await checkA11y(page, 'Plaatsingsronde');

    // Escalate the first proposed child: without a reason refused beside the field, then done.
    const kind = kinderen[0];
    const formulier = page.getByRole('form', { name: kind, exact: true });
    await formulier.getByLabel('School (vestigingscode)').fill('');
    await clickAndWait(page, formulier.getByRole('button', { name: 'Voorstel wijzigen' }), /\/wijzigingen$/);
    const reden = page.getByRole('form', { name: kind, exact: true }).getByLabel('Reden');
    assertEqual(await errorOf(page, reden), 'Geef de reden van deze wijziging.', 'reason required');
    await checkA11y(page, 'Plaatsingsronde met fout');
    await page.getByRole('form', { name: kind, exact: true }).getByLabel('School (vestigingscode)').fill('');
    await reden.fill('De ouders willen eerst een gesprek met het SWV.');
    await clickAndWait(
      page,
      page.getByRole('form', { name: kind, exact: true }).getByRole('button', { name: 'Voorstel wijzigen' }),
      new RegExp(`${pad}$`),
    );
    const nietNu = page.getByRole('table', { name: 'Niet geplaatst' });
    assert((await columnTexts(nietNu, 0)).includes(kind), `${kind} is now unplaced`);
    assert(
      (await nietNu.textContent()).includes(
        'Gewijzigd door swv.demo: De ouders willen eerst een gesprek met het SWV.',
      ),
      'the change and its reason are shown',
    );
    await checkA11y(page, 'Plaatsingsronde na wijziging');

    // Confirmed: final, no forms left.
    await page.getByLabel('Toelichting (optioneel)').fill('Besproken in het overleg.');
    await clickAndWait(page, page.getByRole('button', { name: 'Ronde bevestigen' }), new RegExp(`${pad}$`));
    assert(
      (await page.locator('dl.passend-feiten').textContent()).includes('Bevestigd'),
      'the round is confirmed',
    );
    assertEqual(await page.getByRole('button', { name: 'Ronde bevestigen' }).count(), 0, 'no form');
    await checkA11y(page, 'Plaatsingsronde bevestigd');

    await clickAndWait(page, menu.getByRole('link', { name: 'Plaatsingsrondes' }), /\/plaatsingsrondes$/);
    assert((await columnTexts(page, 2)).includes('Bevestigd'), 'the list shows it confirmed');
  }, geweigerd);
});

await run();
