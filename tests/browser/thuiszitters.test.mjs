// The thuiszitters pages on the demo region (issue 6 item 5): the SWV and the municipality see
// their own overview (current thuiszitters with days at home and signals, the counts, the
// monthly trend as a chart with the same data in a table, age and sex, per 1,000 against the
// country); a national role sees aggregates only, with counts 1 to 4 as <5. Accessibility
// (axe, WCAG 2.1 AA) and console checks on every page.
//
// The demo data may or may not hold absence cases; the test registers one absoluut verzuim
// case through the API for the SWV and one for the municipality, so the lists are never empty.

import {
  assert,
  assertEqual,
  binaryFromArgs,
  checkA11y,
  clickAndWait,
  dagenGeleden,
  columnTexts,
  demoToken,
  href,
  loginAs,
  run,
  test,
  useServerAndBrowser,
  withPage,
} from './harness.mjs';

useServerAndBrowser(binaryFromArgs(), { scale: 'regio', seed: 7 });

/**
 * Registers absoluut verzuim that started `days` ago for a student in the account's scope;
 * tries the next student when one already has an open case (409). Returns the student's id.
 */
async function meldThuiszitter(gebruikersnaam, days) {
  const bearer = await demoToken(gebruikersnaam);
  const auth = { Authorization: `Bearer ${bearer}` };
  const list = await fetch(href('/api/v1/leerlingen?pageSize=20'), { headers: auth });
  assertEqual(list.status, 200, 'student list');
  const leerlingen = (await list.json())._embedded.leerlingen;
  for (const leerling of leerlingen) {
    const res = await fetch(href('/api/v1/verzuimmeldingen'), {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        leerling: leerling.id,
        type: 'absoluut-verzuim',
        startdatum: dagenGeleden(days),
      }),
    });
    if (res.status === 201) return leerling.id;
    assertEqual(res.status, 409, `registering a case: ${await res.text()}`);
  }
  throw new Error(`no student of ${gebruikersnaam} without an open case`);
}

/** Opens the thuiszitters page through the main navigation. */
async function openThuiszitters(page) {
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await clickAndWait(page, menu.getByRole('link', { name: 'Thuiszitters' }), /\/thuiszitters$/);
}

/**
 * Checks the regional overview: heading, list, chart with its table, per 1,000. The list of a
 * municipality has a column for the SWV before the dates, so its days are in `dagenKolom`.
 */
async function checkRegionalPage(page, label, dagenKolom = 3) {
  const heading = page.getByRole('heading', { level: 1 });
  assert((await heading.textContent()).startsWith('Thuiszitters '), `${label}: heading`);
  const list = page.getByRole('region', { name: /thuiszitters?, langst thuis eerst/ });
  const dagen = await columnTexts(list.locator('table'), dagenKolom);
  assert(dagen.length >= 1, `${label}: no current thuiszitter listed`);
  assert(dagen.every((d) => /^\d+$/.test(d.replaceAll('.', ''))), `${label}: days ${dagen}`);
  assert(
    (await list.getByText('Langer dan 3 maanden').count()) >= 1,
    `${label}: no 3-month signal badge`,
  );
  const chart = page.getByRole('img', { name: 'Thuiszitters per maand' });
  assert(await chart.isVisible(), `${label}: trend chart not visible`);
  const trend = page.getByRole('region', { name: 'Thuiszitters per maand' }).locator('table');
  assertEqual((await columnTexts(trend, 0)).length, 12, `${label}: months in the trend table`);
  const laatste = (await columnTexts(trend, 2)).at(-1);
  assert(Number(laatste.replaceAll('.', '')) >= 1, `${label}: this month's count ${laatste}`);
  const perDuizend = page.getByRole('region', { name: /per 1\.000 leerlingen/ }).locator('table');
  assertEqual((await columnTexts(perDuizend, 0)).at(-1), 'Nederland', `${label}: national row`);
  await checkA11y(page, label);
}

test('swv: the overview of its own region, with the trend chart and the table', async () => {
  await meldThuiszitter('swv.demo', 120);
  await withPage(async (page) => {
    await loginAs(page, 'swv.demo');
    await openThuiszitters(page);
    await checkRegionalPage(page, 'SWV thuiszitters page');
    assert(await page.getByRole('heading', { name: 'Tussendoelen' }).isVisible(), 'tussendoelen');
    // An earlier peildatum through the GET form.
    await page.getByLabel('Peildatum', { exact: true }).fill(dagenGeleden(30));
    await clickAndWait(page, page.getByRole('button', { name: 'Tonen' }), /peildatum=/);
    await checkRegionalPage(page, 'SWV thuiszitters page on an earlier day');
  });
});

test('gemeente: the overview of the cases its leerplicht handles', async () => {
  await meldThuiszitter('gemeente.demo', 100);
  await withPage(async (page) => {
    await loginAs(page, 'gemeente.demo');
    await openThuiszitters(page);
    await checkRegionalPage(page, 'municipality thuiszitters page', 4);
  });
});

test('inspectie: national aggregates only, small numbers as <5', () =>
  withPage(async (page) => {
    await loginAs(page, 'inspectie.demo');
    await openThuiszitters(page);
    const heading = page.getByRole('heading', { level: 1, name: 'Thuiszitters in Nederland' });
    assert(await heading.isVisible(), 'national heading');
    const perSwv = page.getByRole('region', { name: 'Thuiszitters per samenwerkingsverband' });
    const counts = await columnTexts(perSwv.locator('table'), 3);
    assert(counts.length >= 2, `SWV rows: ${counts.length}`);
    assert(
      counts.every((c) => c === '<5' || c === '0' || Number(c.replaceAll('.', '')) >= 5),
      `unsuppressed small count among ${counts}`,
    );
    const main = await page.locator('main').innerText();
    assert(!main.includes('Dagen thuis'), 'a national page lists no child');
    assert(await page.getByRole('img', { name: 'Thuiszitters per maand' }).isVisible(), 'chart');
    await checkA11y(page, 'national thuiszitters page');
  }));

await run();
