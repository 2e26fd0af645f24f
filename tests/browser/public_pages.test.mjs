// Public pages on the demo region: home, samenwerkingsverband, school and 404,
// with accessibility (axe, WCAG 2.1 AA), keyboard skip link and console checks.

import {
  after,
  assert,
  assertEqual,
  assertNoConsoleErrors,
  before,
  binaryFromArgs,
  checkA11y,
  closePage,
  launchBrowser,
  openPage,
  run,
  startServer,
  test,
} from './harness.mjs';

const binary = binaryFromArgs();
let server;
let browser;

before(async () => {
  server = await startServer(binary, { scale: 'regio', seed: 7 });
  after(() => server.stop());
  browser = await launchBrowser();
  after(() => browser.close());
});

/** Opens a fresh page, runs `fn(page)`, then fails on browser problems and closes it. */
async function withPage(fn, allowProblem) {
  const page = await openPage(browser);
  try {
    await fn(page);
    assertNoConsoleErrors(page, allowProblem);
  } finally {
    await closePage(page);
  }
}

/** Navigates and checks the HTTP status. */
async function visit(page, path, status = 200) {
  const response = await page.goto(new URL(path, server.url).href);
  assertEqual(response.status(), status, `status of ${path}`);
  return response;
}

/** From the home page, follows the first samenwerkingsverband link in the table. */
async function openFirstSwv(page) {
  await visit(page, '/');
  const link = page.locator('main table a').first();
  const name = (await link.textContent()).trim();
  await Promise.all([page.waitForURL(/\/samenwerkingsverbanden\/[^/]+$/), link.click()]);
  return name;
}

/** Throws unless the page shows a level-1 heading with exactly this name. */
async function assertHeading(page, name) {
  const heading = page.getByRole('heading', { level: 1, name, exact: true });
  assert(await heading.isVisible(), `heading "${name}" not visible`);
}

/** Texts of one column (0-based) of the table body rows. */
function columnTexts(page, index) {
  return page
    .locator('main table tbody tr')
    .evaluateAll(
      (rows, i) => rows.map((row) => row.querySelectorAll('td')[i].textContent.trim()),
      index,
    );
}

test('home page: heading, language and accessibility', () =>
  withPage(async (page) => {
    await visit(page, '/');
    const heading = page.getByRole('heading', {
      level: 1,
      name: 'Samenwerkingsverbanden passend onderwijs',
    });
    assert(await heading.isVisible(), 'main heading not visible');
    assertEqual(await page.locator('html').getAttribute('lang'), 'nl', 'html lang');
    const rows = await page.locator('main table tbody tr').count();
    assert(rows > 0, 'no samenwerkingsverbanden listed');
    await checkA11y(page, 'home page');
  }));

test('home page: skip link is the first focusable element', () =>
  withPage(async (page) => {
    await visit(page, '/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent.trim());
    assertEqual(focused, 'Direct naar de inhoud', 'text of the first focused element');
    const skipLink = page.getByRole('link', { name: 'Direct naar de inhoud' });
    assert(await skipLink.isVisible(), 'skip link not visible when focused');
    // Following it moves focus to the main content.
    await page.keyboard.press('Enter');
    const target = await page.evaluate(() => document.activeElement?.id);
    assertEqual(target, 'inhoud', 'focus after skip link');
  }));

test('samenwerkingsverband page: schools table and accessibility', () =>
  withPage(async (page) => {
    const name = await openFirstSwv(page);
    await assertHeading(page, name);
    const table = page.locator('main table').filter({ hasText: 'schoolvestigingen' });
    assert(await table.isVisible(), 'table of schools not visible');
    assert((await table.locator('tbody tr').count()) > 0, 'table of schools is empty');
    const headers = await table.locator('thead th').allTextContents();
    assertEqual(headers.join('|'), 'School|Soort|Plaats|Leerlingen', 'column headers');
    await checkA11y(page, 'samenwerkingsverband page');
  }));

test('samenwerkingsverband page: filter on soort school (sbo)', () =>
  withPage(async (page) => {
    await openFirstSwv(page);
    await page.getByLabel('Soort school').selectOption('sbo');
    await Promise.all([
      page.waitForURL(/[?&]type=sbo\b/),
      page.getByRole('button', { name: 'Filteren' }).click(),
    ]);
    const selected = await page.getByLabel('Soort school').inputValue();
    assertEqual(selected, 'sbo', 'selected soort after filtering');
    const soorten = await columnTexts(page, 1);
    assert(soorten.length > 0, 'no sbo schools shown after filtering');
    const wrong = soorten.filter((s) => s !== 'speciaal basisonderwijs');
    assert(wrong.length === 0, `rows with another soort: ${JSON.stringify(wrong)}`);
    await checkA11y(page, 'samenwerkingsverband page filtered on sbo');
  }));

test('school page: facts and accessibility', () =>
  withPage(async (page) => {
    await openFirstSwv(page);
    const link = page.locator('main table tbody a').first();
    const name = (await link.textContent()).trim();
    await Promise.all([page.waitForURL(/\/scholen\/[^/]+$/), link.click()]);
    await assertHeading(page, name);
    assert(await page.getByText('Bestuur', { exact: true }).isVisible(), '"Bestuur" not shown');
    const crumbs = page.getByRole('navigation', { name: 'Kruimelpad' });
    assert(await crumbs.isVisible(), 'breadcrumbs not shown');
    await checkA11y(page, 'school page');
  }));

test('unknown samenwerkingsverband: 404 in Dutch', () => {
  const path = '/samenwerkingsverbanden/PO9999';
  // Chromium logs "Failed to load resource: ... 404" for the document itself; that is expected.
  const allow = (p) =>
    p.kind === 'console' && p.url.endsWith(path) && p.text.includes('status of 404');
  return withPage(async (page) => {
    await visit(page, path, 404);
    await assertHeading(page, 'Niet gevonden');
    await checkA11y(page, '404 page');
  }, allow);
});

run();
