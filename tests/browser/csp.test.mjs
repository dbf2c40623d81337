// A strict Content-Security-Policy, sent as a header as a newsroom's site would send it:
// no inline script or style anywhere, only the page's own files, and wasm compiled with
// 'wasm-unsafe-eval'. The widget must load, recalculate and resize under it with no violation.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useBrowser } from './helpers.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob:";

describe('strict Content-Security-Policy', { timeout: 120_000 }, () => {
  let server; let browser;
  useBrowser((s, b) => { server = s; browser = b; });

  test('a page with the policy as a header uses the widget: load, edit, language', async () => {
    const { page, problems } = await openPage(browser, server);
    const url = server.url('csp-host.html');
    await page.route(url, (route) => route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': POLICY },
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP host</title>'
        + '<script type="module" src="arrest-breakdown.js"></script></head>'
        + '<body><main><arrest-breakdown preset="los-angeles" mode="editor"></arrest-breakdown></main></body></html>',
    }));
    await page.goto(url);
    const headline = page.locator('arrest-breakdown .headline');
    await headline.waitFor();
    await page.waitForFunction(() => document.querySelector('arrest-breakdown').shadowRoot.querySelector('.headline')?.textContent.includes('5,232'));
    await page.locator('arrest-breakdown input[data-path="stages[0].total"]').fill('6,000');
    await page.waitForFunction(() => document.querySelector('arrest-breakdown').shadowRoot.querySelector('.headline')?.textContent.includes('6,000'));
    await page.locator('arrest-breakdown button[data-lang="es"]').click();
    await page.waitForFunction(() => document.querySelector('arrest-breakdown').shadowRoot.querySelector('.headline')?.textContent.includes('6.000'));
    assert.deepEqual(problems, [], 'no CSP violation, console error or page error');
  });

  test('the embed page with the policy as a header renders', async () => {
    const { page, problems } = await openPage(browser, server);
    await page.route(/embed\.html/, async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': POLICY } });
    });
    await page.goto(server.url('embed.html?preset=operation-safe-city'));
    await page.waitForFunction(() => document.querySelector('arrest-breakdown')?.shadowRoot?.querySelector('.headline')?.textContent.includes('498'));
    assert.deepEqual(problems, [], 'no CSP violation, console error or page error');
  });

  test('the builder page with the policy as a header: paste, preview, embed code', async () => {
    const { page, problems } = await openPage(browser, server);
    await page.route(/build\.html|embed\.html/, async (route) => {
      const res = await route.fetch();
      await route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': POLICY } });
    });
    await page.goto(server.url('build.html'));
    const box = page.locator('#build-widget [data-paste="stages"]');
    await box.waitFor();
    await box.evaluate((node) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Place\tArrests\nDenver\t63\nBoston\t50\n');
      node.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => document.getElementById('build-widget').shadowRoot.querySelector('.headline')?.textContent.includes('113'));
    await page.waitForFunction(() => document.getElementById('build-embed-code').value.includes('embed.html#s='));
    await page.frameLocator('#build-phone').locator('arrest-breakdown .headline').filter({ hasText: '113' }).waitFor();
    assert.deepEqual(problems, [], 'no CSP violation, console error or page error');
  });
});
