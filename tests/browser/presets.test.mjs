// Every preset through the widget, in both languages (issue 10): the live widget says what the
// command-line program says, sentence for sentence; and the presets with figures that are not
// exact or totals not reported can be edited like any other.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, axeViolations, cliReport, cliReportFor, headline, openPage, useBrowser } from './helpers.mjs';

const PRESETS = readdirSync(path.join(ROOT, 'www/presets')).map((f) => f.replace(/\.json$/, '')).sort();

/** The sentences the full widget shows: headline, details, caveats, in order. */
const shownSentences = (page) => page.locator('arrest-breakdown').evaluate((el) => {
  const root = el.shadowRoot;
  return [...root.querySelectorAll('.headline, .details .sentence, .caveats li')].map((n) => n.textContent);
});

describe('every preset in the widget', { timeout: 300_000 }, () => {
  let server; let browser;
  useBrowser((s, b) => { server = s; browser = b; });

  test('each preset, in both languages, says what the CLI says', async () => {
    for (const preset of PRESETS) {
      for (const lang of ['en', 'es']) {
        const { context, page, problems } = await openPage(browser, server);
        await page.goto(server.url(`embed.html?preset=${preset}&lang=${lang}&mode=full`));
        const report = cliReport(`www/presets/${preset}.json`, '--lang', lang);
        await page.locator('arrest-breakdown .headline').filter({ hasText: report.headline.text }).waitFor();
        const want = [report.headline, ...report.details, ...report.caveats].map((s) => s.text);
        assert.deepEqual(await shownSentences(page), want, `${preset} ${lang}`);
        assert.deepEqual(problems, [], `${preset} ${lang}`);
        await context.close();
      }
    }
  });

  test('a total not reported: the editor leaves it blank, and a group edited is said as typed', async () => {
    const { context, page, problems } = await openPage(browser, server, { width: 375, height: 800, bypassCSP: true });
    await page.goto(server.url('embed.html?preset=fiscal-2019-charges&mode=editor'));
    const file = 'www/presets/fiscal-2019-charges.json';
    const scenario = JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
    assert.equal(await headline(page), cliReport(file).headline.text);
    const total = page.locator('arrest-breakdown input[data-path="stages[0].total"]');
    assert.equal(await total.inputValue(), '');
    assert.equal(await total.getAttribute('aria-invalid'), null);

    // "more than 80,000" for DUIs: the lead's largest figures change, still as typed, never added up.
    await page.locator('arrest-breakdown input[data-path="stages[0].subgroups[7].count"]').fill('more than 80,000');
    scenario.stages[0].subgroups[7].count = 'more than 80,000';
    const expected = cliReportFor(scenario).headline.text;
    await page.locator('arrest-breakdown .headline').filter({ hasText: expected }).waitFor();
    assert.match(expected, /more than 80,000 for DUIs/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
