// Registrations (aanmeldingen) on the demo region: a school registers a new child through the
// form (after a refused first try), extends the decision term and decides on a place at
// another school of the region, with hoorrecht; the page then shows the decision and the
// timeline. Accessibility (axe, WCAG 2.1 AA) and console checks on every page.
//
// Helpers take the page first and do one step each, so that more flows (such as the parent's)
// can reuse them.

import {
  allowStatus,
  assert,
  assertEqual,
  assertHeading,
  binaryFromArgs,
  checkA11y,
  clickAndWait,
  columnTexts,
  DEMO_PASSWORD,
  loginAs,
  passendCli,
  run,
  test,
  useServerAndBrowser,
  visit,
  withPage,
} from './harness.mjs';

useServerAndBrowser(binaryFromArgs(), { scale: 'regio', seed: 7 });

/**
 * A BSN that passes the elfproef for an 8-digit `prefix`. The demo's BSNs start with 2, so a
 * prefix starting with 1 gives a child that is not in the demo data yet.
 */
function bsnVoor(prefix) {
  const digits = String(prefix).padStart(8, '0').split('').map(Number);
  const sum = digits.reduce((acc, d, i) => acc + d * (9 - i), 0);
  for (let last = 0; last <= 9; last++) {
    if ((sum - last) % 11 === 0) return digits.join('') + last;
  }
  return null;
}

/** Opens the registration list through the main navigation. */
async function openList(page) {
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await clickAndWait(page, menu.getByRole('link', { name: 'Aanmeldingen' }), /\/aanmeldingen$/);
  await assertHeading(page, 'Aanmeldingen');
}

/** The error message tied to `control` by aria-describedby, checked to be beside it. */
async function errorBeside(page, control) {
  assertEqual(await control.getAttribute('aria-invalid'), 'true', 'aria-invalid');
  const ids = (await control.getAttribute('aria-describedby')) ?? '';
  const errorId = ids.split(' ').find((id) => id.endsWith('-fout'));
  assert(errorId, `no error message in aria-describedby="${ids}"`);
  const message = page.locator(`[id="${errorId}"]`);
  assert(await message.isVisible(), `error message #${errorId} not visible`);
  const beside = await message.evaluate(
    (el, id) => el.closest('.utrecht-form-field')?.querySelector(`[id="${id}"]`) !== null,
    await control.getAttribute('id'),
  );
  assert(beside, `error message #${errorId} is not in the field of its control`);
  return (await message.textContent()).trim();
}

/** Fills in the registration form for a new child; `kind` holds the child's details. */
async function fillNewChild(page, kind) {
  await page.getByLabel('Voornamen').fill(kind.voornamen);
  await page.getByLabel('Achternaam').fill(kind.achternaam);
  await page.getByLabel(kind.geslacht, { exact: true }).check();
  await page.getByLabel('Geboortedatum').fill(kind.geboortedatum);
  await page.getByLabel('Burgerservicenummer (BSN)').fill(kind.bsn);
  await page.getByLabel('Postcode').fill(kind.postcode);
  await page.getByLabel('Huisnummer').fill(kind.huisnummer);
  for (const behoefte of kind.behoeften) await page.getByLabel(behoefte, { exact: true }).check();
}

/** Submits the registration form; resolves when the answer (a page) has loaded. */
async function submitRegistration(page, urlPattern) {
  await clickAndWait(page, page.getByRole('button', { name: 'Aanmelding vastleggen' }), urlPattern);
}

/** Extends the decision term through the form on the registration page. */
async function extend(page, weken, reden) {
  await page.getByLabel('Verlengen met').selectOption(String(weken));
  await page.getByLabel('Reden van de verlenging').fill(reden);
  await clickAndWait(
    page,
    page.getByRole('button', { name: 'Termijn verlengen' }),
    /\?opgeslagen=verlenging$/,
  );
}

/** The first school the decision form suggests as "Andere school" (never the own school). */
async function otherSchool(page) {
  const codes = await page.locator('#besluit-scholen option').evaluateAll((options) =>
    options.map((o) => o.value),
  );
  assert(codes.length > 0, 'no other schools suggested');
  return codes[0];
}

/** Records a decision through the form; `besluit` holds the choices as the labels say them. */
async function decide(page, besluit) {
  await page.getByLabel(besluit.uitkomst, { exact: true }).check();
  if (besluit.andereSchool) {
    await page.getByLabel('Andere school (vestigingscode)').fill(besluit.andereSchool);
    await page.getByLabel('De andere school heeft de leerling aangenomen').check();
  }
  if (besluit.zienswijze) {
    await page.getByLabel('De leerling is gehoord', { exact: true }).check();
    await page.getByLabel('Wat vindt de leerling zelf? (zienswijze)').fill(besluit.zienswijze);
  }
  await clickAndWait(
    page,
    page.getByRole('button', { name: 'Besluit vastleggen' }),
    /\?opgeslagen=besluit$/,
  );
}

/** The rows of the timeline table as [wie, wat]. */
async function timeline(page) {
  const table = page.getByRole('region', { name: 'Tijdlijn' }).locator('table');
  const wie = await columnTexts(table, 1);
  const wat = await columnTexts(table, 2);
  return wie.map((w, i) => [w, wat[i]]);
}

// What the school flow created, for later flows (such as the parent's) to look at.
const kind = {
  voornamen: 'Noor',
  achternaam: 'Testkind',
  geslacht: 'Meisje',
  geboortedatum: '2019-03-14',
  bsn: bsnVoor(12345678),
  postcode: '1234 AB',
  huisnummer: '12',
  behoeften: ['Gedrag', 'Taal en spraak'],
};
let registratie; // path of the registration page

test('school: register a new child, extend, decide on a place elsewhere', () =>
  withPage(
    async (page) => {
      await loginAs(page, 'school.demo');
      await openList(page);
      await checkA11y(page, 'registration list (empty)');

      await clickAndWait(
        page,
        page.getByRole('link', { name: 'Nieuwe aanmelding' }),
        /\/aanmeldingen\/nieuw$/,
      );
      await assertHeading(page, 'Nieuwe aanmelding');
      const school = page.getByLabel('School (vestigingscode)');
      assert(/^\d{2}[A-Z]{2}\d{2}$/.test(await school.inputValue()), 'school not prefilled');
      assert(await page.getByLabel('Schriftelijk', { exact: true }).isChecked(), 'written');
      const aanmelddatum = await page.getByLabel('Aanmelddatum').inputValue();
      assert(/^\d{4}-\d{2}-\d{2}$/.test(aanmelddatum), `aanmelddatum: ${aanmelddatum}`);
      await checkA11y(page, 'registration form');

      // A BSN that fails the elfproef: the form comes back with the values and the message.
      await fillNewChild(page, { ...kind, bsn: '123456789' });
      await submitRegistration(page, /\/aanmeldingen$/);
      const bsn = page.getByLabel('Burgerservicenummer (BSN)');
      const message = await errorBeside(page, bsn);
      assert(/BSN|burgerservicenummer|elfproef/i.test(message), `BSN message: ${message}`);
      assertEqual(await page.getByLabel('Voornamen').inputValue(), kind.voornamen, 'kept name');
      assert(await page.getByLabel('Gedrag', { exact: true }).isChecked(), 'kept support need');
      await checkA11y(page, 'registration form with an error');

      await bsn.fill(kind.bsn);
      await submitRegistration(page, /\/aanmeldingen\/\d+\?opgeslagen=aanmelding$/);
      registratie = new URL(page.url()).pathname;
      const feiten = await page.locator('main').innerText();
      kind.id = Number(/leerlingnummer (\d+)/.exec(feiten)?.[1]);
      assert(kind.id > 0, `no leerlingnummer on the page: ${feiten}`);
      await assertHeading(page, `Aanmelding van ${kind.voornamen} ${kind.achternaam}`);
      assert(await page.getByText('De aanmelding is vastgelegd.').isVisible(), 'no notice');
      assert(await page.locator('.passend-badge').first().isVisible(), 'no status badge');
      await checkA11y(page, 'registration page with forms');

      await extend(page, 2, 'Het onderzoek door de orthopedagoog loopt nog.');
      assert(await page.getByText('De verlenging is vastgelegd.').isVisible(), 'no notice');
      const verlenging = await page.locator('#verlenging + p').textContent();
      assert(verlenging.includes('verlengd met 2 weken'), `extension text: ${verlenging}`);
      assert(verlenging.includes('orthopedagoog'), `extension reason: ${verlenging}`);
      const verlengKnop = page.getByRole('button', { name: 'Termijn verlengen' });
      assertEqual(await verlengKnop.count(), 0, 'extension form after the one extension');

      const andere = await otherSchool(page);
      await decide(page, {
        uitkomst: 'Geplaatst op een andere school',
        andereSchool: andere,
        zienswijze: 'Ik wil graag naar een school met een kleine klas.',
      });
      assert(await page.getByText('Het besluit is vastgelegd.').isVisible(), 'no notice');
      const besluit = await page.locator('#besluit + dl').innerText();
      assert(besluit.includes('Geplaatst op een andere school'), `decision: ${besluit}`);
      assert(besluit.includes(andere), `decision lacks the other school ${andere}: ${besluit}`);
      assert(besluit.includes('kleine klas'), `decision lacks the student's view: ${besluit}`);
      assertEqual(
        await page.locator('main form:not([action="/geschillen"])').count(),
        0,
        'extension or decision forms after the decision',
      );
      assertEqual(
        await page.locator('main form[action="/geschillen"]').count(),
        1,
        'the form to start a dispute about the decision',
      );

      const stappen = await timeline(page);
      assertEqual(stappen.length, 3, `timeline steps ${JSON.stringify(stappen)}`);
      assert(stappen.every(([wie]) => wie.startsWith('school.demo')), 'who in the timeline');
      assert(stappen[0][1].startsWith('Schriftelijke aanmelding vastgelegd'), stappen[0][1]);
      assert(stappen[1][1].startsWith('Beslistermijn verlengd met 2 weken'), stappen[1][1]);
      assert(stappen[2][1].startsWith('Besluit: Geplaatst op een andere school'), stappen[2][1]);
      await checkA11y(page, 'decided registration page');

      // The list now holds the registration, decided.
      await openList(page);
      const namen = await columnTexts(page, 0);
      assert(namen.includes(`${kind.voornamen} ${kind.achternaam}`), `list: ${namen}`);
      const statussen = await columnTexts(page, 3);
      assert(statussen.some((s) => s.startsWith('Besloten')), `statuses: ${statussen}`);
      await checkA11y(page, 'registration list');
    },
    allowStatus(400, '/aanmeldingen'),
  ));

test('ouder: reads the decision, the rights and the ladder, and starts a dispute', () =>
  withPage(async (page) => {
    assert(registratie && kind.id, 'the school flow ran first');
    // Parents get an account for their own child (DigiD in production; the CLI here).
    await passendCli(
      ['user', 'add', '--user', 'ouder.noor', '--role', 'ouder', '--leerling', String(kind.id)],
      `${DEMO_PASSWORD}\n`,
    );
    await loginAs(page, 'ouder.noor');
    await visit(page, registratie);
    await assertHeading(page, `Aanmelding van ${kind.voornamen} ${kind.achternaam}`);
    const tekst = await page.locator('main').innerText();
    assert(tekst.includes('Geplaatst op een andere school'), `no decision: ${tekst}`);
    await assertHeading(page, 'Uw rechten', 2);
    await assertHeading(page, 'Niet eens met het besluit?', 2);
    const ladder = await page.locator('.passend-ladder li').allInnerTexts();
    assertEqual(ladder.length, 6, `ladder ${JSON.stringify(ladder)}`);
    assert(ladder[0].startsWith('School en ouders'), `first rung: ${ladder[0]}`);
    assert(
      ladder.some((r) => r.startsWith('Geschillencommissie Passend Onderwijs')),
      `no GPO rung: ${ladder}`,
    );
    await assertHeading(page, 'Hulp voor ouders', 2);
    assertEqual(
      await page.locator('main form:not([action="/geschillen"])').count(),
      0,
      'a parent gets no extension or decision forms',
    );
    await checkA11y(page, 'registration page for the parent');

    await page.getByLabel(/Waar bent u het niet mee eens/).fill('Wij willen dat Noor hier blijft.');
    await clickAndWait(
      page,
      page.getByRole('button', { name: 'Geschil starten' }),
      /\/geschillen\/\d+$/,
    );
    await assertHeading(page, 'Geschil over Toelating');
    const gpo = await page.locator('main').innerText();
    assert(gpo.includes('Indienen kan tot en met'), `no GPO filing term: ${gpo}`);
    await page.getByLabel('Stap', { exact: true }).selectOption({ label: 'School en ouders' });
    await page.getByLabel('Wie behandelt deze stap').fill('De directeur');
    await clickAndWait(
      page,
      page.getByRole('button', { name: 'Stap starten' }),
      /\/geschillen\/\d+$/,
    );
    const rijen = await columnTexts(page.locator('table:has(#stappen-tabel)'), 1);
    assertEqual(rijen.join(), 'De directeur', 'the step and who handles it');
    assert(
      (await page.locator('[aria-current="step"]').innerText()).includes('School en ouders'),
      'the ladder marks the current step',
    );
    await checkA11y(page, 'dispute page');
  }));

test('gemeente: no registrations', () =>
  withPage(
    async (page) => {
      await loginAs(page, 'gemeente.demo');
      const menu = await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link')
        .allTextContents();
      assert(!menu.includes('Aanmeldingen'), `Hoofdmenu offers "Aanmeldingen": ${menu}`);
      await visit(page, registratie ?? '/aanmeldingen', 403);
    },
    allowStatus(403, registratie ?? '/aanmeldingen'),
  ));

run();
