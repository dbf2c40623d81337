// Every breakdown field is offered for every stage, so a reader can go from "criminal history"
// to ICE's three categories; a field left blank leaves the scenario, and a derived count shows
// as a hint in its empty box.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useBrowser } from './helpers.mjs';

const WIDGET = '#main-widget';

describe('editing the breakdown', { timeout: 120_000 }, () => {
  let server; let browser;
  useBrowser((s, b) => { server = s; browser = b; });

  test('adding a conviction count turns the two-way split into three parts; clearing it goes back', async () => {
    const { page, problems } = await openPage(browser, server);
    await page.goto(server.url('index.html'));
    await page.locator(`${WIDGET} .headline`).waitFor();
    await page.locator(`${WIDGET} button.adjust`).click();
    const convicted = page.locator(`${WIDGET} input[data-path="stages[0].breakdown.convicted"]`);
    const noRecord = page.locator(`${WIDGET} input[data-path="stages[0].breakdown.no_record"]`);
    assert.equal(await convicted.inputValue(), '');
    // 5,232 − 3,513 = 1,719, worked out by the core and shown as the empty box's hint.
    assert.equal(await noRecord.getAttribute('placeholder'), '1,719');
    await convicted.fill('2,000');
    const details = page.locator(`${WIDGET} .details p`).first();
    // 3,513 − 2,000 = 1,513 pending; the breakdown now names all three categories.
    await page.waitForFunction((sel) => document.querySelector(sel).shadowRoot.querySelector('.details p')?.textContent.includes('had been convicted of a crime'), WIDGET);
    assert.match(await details.textContent(), /2,000 \(38\.2 percent\) had been convicted of a crime, 1,513 \(28\.9 percent\) had pending criminal charges/);
    await convicted.fill('');
    await page.waitForFunction((sel) => !document.querySelector(sel).shadowRoot.querySelector('.details p')?.textContent.includes('convicted of a crime'), WIDGET);
    assert.deepEqual(problems, []);
  });
});
