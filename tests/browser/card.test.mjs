// The reader's card (mode="card", the default of embed.html and of <arrest-breakdown>): closed,
// it fits a phone screen; its four buttons open the rest in place, by mouse and keyboard, and the
// iframe's height follows; the stage pictures follow the ARIA tabs pattern; no axe violations in
// any state.

import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { WWW, axeViolations, cliReport, openPage, resultsDir, useBrowser } from './helpers.mjs';

const PRESETS = readdirSync(path.join(WWW, 'presets')).map((f) => f.replace(/\.json$/, '')).sort();
const BUDGET = { 375: 700, 1200: 600 };
const PANELS = ['figures', 'caveats', 'working', 'adjust'];

const ready = (page) => page.waitForFunction(() => document.querySelector('arrest-breakdown')?.dataset.state === 'ready');
const pageHeight = (page) => page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

const violations = (page) => axeViolations(page);

describe('the card', { timeout: 300_000 }, () => {
  let server; let browser;
  useBrowser((s, b) => { server = s; browser = b; });

  test('closed, every preset fits: 700 px at 375 px wide, 600 px at 1200 px, light and dark, both languages', async () => {
    for (const width of [375, 1200]) {
      for (const colorScheme of ['light', 'dark']) {
        for (const preset of PRESETS) {
          for (const lang of ['en', 'es']) {
            const { context, page, problems } = await openPage(browser, server, { width, height: 900, colorScheme });
            await page.goto(server.url(`embed.html?preset=${preset}&lang=${lang}`));
            await ready(page);
            const height = await pageHeight(page);
            assert.ok(height <= BUDGET[width], `${preset} ${lang} ${colorScheme} at ${width}px: ${height} px`);
            // The card shows the core's key sentences (a phone's, the first two).
            const report = cliReport(`www/presets/${preset}.json`, '--lang', lang);
            const shown = await page.locator('arrest-breakdown .key-sentences p').evaluateAll((ps) => ps.filter((p) => p.checkVisibility()).map((p) => p.textContent));
            const key = report.key.map((k) => { const [[list, i]] = Object.entries(k); return report[list][i].text; });
            assert.deepEqual(shown, width < 600 ? key.slice(0, 2) : key, `${preset} ${lang} at ${width}px`);
            if (lang === 'en') await page.screenshot({ path: path.join(resultsDir(), `card-${preset}-${width}-${colorScheme}.png`), fullPage: true });
            assert.deepEqual(problems, []);
            await context.close();
          }
        }
      }
    }
  });

  test('each button opens its part in place and closes it again, by mouse and by keyboard', async () => {
    const { context, page, problems } = await openPage(browser, server, { width: 375, height: 800 });
    await page.goto(server.url('embed.html?preset=los-angeles'));
    await ready(page);
    const closed = await pageHeight(page);
    for (const name of PANELS) {
      const button = page.locator(`arrest-breakdown #ab-${name}-button`);
      const panel = page.locator(`arrest-breakdown #ab-${name}`);
      assert.equal(await button.getAttribute('aria-expanded'), 'false');
      assert.equal(await button.getAttribute('aria-controls'), `ab-${name}`);
      await button.click();
      assert.equal(await button.getAttribute('aria-expanded'), 'true');
      await panel.waitFor({ state: 'visible' });
      assert.ok(await pageHeight(page) > closed + 100, `${name} opens the page out`);
      // Sharing comes with the open part.
      assert.equal(await panel.locator('.share').count(), 1);
      await button.click();
      assert.equal(await button.getAttribute('aria-expanded'), 'false');
      assert.equal(await panel.isVisible(), false);
      assert.equal(await pageHeight(page), closed, `${name} closes back to the card`);
    }
    // Keyboard: Enter or Space toggles; Escape, on the button or inside the part, closes it and
    // returns focus to the button.
    const activeId = () => page.evaluate(() => document.querySelector('arrest-breakdown').shadowRoot.activeElement?.id);
    const button = page.locator('arrest-breakdown #ab-caveats-button');
    await button.focus();
    await page.keyboard.press('Enter');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Escape');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('Space');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Space');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    const figures = page.locator('arrest-breakdown #ab-figures-button');
    await figures.focus();
    await page.keyboard.press('Enter');
    await page.locator('arrest-breakdown #ab-figures .table-scroll').focus(); // inside the part
    await page.keyboard.press('Escape');
    assert.equal(await figures.getAttribute('aria-expanded'), 'false');
    assert.equal(await activeId(), 'ab-figures-button');
    // Opening one part closes another.
    await page.locator('arrest-breakdown #ab-figures-button').click();
    await page.locator('arrest-breakdown #ab-working-button').click();
    assert.equal(await page.locator('arrest-breakdown #ab-figures-button').getAttribute('aria-expanded'), 'false');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the iframe grows and shrinks with what the reader opens', async () => {
    const { context, page, problems } = await openPage(browser, server, { width: 400, height: 800 });
    await page.setContent(`<!doctype html><html lang="en"><head><title>Article</title>
      <script src="${server.url('build/embed-parent.js')}"></script></head><body>
      <iframe data-arrest-breakdown id="card" title="Card" src="${server.url('embed.html?preset=los-angeles&childId=card')}"
        style="width:375px;border:0" height="150"></iframe></body></html>`);
    const frame = page.frameLocator('#card');
    await frame.locator('arrest-breakdown .headline').waitFor();
    const height = () => page.evaluate(() => document.getElementById('card').clientHeight);
    await page.waitForFunction(() => document.getElementById('card').clientHeight > 300);
    const closed = await height();
    assert.ok(closed <= 700, `closed: ${closed}`);
    await frame.locator('arrest-breakdown #ab-figures-button').click();
    await page.waitForFunction((h) => document.getElementById('card').clientHeight > h + 300, closed);
    await frame.locator('arrest-breakdown #ab-figures-button').click();
    await page.waitForFunction((h) => document.getElementById('card').clientHeight === h, closed);
    assert.deepEqual(problems.filter((p) => !p.includes('CSP')), []);
    await context.close();
  });

  test('stage pictures: the ARIA tabs pattern', async () => {
    const { context, page, problems } = await openPage(browser, server, { width: 375, height: 800 });
    await page.goto(server.url('embed.html?preset=los-angeles'));
    await ready(page);
    const tabs = page.locator('arrest-breakdown [role="tablist"] [role="tab"]');
    assert.equal(await tabs.count(), 2);
    assert.deepEqual(await tabs.allTextContents(), ['Arrests', 'Deportations']);
    const state = () => tabs.evaluateAll((ts) => ts.map((t) => `${t.getAttribute('aria-selected')}/${t.tabIndex}`));
    assert.deepEqual(await state(), ['true/0', 'false/-1']);
    const panel = page.locator('arrest-breakdown [role="tabpanel"]');
    assert.equal(await panel.getAttribute('aria-labelledby'), 'ab-stage-tab-0');
    const legend = () => panel.locator('.legend-value').first().textContent();
    assert.equal(await legend(), '32.9%');
    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await state(), ['false/-1', 'true/0']);
    assert.equal(await page.evaluate(() => document.querySelector('arrest-breakdown').shadowRoot.activeElement?.id), 'ab-stage-tab-1');
    assert.equal(await panel.getAttribute('aria-labelledby'), 'ab-stage-tab-1');
    assert.equal(await legend(), '36.5%', 'the deportations picture');
    await page.keyboard.press('ArrowRight'); // wraps
    assert.deepEqual(await state(), ['true/0', 'false/-1']);
    await page.keyboard.press('End');
    assert.deepEqual(await state(), ['false/-1', 'true/0']);
    await page.keyboard.press('Home');
    assert.deepEqual(await state(), ['true/0', 'false/-1']);
    await tabs.nth(1).click();
    assert.deepEqual(await state(), ['false/-1', 'true/0']);
    // One stage with a picture: no tabs, just the picture.
    await page.goto(server.url('embed.html?preset=operation-safe-city'));
    await ready(page);
    assert.equal(await tabs.count(), 0);
    assert.equal(await page.locator('arrest-breakdown .pictures svg.icons').count(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('no axe violations closed and with each part open, light and dark', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const { context, page, problems } = await openPage(browser, server, { width: 375, height: 800, colorScheme, bypassCSP: true });
      await page.goto(server.url('embed.html?preset=los-angeles&lang=es'));
      await ready(page);
      assert.deepEqual(await violations(page), [], `closed, ${colorScheme}`);
      for (const name of PANELS) {
        await page.locator(`arrest-breakdown #ab-${name}-button`).click();
        await page.locator(`arrest-breakdown #ab-${name}`).waitFor({ state: 'visible' });
        assert.deepEqual(await violations(page), [], `${name} open, ${colorScheme}`);
        if (colorScheme === 'light') await page.screenshot({ path: path.join(resultsDir(), `card-open-${name}.png`), fullPage: true });
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
  test('download image: PNG 1200 × 675 and 2×, and SVG, drawn from the card, in both languages', async () => {
    for (const [lang, colorScheme] of [['en', 'light'], ['es', 'dark']]) {
      const { context, page, problems } = await openPage(browser, server, { width: 375, height: 800, colorScheme });
      await page.goto(server.url(`embed.html?preset=los-angeles&lang=${lang}`));
      await ready(page);
      await page.locator('arrest-breakdown #ab-figures-button').click();
      const download = async (kind) => {
        const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`arrest-breakdown button[data-share="${kind}"]`).click()]);
        const saved = path.join(resultsDir(), `${lang}-${file.suggestedFilename()}`);
        await file.saveAs(saved);
        return { name: file.suggestedFilename(), bytes: readFileSync(saved), saved };
      };
      const headlineText = cliReport('www/presets/los-angeles.json', '--lang', lang).headline.text;
      for (const [kind, scale] of [['image', 1], ['slides', 2]]) {
        const { name, bytes } = await download(kind);
        assert.match(name, /\.png$/);
        // Decoded in the browser: its size, and enough variety in its pixels that it is a picture.
        const { width, height, spread } = await page.evaluate(async (b64) => {
          const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' });
          const bitmap = await createImageBitmap(blob);
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const ctx = canvas.getContext('2d');
          ctx.drawImage(bitmap, 0, 0);
          const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
          let sum = 0; let sq = 0; const n = data.length / 4;
          for (let i = 0; i < data.length; i += 4) { const v = (data[i] + data[i + 1] + data[i + 2]) / 3; sum += v; sq += v * v; }
          return { width: bitmap.width, height: bitmap.height, spread: Math.sqrt(sq / n - (sum / n) ** 2) };
        }, bytes.toString('base64'));
        assert.equal(width, 1200 * scale);
        assert.equal(height, 675 * scale);
        assert.ok(spread > 20, `${kind} ${lang}: pixel spread ${spread.toFixed(1)} (not blank)`);
      }
      const { bytes } = await download('svg');
      const svg = bytes.toString('utf8');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return { error: !!doc.querySelector('parsererror'), root: doc.documentElement.nodeName, text: doc.documentElement.textContent };
      }, svg);
      assert.equal(parsed.error, false);
      assert.equal(parsed.root, 'svg');
      assert.ok(parsed.text.includes(headlineText.split(' ').slice(0, 4).join(' ')), 'the headline is in the SVG');
      assert.ok(svg.includes('width="1200"') && svg.includes('height="675"'));
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
  test('other figures start a fresh card; figures that fail leave nothing of the old ones', async () => {
    const { context, page, problems } = await openPage(browser, server, { width: 375, height: 800 });
    await page.goto(server.url('embed.html?preset=los-angeles'));
    await ready(page);
    const widget = page.locator('arrest-breakdown');
    await page.locator('arrest-breakdown [role="tab"]').nth(1).click();
    await page.locator('arrest-breakdown #ab-caveats-button').click();
    await widget.evaluate((el) => el.setAttribute('preset', 'operation-safe-city'));
    await page.locator('arrest-breakdown .headline').filter({ hasText: 'four-day operation' }).waitFor();
    await widget.evaluate((el) => el.setAttribute('preset', 'los-angeles'));
    await page.locator('arrest-breakdown .headline').filter({ hasText: 'Los Angeles' }).waitFor();
    assert.equal(await page.locator('arrest-breakdown [role="tab"]').first().getAttribute('aria-selected'), 'true');
    assert.equal(await page.locator('arrest-breakdown #ab-caveats-button').getAttribute('aria-expanded'), 'false');
    // A preset that cannot be loaded: the message, and no picture or sentences of the last one.
    await widget.evaluate((el) => el.setAttribute('preset', 'no-such-preset'));
    await page.waitForFunction(() => document.querySelector('arrest-breakdown').dataset.state === 'error');
    assert.equal(await page.locator('arrest-breakdown .pictures svg').count(), 0);
    assert.equal(await page.locator('arrest-breakdown .key-sentences p').count(), 0);
    assert.equal(await page.locator('arrest-breakdown .disclosures').isVisible(), false);
    assert.match(await page.locator('arrest-breakdown .status').textContent(), /could not be loaded/);
    // The missing file's 404 is the only complaint.
    assert.deepEqual(problems.filter((p) => !p.includes('404')), []);
    await context.close();
  });
});
