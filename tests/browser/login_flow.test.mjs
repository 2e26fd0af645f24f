// Logging in and out on the demo region: the login form and its errors, the student list,
// search, a student's file, the audit page, role-based navigation and access, with
// accessibility (axe, WCAG 2.1 AA) and console checks on every page.

import {
  allowStatus,
  assert,
  assertEqual,
  assertHeading,
  binaryFromArgs,
  checkA11y,
  columnTexts,
  run,
  test,
  useServerAndBrowser,
  visit,
  withPage,
} from './harness.mjs';

const PASSWORD = 'passend-demo-2026';
useServerAndBrowser(binaryFromArgs(), { scale: 'regio', seed: 7 });

/** Path and query of the page's current URL. */
function where(page) {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

/** Fills in the login form and submits it; waits for the answer to load. */
async function submitLogin(page, gebruikersnaam, wachtwoord) {
  await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
  await page.getByLabel('Wachtwoord').fill(wachtwoord);
  await Promise.all([
    page.waitForEvent('framenavigated'),
    page.getByRole('button', { name: 'Inloggen', exact: true }).click(),
  ]);
  await page.waitForLoadState();
}

/** Logs in through the form and checks the landing page. */
async function login(page, gebruikersnaam, landing) {
  await visit(page, '/inloggen');
  await submitLogin(page, gebruikersnaam, PASSWORD);
  assertEqual(new URL(page.url()).pathname, landing, `landing page of ${gebruikersnaam}`);
}

/** Link texts in the main navigation. */
function menuLinks(page) {
  return page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents();
}

/** Follows a link in the main content and waits for the page it leads to. */
async function follow(page, link, urlPattern) {
  await Promise.all([page.waitForURL(urlPattern), link.click()]);
  await page.waitForLoadState();
}

test('school: log in, list, search, student file, log out', () =>
  withPage(async (page) => {
    // The login page before logging in.
    await visit(page, '/inloggen');
    await assertHeading(page, 'Inloggen');
    await page.screenshot({ path: '/tmp/shot-login.png', fullPage: true });
    await checkA11y(page, 'login page');

    await submitLogin(page, 'school.demo', PASSWORD);
    assertEqual(where(page), '/leerlingen', 'landing page of school.demo');
    await assertHeading(page, 'Leerlingen');
    const header = await page.locator('header').innerText();
    assert(header.includes('school.demo'), `header lacks the user name: ${header}`);
    assert(/\bSchool\b/.test(header), `header lacks the role name: ${header}`);
    assert(
      await page.getByRole('button', { name: 'Uitloggen' }).isVisible(),
      '"Uitloggen" button not visible',
    );
    const menu = await menuLinks(page);
    assert(menu.includes('Leerlingen'), `no "Leerlingen" in the Hoofdmenu: ${menu}`);

    const table = page.locator('main table');
    const rows = await table.locator('tbody tr').count();
    assert(rows > 0, 'no students listed');
    await page.screenshot({ path: '/tmp/shot-list.png', fullPage: true });
    await checkA11y(page, 'student list');

    // Search by the name in the first row.
    const firstName = (await table.locator('tbody tr a').first().textContent()).trim();
    await page.getByLabel('Zoek op naam').fill(firstName);
    await Promise.all([
      page.waitForURL(/[?&]naam=/),
      page.getByRole('button', { name: 'Zoeken' }).click(),
    ]);
    assertEqual(await page.getByLabel('Zoek op naam').inputValue(), firstName, 'search field');
    const names = await columnTexts(page.locator('main table'), 0);
    assert(names.includes(firstName), `search for "${firstName}" found ${JSON.stringify(names)}`);
    await checkA11y(page, 'student list after searching');

    // The first student's file.
    const link = page.locator('main table tbody a').first();
    const name = (await link.textContent()).trim();
    await follow(page, link, /\/leerlingen\/\d+$/);
    await assertHeading(page, name);
    const facts = await page.locator('main .passend-facts').innerText();
    assert(/\*{5}\d{4}/.test(facts), `BSN not masked like *****1234: ${facts}`);
    assert(!/\b\d{8,9}\b/.test(facts), `facts show an unmasked number: ${facts}`);
    await assertHeading(page, 'Ouders en verzorgers', 2);
    await assertHeading(page, 'Inschrijvingen', 2);
    const crumbs = page.getByRole('navigation', { name: 'Kruimelpad' });
    assert(await crumbs.getByRole('link', { name: 'Leerlingen' }).isVisible(), 'no breadcrumb');
    const auditLinks = page.getByRole('link', { name: 'Wie heeft dit dossier ingezien?' });
    assertEqual(await auditLinks.count(), 0, 'audit links for a school');
    await page.screenshot({ path: '/tmp/shot-student.png', fullPage: true });
    await checkA11y(page, 'student file');

    // Log out.
    await Promise.all([
      page.waitForURL(/\/inloggen\?uitgelogd=1$/),
      page.getByRole('button', { name: 'Uitloggen' }).click(),
    ]);
    assert(await page.getByText('U bent uitgelogd.').isVisible(), 'no "U bent uitgelogd."');
    const headerAfter = await page.locator('header').innerText();
    assert(!headerAfter.includes('school.demo'), 'header still shows the user after logout');
    await checkA11y(page, 'login page after logging out');

    // The session is gone: the list now sends us to the login page.
    await visit(page, '/leerlingen');
    assertEqual(new URL(page.url()).pathname, '/inloggen', 'page after visiting /leerlingen');
    assertEqual(new URL(page.url()).searchParams.get('terug'), '/leerlingen', 'terug parameter');
  }));

test('wrong password: error beside the password field', () =>
  withPage(
    async (page) => {
      await visit(page, '/inloggen');
      await submitLogin(page, 'school.demo', 'niet-het-wachtwoord');
      assertEqual(new URL(page.url()).pathname, '/inloggen', 'page after a wrong password');
      const field = page.getByLabel('Wachtwoord');
      assertEqual(await field.getAttribute('aria-invalid'), 'true', 'aria-invalid');
      const describedBy = await field.getAttribute('aria-describedby');
      assert(describedBy, 'password field has no aria-describedby');
      const message = page.locator(`[id="${describedBy}"]`);
      assertEqual(
        (await message.textContent()).trim(),
        'Gebruikersnaam of wachtwoord is onjuist.',
        'error message',
      );
      assert(await message.isVisible(), 'error message not visible');
      // Beside the field: inside the same form field as the password input.
      const sameField = await message.evaluate(
        (el) => el.closest('.utrecht-form-field')?.querySelector('#wachtwoord') !== null,
      );
      assert(sameField, 'error message is not in the password form field');
      // The username stays filled in, the password does not.
      assertEqual(await page.getByLabel('Gebruikersnaam').inputValue(), 'school.demo', 'name');
      assertEqual(await field.inputValue(), '', 'password after a failed login');
      const userInvalid = await page.getByLabel('Gebruikersnaam').getAttribute('aria-invalid');
      assertEqual(userInvalid, null, 'aria-invalid on the username');
      await page.screenshot({ path: '/tmp/shot-login-error.png', fullPage: true });
      await checkA11y(page, 'login page with a wrong password');
    },
    allowStatus(401, '/inloggen'),
  ));

test('ouder: one child, its file and who looked at it', () =>
  withPage(async (page) => {
    await login(page, 'ouder.demo', '/leerlingen');
    const links = page.locator('main table tbody a');
    assertEqual(await links.count(), 1, 'students listed for ouder.demo');
    const name = (await links.first().textContent()).trim();
    await follow(page, links.first(), /\/leerlingen\/\d+$/);
    await assertHeading(page, name);
    await checkA11y(page, 'student file for ouder');

    const auditLink = page.getByRole('link', { name: 'Wie heeft dit dossier ingezien?' });
    await follow(page, auditLink, /\/leerlingen\/\d+\/inzage$/);
    await assertHeading(page, 'Wie heeft dit dossier ingezien?');
    const table = page.locator('main table');
    const headers = await table.locator('thead th').allTextContents();
    const gebruiker = headers.indexOf('Gebruiker');
    const actie = headers.indexOf('Actie');
    assert(gebruiker >= 0 && actie >= 0, `audit table columns: ${headers.join('|')}`);
    const users = await columnTexts(table, gebruiker);
    const acties = await columnTexts(table, actie);
    const seen = users.some((u, i) => u === 'ouder.demo' && acties[i] === 'bekeken');
    assert(
      seen,
      `no "bekeken" by ouder.demo: ${JSON.stringify(users.map((u, i) => [u, acties[i]]))}`,
    );
    await checkA11y(page, 'audit page');
  }));

test('inspectie: statistics only, no student data', () =>
  withPage(
    async (page) => {
      await login(page, 'inspectie.demo', '/statistieken');
      await assertHeading(page, 'Statistieken');
      const menu = await menuLinks(page);
      assert(!menu.includes('Leerlingen'), `Hoofdmenu offers "Leerlingen": ${menu}`);
      assert(menu.includes('Statistieken'), `Hoofdmenu lacks "Statistieken": ${menu}`);
      const table = page.locator('main table');
      const headers = await table.locator('thead th').allTextContents();
      const column = headers.indexOf('Leerlingen');
      assert(column >= 0, `statistics columns: ${headers.join('|')}`);
      const counts = await columnTexts(table, column);
      assert(counts.length > 0, 'statistics table is empty');
      const bad = counts.filter((c) => !/^(\d{1,3}(\.\d{3})*|<5)$/.test(c));
      assert(bad.length === 0, `cells that are not counts: ${JSON.stringify(bad)}`);
      assert(
        counts.some((c) => /^\d/.test(c) && Number(c.replaceAll('.', '')) >= 5),
        `no count of 5 or more: ${JSON.stringify(counts)}`,
      );
      await checkA11y(page, 'statistics page');

      await visit(page, '/leerlingen', 403);
      await assertHeading(page, 'Geen toegang');
      await checkA11y(page, '403 page');
    },
    allowStatus(403, '/leerlingen'),
  ));

test('beheer: the account list, no student data', () =>
  withPage(
    async (page) => {
      await login(page, 'beheer.demo', '/beheer/gebruikers');
      await assertHeading(page, 'Gebruikers');
      const menu = await menuLinks(page);
      assert(menu.includes('Gebruikers'), `Hoofdmenu lacks "Gebruikers": ${menu}`);
      assert(!menu.includes('Leerlingen'), `Hoofdmenu offers "Leerlingen": ${menu}`);
      const names = await columnTexts(page.locator('main table'), 0);
      for (const account of ['school.demo', 'ouder.demo', 'inspectie.demo']) {
        assert(names.includes(account), `account list lacks ${account}: ${names}`);
      }
      await checkA11y(page, 'account list');
      await visit(page, '/leerlingen', 403);
    },
    allowStatus(403, '/leerlingen'),
  ));

run();
