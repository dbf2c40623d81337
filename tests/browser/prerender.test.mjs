// The pre-rendered embed pages (www/embed/LANG/PRESET.html, scripts/prerender-embeds.mjs): the
// report is in the HTML, readable with no script at all; the live widget takes its place without
// moving anything (no layout shift) and says exactly what the copy said; and what a page loads
// stays within the weight budget.

import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, test } from 'node:test';
import { WWW, cliReport, openPage, resultsDir, useBrowser } from './helpers.mjs';

const PRESETS = readdirSync(path.join(WWW, 'presets')).map((f) => f.replace(/\.json$/, '')).sort();
const LANGS = ['en', 'es'];

// What an embed page may load, gzip -9, in all: issue 7's target is 64 KB. Bytes are
// deterministic, so this is a test; it holds the weight where it is today and is lowered as the
// wasm shrinks (README, "Performance", says what remains).
const BUDGET_KB = 132;
const TARGET_KB = 64;

/** The widget's visible words: the text of every rendered element, in order. */
const shownText = () => {
  const root = document.querySelector('arrest-breakdown').shadowRoot.querySelector('.ab');
  return root.innerText.replace(/\s+/g, ' ').trim();
};

describe('pre-rendered embed pages', { timeout: 300_000 }, () => {
  let server; let browser;
  useBrowser((s, b) => { server = s; browser = b; });

  test('every preset and language: the copy reads without script and equals the live report', async () => {
    for (const preset of PRESETS) {
      for (const lang of LANGS) {
        const url = server.url(`embed/${lang}/${preset}.html`);
        const still = await browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
        const stillPage = await still.newPage();
        await stillPage.goto(url);
        const copy = await stillPage.evaluate(shownText);
        await still.close();

        const { context, page, problems } = await openPage(browser, server, { width: 375, height: 800 });
        await page.goto(url);
        await page.waitForFunction(() => document.querySelector('arrest-breakdown').dataset.state === 'ready'
          && document.querySelector('arrest-breakdown').prerendered === false);
        const live = await page.evaluate(shownText);
        const expected = cliReport(`www/presets/${preset}.json`, '--lang', lang);
        assert.ok(copy.includes(expected.headline.text), `${preset} ${lang}: the copy has today's headline`);
        assert.equal(live, copy, `${preset} ${lang}: live and pre-rendered text`);
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        assert.deepEqual(problems, []);
        await context.close();
      }
    }
  });

  test('the live widget replaces the copy with no layout shift, at phone and desktop widths', async () => {
    for (const width of [375, 1200]) {
      for (const preset of PRESETS) {
        const { context, page, problems } = await openPage(browser, server, { width, height: 800 });
        await page.addInitScript(() => {
          window.shifts = [];
          new PerformanceObserver((list) => { for (const e of list.getEntries()) window.shifts.push(e.value); })
            .observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(server.url(`embed/en/${preset}.html`));
        const before = await page.evaluate(() => document.querySelector('arrest-breakdown').getBoundingClientRect().height);
        await page.waitForFunction(() => document.querySelector('arrest-breakdown').prerendered === false);
        // Two frames, so any shift the swap caused has been reported.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const { shifts, after } = await page.evaluate(() => ({
          shifts: window.shifts, after: document.querySelector('arrest-breakdown').getBoundingClientRect().height,
        }));
        assert.deepEqual(shifts, [], `${preset} at ${width}px: layout shifts`);
        assert.equal(after, before, `${preset} at ${width}px: height before and after the swap`);
        assert.deepEqual(problems, []);
        await context.close();
      }
    }
  });

  test('figures from an address (no pre-rendered copy): a placeholder until the report', async () => {
    const { context, page, problems } = await openPage(browser, server, { width: 375, height: 800 });
    // Hold the core back, as a slow phone network would.
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route('**/arrest_breakdown_bg.wasm', async (route) => { await held; await route.continue(); });
    const scenario = { stages: [{ total: '2,000', breakdown: { no_record: '500' } }] };
    await page.goto(server.url(`embed.html#s=${encodeURIComponent(JSON.stringify(scenario))}`));
    const placeholder = page.locator('arrest-breakdown .placeholder');
    await placeholder.waitFor({ state: 'visible' });
    assert.ok((await placeholder.boundingBox()).height > 200, 'room for the headline and the picture');
    await page.screenshot({ path: path.join(resultsDir(), 'embed-placeholder.png') });
    release();
    await page.waitForFunction(() => document.querySelector('arrest-breakdown').dataset.state === 'ready');
    assert.equal(await placeholder.isVisible(), false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`what each embed page loads stays within ${BUDGET_KB} KB gzip (target ${TARGET_KB} KB)`, async () => {
    for (const url of [...PRESETS.map((p) => `embed/en/${p}.html`), 'embed.html?preset=los-angeles']) {
      const { context, page } = await openPage(browser, server);
      const files = new Map();
      page.on('response', async (res) => {
        const body = await res.body().catch(() => null);
        if (body) files.set(new URL(res.url()).pathname, gzipSync(body, { level: 9 }).length);
      });
      await page.goto(server.url(url));
      await page.waitForFunction(() => document.querySelector('arrest-breakdown')?.dataset.state === 'ready');
      await page.waitForLoadState('networkidle');
      const total = [...files.values()].reduce((a, b) => a + b, 0);
      const list = [...files].map(([f, n]) => `${f} ${n}`).join(', ');
      assert.ok(files.has('/pkg/arrest_breakdown_bg.wasm'), `${url} loads the core: ${list}`);
      assert.ok(total <= BUDGET_KB * 1024, `${url}: ${total} bytes gzip > ${BUDGET_KB} KB (${list})`);
      await context.close();
    }
  });
});
