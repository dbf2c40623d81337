// The cross-engine tests' browser: Chromium, Firefox ESR or WebKit (WebKitGTK's MiniBrowser),
// all Debian's, driven through WebDriver classic by selenium-webdriver with explicit binary and
// driver paths (nothing is downloaded). `ENGINE=chromium|firefox|webkit` chooses; Chromium is
// the default. WebKit has no headless mode: run it under `xvfb-run -a` (./build.sh test does).
//
// One small API over the driver, so the tests read alike in every engine:
//   const b = await openEngine();  b.goto('embed.html'); await b.wait(() => …, 'what');
//   b.js(fn, ...args) runs fn in the page; b.shadow('#id') finds inside the widget;
//   b.keys(Key.TAB) types at the focused element; b.quit() ends the session.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before } from 'node:test';
import { Builder, By, Key } from 'selenium-webdriver';
import chrome from 'selenium-webdriver/chrome.js';
import firefox from 'selenium-webdriver/firefox.js';
import { ROOT, startServer } from './helpers.mjs';

export { By, Key };

export const ENGINE = process.env.ENGINE || 'chromium';
if (!['chromium', 'firefox', 'webkit'].includes(ENGINE)) throw new Error(`ENGINE=${ENGINE}: chromium, firefox or webkit`);

const CHROMIUM = '/usr/bin/chromium';
const CHROMEDRIVER = '/usr/bin/chromedriver';
const FIREFOX = '/usr/bin/firefox-esr';
// geckodriver: $GECKODRIVER, else on PATH, else where `cargo install` puts it.
const GECKODRIVER = [process.env.GECKODRIVER, ...(process.env.PATH || '').split(':').map((d) => d && path.join(d, 'geckodriver')),
  path.join(os.homedir(), '.cargo/bin/geckodriver')].find((p) => p && existsSync(p));
const WEBKITDRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Every session, page load and script gets at most this long: a stuck driver fails, not hangs. */
const TIMEOUT = 60_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** Rejects after `ms` with a message naming the engine and what it was doing. */
function within(ms, promise, what) {
  let timer;
  const late = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${ENGINE}: ${what} took over ${ms} ms`)), ms); });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** WebKitWebDriver, started here on a free port (selenium has no service for it). */
async function startWebKitDriver() {
  const port = await freePort();
  const child = spawn(WEBKITDRIVER, [`--port=${port}`], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) throw new Error(`webkit: WebKitWebDriver exited (${child.exitCode})`);
    const up = await fetch(`${url}/status`).then((r) => r.ok, () => false);
    if (up) return { url, stop: () => child.kill('SIGTERM') };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('webkit: WebKitWebDriver did not start');
}

async function newDriver() {
  if (ENGINE === 'chromium') {
    const options = new chrome.Options().setChromeBinaryPath(CHROMIUM)
      .addArguments('--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
        '--window-size=1200,900');
    const driver = await new Builder().forBrowser('chrome').setChromeOptions(options)
      .setChromeService(new chrome.ServiceBuilder(CHROMEDRIVER)).build();
    return { driver, stop: () => {} };
  }
  if (ENGINE === 'firefox') {
    if (!GECKODRIVER) throw new Error('firefox: geckodriver not found (cargo install geckodriver, or set GECKODRIVER)');
    const options = new firefox.Options().setBinary(FIREFOX).addArguments('-headless', '--width=1200', '--height=900');
    const driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options)
      .setFirefoxService(new firefox.ServiceBuilder(GECKODRIVER)).build();
    return { driver, stop: () => {} };
  }
  if (!process.env.DISPLAY) throw new Error('webkit: no display (run under xvfb-run -a)');
  const service = await startWebKitDriver();
  try {
    const driver = await new Builder().usingServer(service.url).withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    }).build();
    await driver.manage().window().setRect({ width: 1200, height: 900 }).catch(() => {});
    return { driver, stop: service.stop };
  } catch (err) {
    service.stop();
    throw err;
  }
}

/** A browser session in the chosen engine, with the helpers the tests use. */
export async function openEngine() {
  const { driver, stop } = await within(TIMEOUT, newDriver(), 'starting the browser');
  await driver.manage().setTimeouts({ script: TIMEOUT, pageLoad: TIMEOUT, implicit: 0 });
  let server;
  const b = {
    driver,
    engine: ENGINE,
    set server(s) { server = s; },
    get server() { return server; },
    /** Loads a page of the test server (a path under www/) or any absolute address. */
    goto: (p) => within(TIMEOUT, driver.get(/^[a-z]+:/.test(p) ? p : server.url(p)), `loading ${p}`),
    /** Runs fn(...args) in the page and returns its (awaited) result. */
    js: (fn, ...args) => driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve().then(() => (${fn}).apply(null, Array.from(arguments).slice(0, -1)))
         .then((v) => done({ v }), (e) => done({ e: e instanceof Error ? e.name + ': ' + e.message + ' ' + e.stack : String(e) }));`, ...args,
    ).then((r) => { if (r.e) throw new Error(`${ENGINE}: in the page: ${r.e}`); return r.v; }),
    /** Polls fn in the page until it returns something truthy; fails naming `what` and the engine. */
    wait: (fn, what, ...args) => b.until(() => b.js(fn, ...args), what),
    /** Polls an async check on this side until it returns something truthy (at most 20 s). */
    async until(check, what) {
      const deadline = Date.now() + 20_000;
      let last;
      while (Date.now() < deadline) {
        last = await check();
        if (last) return last;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`${ENGINE}: waited 20 s for ${what} (last: ${JSON.stringify(last)})`);
    },
    /** An element inside the shadow root of `host` (default: the first <arrest-breakdown>). */
    async shadow(selector, host = 'arrest-breakdown') {
      const root = await driver.findElement(By.css(host)).getShadowRoot();
      return root.findElement(By.css(selector));
    },
    /** Keys typed at whatever has focus (the widget's own shadow focus included). */
    keys: (...keys) => driver.actions({ async: true }).sendKeys(...keys).perform(),
    /** What the widget's shadow root has focused: its data-* name, id or class. */
    focused: (host = 'arrest-breakdown') => b.js((h) => {
      const el = document.querySelector(h)?.shadowRoot?.activeElement;
      return el ? (el.dataset.share || el.dataset.path || el.dataset.lang || el.id || el.className || el.tagName) : null;
    }, host),
    /** axe-core's violations on the current page, one line each. */
    async axe(options = {}) {
      const source = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
      await driver.executeScript(source);
      return b.js((o) => window.axe.run(document, { ...o, resultTypes: ['violations'] })
        .then((r) => r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)), options);
    },
    async quit() {
      try { await within(20_000, driver.quit(), 'quitting'); } catch { /* the driver is stopped below */ } finally { stop(); }
    },
  };
  return b;
}

/** One server and one session for a describe block; `set(b)` receives the session. */
export function useEngine(set) {
  let server; let b;
  before(async () => {
    server = await startServer();
    b = await openEngine();
    b.server = server;
    set(b);
  });
  after(async () => {
    await b?.quit();
    await server?.stop();
  });
}
