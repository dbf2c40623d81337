// What the widget costs a reader, measured in Debian's Chromium against the built www/:
// bytes of every file the embed page loads, time to the headline (cold loads, and the same page
// with the sentence as static HTML), time from an input event to the updated headline, and the
// wasm memory after 1,000 and 100,000 recalculations. Run by `./build.sh bench` after a build.
// Figures, not pass/fail: the targets are printed beside them (docs: issue "Hardening and
// budgets"). The machine is shared and noisy, so compare ratios from one run.

import { gzipSync } from 'node:zlib';
import { launchBrowser, startServer } from '../tests/browser/helpers.mjs';

const COLD_LOADS = Number(process.env.BENCH_LOADS || 20);
const EDITS = Number(process.env.BENCH_EDITS || 500);
const KB = 1024;

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };
const ms = (x) => `${x.toFixed(2)} ms`;
const row = (label, value, target = '') => console.log(`  ${label.padEnd(44)} ${String(value).padStart(14)}   ${target}`);

async function sizes(browser, server) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = [];
  page.on('response', async (res) => {
    try {
      const body = await res.body();
      files.push({ url: new URL(res.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    } catch { /* redirects have no body */ }
  });
  await page.goto(server.url('embed.html?preset=los-angeles'));
  await page.waitForFunction(() => document.querySelector('arrest-breakdown')?.shadowRoot?.querySelector('.headline')?.textContent.trim());
  await page.waitForLoadState('networkidle');
  await context.close();
  console.log('\nBytes the embed page loads (embed.html?preset=los-angeles)');
  let raw = 0; let gz = 0;
  for (const f of files.sort((a, b) => b.gzip - a.gzip)) {
    raw += f.raw; gz += f.gzip;
    row(f.url, `${f.raw} / ${f.gzip}`, 'raw / gzip bytes');
  }
  row('total', `${(raw / KB).toFixed(1)} / ${(gz / KB).toFixed(1)} KB`, 'target: at most 64 KB gzip');
}

async function timeToHeadline(browser, server, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const t = await page.evaluate(() => new Promise((resolve) => {
    const done = () => {
      const host = document.querySelector('arrest-breakdown');
      const el = host?.shadowRoot?.querySelector('.headline') || document.querySelector('.static-headline');
      if (el && el.textContent.trim()) { resolve(performance.now()); return true; }
      return false;
    };
    if (done()) return;
    const tick = () => { if (!done()) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  }));
  await context.close();
  return t;
}

async function loads(browser, server) {
  // The same page with the headline as static HTML: the floor a pre-rendered page could reach.
  const live = []; const still = [];
  const sentence = await firstHeadline(browser, server);
  const staticUrl = server.url('bench-static.html');
  for (let i = 0; i < COLD_LOADS; i += 1) {
    live.push(await timeToHeadline(browser, server, server.url('embed.html?preset=los-angeles')));
    const context = await browser.newContext();
    await context.route(staticUrl, (route) => route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="page.css"><title>static</title></head><body><p class="static-headline">${sentence.replace(/</g, '&lt;')}</p></body></html>`,
    }));
    const page = await context.newPage();
    await page.goto(staticUrl, { waitUntil: 'commit' });
    still.push(await page.evaluate(() => new Promise((resolve) => {
      const tick = () => (document.querySelector('.static-headline')?.textContent.trim() ? resolve(performance.now()) : requestAnimationFrame(tick));
      tick();
    })));
    await context.close();
  }
  console.log(`\nNavigation to headline, median of ${COLD_LOADS} cold loads`);
  row('live widget (embed.html)', ms(median(live)));
  row('same sentence as static HTML', ms(median(still)));
  row('ratio', (median(live) / median(still)).toFixed(2), 'target: at most 1.5');
}

async function firstHeadline(browser, server) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url('embed.html?preset=los-angeles'));
  const text = await page.waitForFunction(() => document.querySelector('arrest-breakdown')?.shadowRoot?.querySelector('.headline')?.textContent.trim())
    .then((h) => h.jsonValue());
  await context.close();
  return text;
}

async function editLatency(browser, server) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url('embed.html?preset=los-angeles&mode=editor'));
  await page.waitForFunction(() => document.querySelector('arrest-breakdown')?.shadowRoot?.querySelector('input[data-path="stages[0].total"]'));
  const times = await page.evaluate(async (edits) => {
    const root = document.querySelector('arrest-breakdown').shadowRoot;
    const input = root.querySelector('input[data-path="stages[0].total"]');
    const headline = root.querySelector('.headline');
    const out = [];
    // A yield to the event loop without setTimeout's 4 ms clamp on nested timers.
    const channel = new MessageChannel();
    const yieldOnce = () => new Promise((r) => { channel.port1.onmessage = () => r(); channel.port2.postMessage(0); });
    for (let i = 0; i < edits; i += 1) {
      const before = headline.textContent;
      input.value = String(5300 + i);
      const t0 = performance.now();
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      // Wait (without giving up the thread longer than needed) for the headline to change.
      while (headline.textContent === before) await yieldOnce();
      out.push(performance.now() - t0);
    }
    return out;
  }, EDITS);
  await context.close();
  console.log(`\nInput event to updated headline, ${EDITS} edits`);
  row('median', ms(median(times)), 'target: under 2 ms');
  row('p95', ms(p95(times)));
}

async function memory(browser, server) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url('embed.html?preset=los-angeles'));
  const result = await page.evaluate(async () => {
    const mod = await import('./pkg/arrest_breakdown.js');
    const wasm = await mod.default({ module_or_path: './pkg/arrest_breakdown_bg.wasm' });
    const scenario = await (await fetch('./presets/los-angeles.json')).json();
    const run = (n) => {
      for (let i = 0; i < n; i += 1) {
        scenario.stages[0].total = String(5000 + (i % 700));
        JSON.parse(mod.calculate(JSON.stringify(scenario), ''));
      }
    };
    run(1000);
    const after1k = wasm.memory.buffer.byteLength;
    run(99000);
    const after100k = wasm.memory.buffer.byteLength;
    return { after1k, after100k };
  });
  await context.close();
  console.log('\nwasm memory (linear memory size)');
  row('after 1,000 recalculations', `${(result.after1k / KB).toFixed(0)} KB`);
  row('after 100,000 recalculations', `${(result.after100k / KB).toFixed(0)} KB`, 'target: equal');
}

const server = await startServer();
const browser = await launchBrowser();
try {
  console.log(`Browser benchmark: ${new Date().toISOString()}, Chromium ${browser.version()}`);
  await sizes(browser, server);
  await loads(browser, server);
  await editLatency(browser, server);
  await memory(browser, server);
} finally {
  await browser.close();
  await server.stop();
}
