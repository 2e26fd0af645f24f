// Public pages on the demo region: home, samenwerkingsverband, school and 404,
// with accessibility (axe, WCAG 2.1 AA), keyboard skip link and console checks.

import {
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

useServerAndBrowser(binaryFromArgs(), { scale: 'regio', seed: 7 });

/** From the home page, follows the first samenwerkingsverband link in the table. */
async function openFirstSwv(page) {
  await visit(page, '/');
  const link = page.locator('main table a').first();
  const name = (await link.textContent()).trim();
  await Promise.all([page.waitForURL(/\/samenwerkingsverbanden\/[^/]+$/), link.click()]);
  return name;
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
