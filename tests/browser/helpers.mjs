// Shared by the browser tests: a static server for www/ on a free port, and Debian's Chromium
// driven by playwright-core (no browser downloads).

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WWW = path.join(ROOT, 'www');
export const RESULTS = path.join(ROOT, 'test-results');

/** python3 http.server on 127.0.0.1, port chosen by the system; resolves once it listens. */
export function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '--directory', WWW, '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const timer = setTimeout(() => { child.kill(); reject(new Error(`server did not start: ${out}`)); }, 10000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/port (\d+)/);
      if (m) {
        clearTimeout(timer);
        const origin = `http://127.0.0.1:${m[1]}`;
        resolve({ origin, url: (p = '') => `${origin}/${p}`, stop: () => stop(child) });
      }
    });
    child.stderr.on('data', () => {}); // request log; not needed
    child.on('error', (err) => { clearTimeout(timer); reject(err); });
  });
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.on('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * One static server and one Chromium for a describe block: started before its tests, stopped
 * after them. `set(server, browser)` receives them once they are up.
 */
export function useBrowser(set) {
  let server;
  let browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
    set(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A page that records every request's origin and every console error, page error and CSP
 * violation, so tests can assert nothing left the test server and nothing went wrong.
 */
export async function openPage(browser, server, { width = 1200, height = 900, colorScheme = 'light', bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, bypassCSP });
  const page = await context.newPage();
  const origins = new Set();
  const problems = [];
  page.on('request', (req) => origins.add(new URL(req.url()).origin));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { context, page, origins, problems };
}

/** The widget's headline text, once the core has rendered one. */
export async function headline(page, selector = 'arrest-breakdown') {
  const locator = page.locator(`${selector} .headline`);
  await locator.first().waitFor({ state: 'visible' });
  await page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.headline')?.textContent.trim().length > 0, selector);
  return (await locator.first().textContent()).trim();
}

/** What the command-line program says for a scenario file: the same core, natively built. */
export function cliReport(file, ...args) {
  return runCli([path.join(ROOT, file), ...args]);
}

/** The same for a scenario object, read from standard input. */
export function cliReportFor(scenario, ...args) {
  return runCli(['-', ...args], JSON.stringify(scenario));
}

// The CLI exits non-zero for an error report but still prints its JSON.
function runCli(args, input) {
  const cli = path.join(ROOT, 'target/release/arrest-breakdown');
  const run = spawnSync(cli, args, { encoding: 'utf8', input });
  if (run.error) throw run.error;
  return JSON.parse(run.stdout);
}

export function resultsDir() {
  mkdirSync(RESULTS, { recursive: true });
  return RESULTS;
}

/**
 * axe-core's violations on the page, one line each (`id (impact): targets`). axe goes in as a
 * script tag, which a page's CSP forbids: open such pages with `bypassCSP`. `iframes: false`
 * checks iframes as pages of their own instead.
 */
export async function axeViolations(page, options = {}) {
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  const result = await page.evaluate((o) => window.axe.run(document, { ...o, resultTypes: ['violations'] }), options);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
