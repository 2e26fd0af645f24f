// Browser-test harness: starts a Passend server on demo data, drives Debian's Chromium
// through playwright-core, checks accessibility with axe, and runs tests sequentially.
//
// Tests are plain Node ES modules run by ctest as `node <file> <path-to-passend-binary>`.

import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

const SERVER_START_TIMEOUT_MS = 30_000;
const SERVER_STOP_TIMEOUT_MS = 10_000;
const LISTEN_LINE = /^Passend luistert op (http:\/\/127\.0\.0\.1:\d+\/) \(stoppen met Ctrl-C\)$/;

// Flags for Chromium as root on a machine with a closed network.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// ---------------------------------------------------------------------------
// Server

/** The passend binary from the command line (argv[2]), or a usage error. */
export function binaryFromArgs() {
  const binary = process.argv[2];
  if (!binary) {
    console.error('usage: node <test>.test.mjs <path-to-passend-binary>');
    process.exit(2);
  }
  return binary;
}

/** Runs a command to completion; rejects with its stderr when it exits non-zero. */
function runToEnd(binary, args, input = null) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: [input === null ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    if (input !== null) child.stdin.end(input);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(stdout);
      else {
        const how = signal ? `signal ${signal}` : `exit code ${code}`;
        reject(new Error(`${binary} ${args.join(' ')} failed (${how}):\n${stderr}`));
      }
    });
  });
}

/** Resolves when the child has exited (at once when it already has). */
function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Waits for the "luistert op" line on stdout and resolves with the URL. */
function waitForUrl(child, stderrText) {
  return new Promise((resolve, reject) => {
    const fail = (why) => {
      clearTimeout(timer);
      reject(new Error(`passend serve ${why}; stderr:\n${stderrText() || '(empty)'}`));
    };
    const timer = setTimeout(
      () => fail(`did not print its URL within ${SERVER_START_TIMEOUT_MS / 1000} s`),
      SERVER_START_TIMEOUT_MS,
    );
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = LISTEN_LINE.exec(line.trim());
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('error', (err) => fail(`could not start (${err.message})`));
    child.once('exit', (code, signal) => fail(`exited early (code ${code}, signal ${signal})`));
  });
}

/**
 * Fills a fresh database with demo data and starts `passend serve` on a free port.
 * Returns { url, stop, cli }; stop() ends the server and removes the temporary directory;
 * cli(args, input) runs another command on its database.
 */
export async function startServer(binary, { scale = 'regio', seed = 7 } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'passend-browser-'));
  const db = join(dir, 'p.db');
  try {
    await runToEnd(binary, ['demo', '--db', db, '--scale', scale, '--seed', String(seed)]);
  } catch (err) {
    await rm(dir, { recursive: true, force: true });
    throw err;
  }

  const child = spawn(binary, ['serve', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), SERVER_STOP_TIMEOUT_MS);
      await exited(child);
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };

  try {
    const url = await waitForUrl(child, () => stderr);
    // Runs another `passend` command on the same database (WAL allows it while serving).
    const cli = (args, input = null) => runToEnd(binary, [...args, '--db', db], input);
    return { url, stop, cli };
  } catch (err) {
    await stop();
    throw err;
  }
}

// ---------------------------------------------------------------------------
// Browser

/** Launches Debian's Chromium; never downloads a browser. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * Opens a page in a fresh context and records console errors, uncaught page errors
 * (CSP violations show up as console errors) and failed requests in `page.problems`.
 */
export async function openPage(browser, { timeoutMs = 10_000 } = {}) {
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  page.problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      page.problems.push({ kind: 'console', text: msg.text(), url: msg.location().url });
    }
  });
  page.on('pageerror', (err) => page.problems.push({ kind: 'pageerror', text: err.message }));
  page.on('requestfailed', (req) => {
    // A navigation cancels the previous document's pending requests (net::ERR_ABORTED):
    // that is the browser leaving the page, not a failure of Passend. Anything else counts.
    if (req.failure()?.errorText === 'net::ERR_ABORTED' && req.resourceType() !== 'document') {
      return;
    }
    page.problems.push({
      kind: 'requestfailed',
      text: `${req.url()}: ${req.failure()?.errorText}`,
      url: req.url(),
    });
  });
  return page;
}

/**
 * Throws when the page recorded console errors, page errors or failed requests.
 * `allow(problem)` may excuse expected ones (such as the console error for a 404 page).
 */
export function assertNoConsoleErrors(page, allow = () => false) {
  const problems = page.problems.filter((p) => !allow(p));
  if (problems.length === 0) return;
  const lines = problems.map((p) => `  [${p.kind}] ${p.text}${p.url ? ` (${p.url})` : ''}`);
  throw new Error(`browser reported ${problems.length} problem(s):\n${lines.join('\n')}`);
}

/** Closes a page together with its context. */
export async function closePage(page) {
  await page.context().close();
}

// ---------------------------------------------------------------------------
// Accessibility

function formatViolation(v) {
  const targets = v.nodes.map((n) => `      ${n.target.join(' ')}`).join('\n');
  return `  - ${v.id} [${v.impact}]: ${v.help}\n    ${v.helpUrl}\n${targets}`;
}

/** Runs axe (WCAG 2.1 A and AA) on the page; throws with a readable list on any violation. */
export async function checkA11y(page, label) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const violations = results.violations;
  if (violations.length === 0) return;
  const list = violations.map(formatViolation).join('\n');
  throw new Error(`axe: ${violations.length} violation(s) on ${label} (${page.url()}):\n${list}`);
}

// ---------------------------------------------------------------------------
// Assertions

/** Throws `message` unless `condition` holds. */
export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Throws unless actual === expected, showing both. */
export function assertEqual(actual, expected, what) {
  if (actual !== expected) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

// ---------------------------------------------------------------------------
// Shared fixture: one server and one browser per test file

let server;
let browser;

/**
 * Registers setup that starts a server on demo data (see startServer) and launches the
 * browser, with cleanup that closes both. withPage, href and visit use them.
 */
export function useServerAndBrowser(binary, options = {}) {
  before(async () => {
    server = await startServer(binary, options);
    after(() => server.stop());
    browser = await launchBrowser();
    after(() => browser.close());
  });
}

/** Opens a fresh page, runs `fn(page)`, then fails on browser problems and closes it. */
export async function withPage(fn, allowProblem) {
  const page = await openPage(browser);
  try {
    await fn(page);
    assertNoConsoleErrors(page, allowProblem);
  } finally {
    await closePage(page);
  }
}

/**
 * Runs `passend <args> --db <the server's database>`, with `input` on stdin; resolves with
 * its stdout.
 */
export function passendCli(args, input = null) {
  return server.cli(args, input);
}

/** Absolute URL of `path` on the running server. */
export function href(path) {
  return new URL(path, server.url).href;
}

/** The demo accounts' password (`passend demo`). */
export const DEMO_PASSWORD = 'passend-demo-2026';

/** Clicks `locator` and waits for the page it submits to or links to. */
export async function clickAndWait(page, locator, urlPattern) {
  await Promise.all([page.waitForURL(urlPattern), locator.click()]);
  await page.waitForLoadState();
}

/** Logs in through the form as `gebruikersnaam` with the demo password. */
export async function loginAs(page, gebruikersnaam) {
  await visit(page, '/inloggen');
  await page.getByLabel('Gebruikersnaam').fill(gebruikersnaam);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await clickAndWait(
    page,
    page.getByRole('button', { name: 'Inloggen', exact: true }),
    (url) => url.pathname !== '/inloggen',
  );
}

/** A bearer token for the demo account `gebruikersnaam`, through the API. */
export async function demoToken(gebruikersnaam) {
  const res = await fetch(href('/api/v1/sessies'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ gebruikersnaam, wachtwoord: DEMO_PASSWORD }),
  });
  assertEqual(res.status, 201, 'login status');
  return (await res.json()).token;
}

/** ISO date `days` days before today (UTC, as the server counts). */
export function dagenGeleden(days) {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** Navigates and checks the HTTP status. */
export async function visit(page, path, status = 200) {
  const response = await page.goto(href(path));
  assertEqual(response.status(), status, `status of ${path}`);
  return response;
}

// ---------------------------------------------------------------------------
// Page helpers

/** Throws unless the page shows a heading of this level with exactly this name. */
export async function assertHeading(page, name, level = 1) {
  const heading = page.getByRole('heading', { level, name, exact: true });
  assert(await heading.isVisible(), `heading "${name}" (h${level}) not visible`);
}

/**
 * A problem filter for withPage: excuses the console error Chromium logs for a document at
 * `pathname` answered with `status` (a refused form, a 403 or 404 page the test expects).
 */
export function allowStatus(status, pathname) {
  return (p) =>
    p.kind === 'console' &&
    p.text.includes(`status of ${status}`) &&
    new URL(p.url).pathname === pathname;
}

/** The error message tied to `control` by aria-describedby (a message beside its field). */
export async function errorOf(page, control) {
  assertEqual(await control.getAttribute('aria-invalid'), 'true', 'aria-invalid');
  const ids = (await control.getAttribute('aria-describedby')) ?? '';
  const errorId = ids.split(' ').find((id) => id.endsWith('-fout'));
  assert(errorId, `no error message in aria-describedby="${ids}"`);
  return (await page.locator(`[id="${errorId}"]`).textContent()).trim();
}

/**
 * Texts of one column (0-based) of the body rows of a table. `target` is a table locator,
 * or a page, for the table(s) in its main content.
 */
export function columnTexts(target, index) {
  const table = typeof target.goto === 'function' ? target.locator('main table') : target;
  return table
    .locator('tbody tr')
    .evaluateAll(
      (rows, i) => rows.map((row) => row.querySelectorAll('td')[i].textContent.trim()),
      index,
    );
}

// ---------------------------------------------------------------------------
// Runner

const tests = [];
const beforeHooks = [];
const afterHooks = [];

/** Registers a test; tests run in registration order. */
export function test(name, fn) {
  tests.push({ name, fn });
}

/** Registers setup that runs once before the tests; if it fails, no test runs. */
export function before(fn) {
  beforeHooks.push(fn);
}

/** Registers cleanup that always runs after the tests (last registered runs first). */
export function after(fn) {
  afterHooks.push(fn);
}

function report(ok, name, err) {
  if (ok) {
    console.log(`ok - ${name}`);
    return;
  }
  console.log(`not ok - ${name}`);
  const text = err?.stack || String(err);
  console.log(text.replace(/^/gm, '  # '));
}

async function runCleanup() {
  let failed = 0;
  for (const fn of afterHooks.splice(0).reverse()) {
    try {
      await fn();
    } catch (err) {
      report(false, 'cleanup', err);
      failed++;
    }
  }
  return failed;
}

// Clean up when ctest or a user interrupts the run, so no server is left behind.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    console.log(`# interrupted by ${signal}, cleaning up`);
    await runCleanup();
    process.exit(130);
  });
}

/** Runs setup, every test in order, then cleanup; prints "N passed, M failed" and exits. */
export async function run() {
  let passed = 0;
  let failed = 0;
  let setupOk = true;
  for (const fn of beforeHooks) {
    try {
      await fn();
    } catch (err) {
      report(false, 'setup', err);
      failed++;
      setupOk = false;
      break;
    }
  }
  if (setupOk) {
    for (const { name, fn } of tests) {
      try {
        await fn();
        report(true, name);
        passed++;
      } catch (err) {
        report(false, name, err);
        failed++;
      }
    }
  }
  failed += await runCleanup();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}
