// Accessibility (axe-core, zero violations) in light and dark, in the states a reader reaches:
// reading, adjusting with an error showing, the working open, Spanish; and screenshots at phone,
// tablet and desktop widths in test-results/ for a human look.

import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { axeViolations, headline, openPage, resultsDir, useBrowser } from './helpers.mjs';

const WIDGET = 'arrest-breakdown#main-widget';

/** axe on the page; iframes are checked as pages of their own. */
const violations = (page) => axeViolations(page, { iframes: false });

/** Opens the inputs, types a bad value, opens the working: every part of the widget visible. */
async function everythingOpen(page, widget = WIDGET) {
  await page.locator(`${widget} button.adjust`).click();
  await page.locator(`${widget} input[data-path="stages[0].total"]`).fill('abc');
  await page.locator(`${widget} .field-msg:not([hidden])`).first().waitFor({ state: 'visible' });
  await page.locator(`${widget} details.working summary`).click();
  // The context and comparison fields, one with an error, and a copy announced.
  await page.locator(`${widget} details.more summary`).click();
  await page.locator(`${widget} input[data-path="context.period.end"]`).fill('2025-13-40');
  await page.locator(`${widget} input[data-path="context.period.end"][aria-invalid="true"]`).waitFor();
  await page.locator(`${widget} button[data-share="sentence"]`).click();
  await page.locator(`${widget} .announce`).filter({ hasText: /./ }).waitFor();
}

describe('accessibility and screenshots', { timeout: 180_000 }, () => {
  let server; let browser;
  useBrowser((s, b) => { server = s; browser = b; });

  for (const colorScheme of ['light', 'dark']) {
    test(`no axe violations on the article, ${colorScheme}`, async () => {
      const { context, page, problems } = await openPage(browser, server, { colorScheme, bypassCSP: true });
      await page.goto(server.url(''));
      await headline(page, WIDGET);
      assert.deepEqual(await violations(page), [], 'reading');
      await everythingOpen(page);
      assert.deepEqual(await violations(page), [], 'adjusting, with an error, working open');
      await page.locator(`${WIDGET} button[data-lang="es"]`).click();
      await page.locator(`${WIDGET} .ab[lang="es"]`).waitFor();
      assert.deepEqual(await violations(page), [], 'in Spanish');
      assert.deepEqual(problems, []);
      await context.close();
    });

    test(`no axe violations on the embed page, ${colorScheme}`, async () => {
      const { context, page, problems } = await openPage(browser, server, { colorScheme, bypassCSP: true });
      await page.goto(server.url('embed.html?preset=operation-safe-city&mode=editor'));
      await headline(page);
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(problems, []);
      await context.close();
    });

    test(`no axe violations on a pre-rendered embed page before the core loads, ${colorScheme}`, async () => {
      const { context, page, problems } = await openPage(browser, server, { colorScheme, bypassCSP: true });
      await page.goto(server.url('embed/es/los-angeles.html'));
      await page.waitForLoadState('networkidle');
      assert.equal(await page.evaluate(() => document.querySelector('arrest-breakdown').prerendered), true);
      assert.deepEqual(await violations(page), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('no axe violations with theme="dark" forced on a light page', async () => {
    const { context, page, problems } = await openPage(browser, server, { colorScheme: 'light', bypassCSP: true });
    await page.goto(server.url(''));
    await page.evaluate(() => document.getElementById('main-widget').setAttribute('theme', 'dark'));
    await headline(page, WIDGET);
    await everythingOpen(page);
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('keyboard only: switch language, open the inputs, type a number', async () => {
    const { context, page, problems } = await openPage(browser, server);
    await page.goto(server.url(''));
    await headline(page, WIDGET);
    const focused = () => page.evaluate(() => {
      const inner = document.activeElement?.shadowRoot?.activeElement;
      return inner ? (inner.dataset.path || inner.dataset.lang || inner.className) : null;
    });
    await page.locator('#preset-menu').focus();
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'en');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'es');
    await page.keyboard.press('Enter');
    await page.locator(`${WIDGET} .ab[lang="es"]`).waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'adjust');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'stages[0].kind');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'stages[0].total');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('7000');
    await page.locator(`${WIDGET} .headline`).filter({ hasText: '7.000' }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('screenshots at 320, 768 and 1200 px', async () => {
    const dir = resultsDir();
    for (const [width, colorScheme] of [[320, 'light'], [768, 'dark'], [1200, 'light']]) {
      const { context, page, problems } = await openPage(browser, server, { width, height: 900, colorScheme });
      await page.goto(server.url(''));
      await headline(page, WIDGET);
      await page.locator('#embed-demo').scrollIntoViewIfNeeded();
      await page.waitForFunction(() => parseFloat(document.getElementById('embed-demo').style.height) > 300, null, { polling: 100 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(dir, `article-${width}-${colorScheme}.png`), fullPage: true });
      await everythingOpen(page);
      await page.locator(WIDGET).screenshot({ path: path.join(dir, `widget-open-${width}-${colorScheme}.png`) });
      // Nothing may be wider than the screen: no sideways scrolling on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the ${width}px window`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});
