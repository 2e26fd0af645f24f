// Basisondersteuning (issue 5 item 3): school.demo describes per element of the norm how its
// location meets it (after a refused first try, with the message beside the field), records a
// shortfall with its explanation, and the public school page shows it; swv.demo sees the school
// fall short on that element in the overview of its region. Accessibility (axe, WCAG 2.1 AA)
// and console checks on every page.

import {
  allowStatus,
  assert,
  assertEqual,
  assertHeading,
  binaryFromArgs,
  checkA11y,
  clickAndWait,
  errorOf,
  loginAs,
  run,
  test,
  useServerAndBrowser,
  visit,
  withPage,
} from './harness.mjs';

useServerAndBrowser(binaryFromArgs(), { scale: 'regio', seed: 7 });

test('the school describes its basisondersteuning; the SWV sees where it falls short', async () => {
  let school = '';
  let naam = '';
  await withPage(async (page) => {
    await loginAs(page, 'school.demo');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await clickAndWait(
      page,
      menu.getByRole('link', { name: 'Basisondersteuning' }),
      /\/mijn-school\/basisondersteuning$/,
    );
    const kop = (await page.getByRole('heading', { level: 1 }).textContent()).trim();
    assert(kop.startsWith('Basisondersteuning van '), `heading: ${kop}`);
    naam = kop.slice('Basisondersteuning van '.length);
    const link = page.getByRole('link', { name: 'de pagina van uw school' });
    school = (await link.getAttribute('href'))
      .replace('/scholen/', '')
      .replace('#basisondersteuning', '');
    assert(/^\d\d[A-Z]{2}\d\d$/.test(school), `school code: ${school}`);
    // The norm's description is shown with each element.
    assert(
      (await page.locator('#norm-vroegsignalering').textContent()).includes('signaleert'),
      'the norm text of an element',
    );
    await checkA11y(page, 'basisondersteuning school');

    // Every element described, except the first: refused, the message beside its field.
    for (const veld of await page.locator('textarea[name^="hoe-"]').all()) {
      if (!(await veld.inputValue()).trim()) await veld.fill('Zo doen wij dat op onze school.');
    }
    const eerste = page.locator('#b-hoe-veilig-klimaat');
    await eerste.fill('');
    await clickAndWait(
      page,
      page.getByRole('button', { name: 'Nieuwe versie opslaan' }),
      /\/mijn-school\/basisondersteuning$/,
    );
    assertEqual(
      await errorOf(page, eerste),
      'Beschrijf hoe de school aan dit element voldoet.',
      'message beside the field',
    );
    await checkA11y(page, 'basisondersteuning met fout');

    await eerste.fill('Een schoolbrede aanpak voor sociale veiligheid.');
    await page.locator('#b-oordeel-ketenpartners').selectOption('nog-niet');
    await page
      .locator('#b-toelichting-ketenpartners')
      .fill('Het wijkteam start pas in maart in onze wijk.');
    await clickAndWait(
      page,
      page.getByRole('button', { name: 'Nieuwe versie opslaan' }),
      new RegExp(`/scholen/${school}`),
    );
    await assertHeading(page, 'Basisondersteuning', 2);
    const tekst = await page.locator('main').textContent();
    assert(tekst.includes('Het wijkteam start pas in maart in onze wijk.'), 'the explanation');
    await checkA11y(page, 'schoolpagina met basisondersteuning');
  }, allowStatus(400, '/mijn-school/basisondersteuning'));

  await withPage(async (page) => {
    await loginAs(page, 'swv.demo');
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await clickAndWait(
      page,
      menu.getByRole('link', { name: 'Basisondersteuning' }),
      /\/basisondersteuning$/,
    );
    await assertHeading(page, 'Stand per element', 2);
    assert(await page.locator('svg').first().isVisible(), 'the chart');
    const rij = page.locator('tr', {
      has: page.locator(`a[href="/scholen/${school}#basisondersteuning"]`),
    });
    assertEqual(await rij.count(), 1, `the row of ${naam}`);
    const regel = await rij.textContent();
    assert(regel.includes('Samenwerking met ketenpartners (nog niet)'), `the shortfall: ${regel}`);
    await checkA11y(page, 'basisondersteuning swv');
  });

  await withPage(async (page) => {
    // Public: the school page without login.
    await visit(page, `/scholen/${school}`);
    await assertHeading(page, 'Basisondersteuning', 2);
    await checkA11y(page, 'schoolpagina publiek');
  });
});

await run();
