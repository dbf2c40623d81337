// The widget on the demo article: the headline is the core's, typing recalculates, bad input is
// explained next to its field, the language switch re-words everything, and nothing is fetched
// from anywhere but the page's own server.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, cliReport, cliReportFor, headline, openPage, useBrowser } from './helpers.mjs';

const WIDGET = 'arrest-breakdown#main-widget';
const example = () => JSON.parse(readFileSync(path.join(ROOT, 'examples/los-angeles.json'), 'utf8'));

describe('the widget on the demo article', { timeout: 120_000 }, () => {
  let server; let browser;
  useBrowser((s, b) => { server = s; browser = b; });

  test('the Los Angeles preset is the example file, unchanged', () => {
    const preset = JSON.parse(readFileSync(path.join(ROOT, 'www/presets/los-angeles.json'), 'utf8'));
    assert.deepEqual(preset, example());
  });

  test('headline, typing, pasting, errors and the language switch', async () => {
    const { context, page, origins, problems } = await openPage(browser, server);
    await page.goto(server.url(''));

    // The headline is exactly what the command-line program says for the same file.
    const expected = cliReport('examples/los-angeles.json');
    assert.equal(await headline(page, WIDGET), expected.headline.text);
    const headlineLocator = page.locator(`${WIDGET} .headline`);
    assert.equal(await headlineLocator.getAttribute('aria-live'), 'polite');

    // Reader mode: the inputs sit behind "Adjust the numbers".
    const total = page.locator(`${WIDGET} input[data-path="stages[0].total"]`);
    assert.equal(await total.isVisible(), false);
    const adjust = page.locator(`${WIDGET} button.adjust`);
    await adjust.click();
    assert.equal(await adjust.getAttribute('aria-expanded'), 'true');
    assert.equal(await total.inputValue(), '5,232');
    assert.equal(await total.getAttribute('type'), 'text');

    // Typing a new total: the headline follows, as the core words it.
    await total.fill('6,000');
    const scenario6000 = example();
    scenario6000.stages[0].total = '6,000';
    const after6000 = cliReportFor(scenario6000).headline.text;
    assert.notEqual(after6000, expected.headline.text);
    await assert.doesNotReject(headlineLocator.filter({ hasText: after6000 }).waitFor());
    assert.equal(await headlineLocator.textContent(), after6000);

    // Pasting "5,232" back (through the real clipboard): the original headline returns.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.evaluate(() => navigator.clipboard.writeText('5,232'));
    await total.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+V');
    assert.equal(await total.inputValue(), '5,232');
    await headlineLocator.filter({ hasText: expected.headline.text }).waitFor();

    // A bad value: its message beside the field, the last good headline stays, the text stays.
    await total.fill('abc');
    const bad = example();
    bad.stages[0].total = 'abc';
    const errors = cliReportFor(bad).errors;
    const error = errors.find((e) => e.field === 'stages[0].total');
    assert.ok(error, 'the core reports the bad total');
    const describedBy = await total.getAttribute('aria-describedby');
    assert.ok(describedBy);
    const message = page.locator(`${WIDGET} #${describedBy}`);
    await message.waitFor({ state: 'visible' });
    assert.equal((await message.textContent()).trim(), error.message);
    assert.equal(await total.getAttribute('aria-invalid'), 'true');
    assert.equal(await headlineLocator.textContent(), expected.headline.text);
    assert.equal(await total.inputValue(), 'abc');
    assert.ok(await page.locator(`${WIDGET} .form-status`).isVisible());

    // Fixing it clears the message.
    await total.fill('5,232');
    await message.waitFor({ state: 'hidden' });
    assert.equal(await total.getAttribute('aria-invalid'), null);

    // Spanish: the core's Spanish report, the typed text untouched, the chrome in Spanish.
    await page.locator(`${WIDGET} button[data-lang="es"]`).click();
    const spanish = cliReport('examples/los-angeles.json', '--lang', 'es');
    await headlineLocator.filter({ hasText: spanish.headline.text }).waitFor();
    assert.equal(await page.locator(`${WIDGET} .ab`).getAttribute('lang'), 'es');
    assert.equal(await page.locator(`${WIDGET} button[data-lang="es"]`).getAttribute('aria-pressed'), 'true');
    assert.equal(await total.inputValue(), '5,232');
    assert.equal((await page.locator(`${WIDGET} button.adjust`).textContent()).trim(), 'Ajustar las cifras');
    assert.equal((await page.locator(`${WIDGET} details.working summary`).textContent()).trim(), spanish.labels.working);
    const firstSpanishDetail = spanish.details[0].text;
    assert.equal((await page.locator(`${WIDGET} .details p`).first().textContent()).trim(), firstSpanishDetail);

    // Typing in Spanish: the scenario goes to the core with lang "es".
    await total.fill('6000');
    const es6000 = example();
    es6000.stages[0].total = '6000';
    await headlineLocator.filter({ hasText: cliReportFor(es6000, '--lang', 'es').headline.text }).waitFor();

    assert.deepEqual([...origins], [server.origin]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the page\'s pre-rendered table is the live table, cell for cell (both are the core\'s report.table)', async () => {
    const rows = (table) => [table.querySelector('caption').textContent,
      ...[...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent).join(' | '))];
    const still = await browser.newContext({ javaScriptEnabled: false });
    const stillPage = await still.newPage();
    await stillPage.goto(server.url(''));
    const copy = await stillPage.locator(`${WIDGET} .ab-static table`).evaluate(rows);
    await still.close();

    const { context, page, problems } = await openPage(browser, server);
    await page.goto(server.url(''));
    await headline(page, WIDGET);
    const live = await page.locator(`${WIDGET} .table-scroll table`).evaluate(rows);
    assert.deepEqual(live, copy);
    const report = cliReport('examples/los-angeles.json');
    assert.equal(live[0], report.table.caption);
    assert.ok(live.includes(`${report.table.sections[0].heading}`), 'a heading row per stage');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the table, the working and the pictures come from the report', async () => {
    const { context, page, origins, problems } = await openPage(browser, server);
    await page.goto(server.url(''));
    await headline(page, WIDGET);
    const report = cliReport('examples/los-angeles.json');

    // One table row per figure, headed with the core's labels.
    const heads = await page.locator(`${WIDGET} thead th`).allTextContents();
    assert.deepEqual(heads, [report.labels.figure, report.labels.count, report.labels.of_total,
      report.labels.of_parent, report.labels.natural, report.labels.derived]);
    const rowHeads = await page.locator(`${WIDGET} tbody tr:not(.stage-row) th`).allTextContents();
    const byStage = report.stages.flatMap((_, s) => report.figures.filter((f) => f.stage === s).map((f) => f.label));
    assert.deepEqual(rowHeads, byStage);

    // The working: every block, every step, closed until asked for.
    const working = page.locator(`${WIDGET} details.working`);
    assert.equal(await working.getAttribute('open'), null);
    await page.locator(`${WIDGET} details.working summary`).click();
    // Worked out on opening (the core leaves the steps out while they are not on show).
    await page.locator(`${WIDGET} .working-block li`).first().waitFor();
    const steps = await page.locator(`${WIDGET} .working-block li`).allTextContents();
    assert.deepEqual(steps, report.working.flatMap((b) => b.steps));
    // It stays open when the report is re-rendered.
    await page.locator(`${WIDGET} button.adjust`).click();
    await page.locator(`${WIDGET} input[data-path="stages[0].total"]`).fill('5,233');
    await page.locator(`${WIDGET} .headline`).filter({ hasText: '5,233' }).waitFor();
    assert.equal(await working.getAttribute('open'), '');

    // Bars: one per stage with parts, a legend line per part; icon array of 100.
    assert.equal(await page.locator(`${WIDGET} figure.stage-visual`).count(), report.stages.length);
    assert.equal(await page.locator(`${WIDGET} figure.stage-visual .legend li`).count(),
      report.stages.reduce((n, s) => n + s.parts.length, 0));
    const icons = page.locator(`${WIDGET} .visuals svg.icons`);
    assert.equal(await icons.getAttribute('data-count'), '100');
    const noRecord = report.figures.find((f) => f.id === report.headline.figures[0]);
    assert.equal(await icons.getAttribute('data-filled'), String(noRecord.of_total.per_100));
    // One path per kind of icon, a head and shoulders per person in each.
    const people = await icons.locator('path').evaluateAll((ps) => ps.map((p) => (p.getAttribute('d').match(/M/g) || []).length / 2));
    assert.deepEqual(people, [noRecord.of_total.per_100, 100 - noRecord.of_total.per_100]);

    // Caveats and source are shown, with the core's heading.
    assert.equal(await page.locator(`${WIDGET} ul.caveats li`).count(), report.caveats.length);
    assert.equal((await page.locator(`${WIDGET} .section-title`).textContent()).trim(), report.labels.caveats);
    assert.match(await page.locator(`${WIDGET} .source`).textContent(), /Internal ICE memo/);

    assert.deepEqual([...origins], [server.origin]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('groups and places: one labelled input each, errors beside the right one', async () => {
    const { context, page, origins, problems } = await openPage(browser, server);
    await page.goto(server.url('embed.html?preset=operation-safe-city&mode=editor'));
    const file = 'www/presets/operation-safe-city.json';
    const scenario = JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
    assert.equal(await headline(page), cliReport(file).headline.text);

    // Every place's count is an input labelled with its name; so is every group's. (The names
    // have inputs of their own, for the builder: issue 13.)
    const places = page.locator('arrest-breakdown fieldset.places input[data-path$=".count"]');
    assert.equal(await places.count(), scenario.stages[0].places.length);
    // (By role: the builder's move and remove buttons are named after the place too.)
    const labelled = (name) => page.getByRole('textbox', { name, exact: true });
    assert.ok(await labelled('Philadelphia').isVisible());
    assert.equal(await labelled('previously deported').inputValue(), '104');
    // Breakdown fields are the ones the scenario gives, labelled as the core labels them.
    const report = cliReport(file);
    for (const key of Object.keys(scenario.stages[0].breakdown)) {
      const figure = report.figures.find((f) => f.category === key);
      assert.equal(await page.getByLabel(figure.label, { exact: true }).inputValue(), String(scenario.stages[0].breakdown[key]));
    }

    // A group larger than the count it belongs to: the core's message, beside that group.
    await labelled('previously deported').fill('200');
    scenario.stages[0].subgroups[0].count = '200';
    const error = cliReportFor(scenario).errors.find((e) => e.field === 'stages[0].subgroups[0].count');
    const field = labelled('previously deported');
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    const message = page.locator(`arrest-breakdown #${await field.getAttribute('aria-describedby')}`);
    assert.equal((await message.textContent()).trim(), error.message);
    assert.equal(await page.locator('arrest-breakdown .headline').textContent(), report.headline.text);

    // The reset button brings back the reported figures and clears the error.
    await page.locator('arrest-breakdown button.reset').click();
    assert.equal(await field.inputValue(), '104');
    assert.equal(await field.getAttribute('aria-invalid'), null);

    assert.deepEqual([...origins], [server.origin]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('printing opens the working, and closes it again afterwards', async () => {
    const { context, page, problems } = await openPage(browser, server);
    await page.goto(server.url(''));
    await headline(page, WIDGET);
    await page.evaluate(() => {
      window.openWhenPrinting = [];
      const details = () => document.getElementById('main-widget').shadowRoot.querySelector('details.working');
      window.addEventListener('beforeprint', () => window.openWhenPrinting.push(details().open));
    });
    await page.pdf(); // fires beforeprint and afterprint, as a reader's print dialog does
    assert.deepEqual(await page.evaluate(() => window.openWhenPrinting), [true]);
    assert.equal(await page.locator(`${WIDGET} details.working`).getAttribute('open'), null);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('figures that cannot be read are explained, in the reader\'s language', async () => {
    const { context, page, origins, problems } = await openPage(browser, server);
    await page.goto(server.url(''));
    await headline(page, WIDGET);
    await page.evaluate(() => {
      const a = document.createElement('arrest-breakdown');
      a.id = 'broken-json';
      a.setAttribute('lang', 'es');
      a.setAttribute('scenario', '{"stages": [');
      const b = document.createElement('arrest-breakdown');
      b.id = 'no-such-preset';
      b.setAttribute('preset', '../secrets');
      document.querySelector('main').append(a, b);
    });
    const broken = page.locator('#broken-json .status');
    await broken.filter({ hasText: 'No se pudo leer el escenario' }).waitFor();
    assert.equal(await page.locator('#broken-json').getAttribute('data-state'), 'error');
    await page.locator('#no-such-preset .status').filter({ hasText: 'These figures could not be loaded.' }).waitFor();
    assert.equal(await page.locator('#no-such-preset .headline').textContent(), '');
    assert.deepEqual([...origins], [server.origin]);
    // The refused preset name is logged for the page's developer, and nothing is fetched.
    assert.deepEqual(problems.filter((p) => !p.includes('not a preset name')), []);
    await context.close();
  });

  test('presets menu, several widgets sharing one wasm instance, editor mode', async () => {
    const { context, page, origins, problems } = await openPage(browser, server);
    let wasmFetches = 0;
    // Only this document's fetches: the embedded iframe on the article is a page of its own.
    page.on('request', (req) => { if (req.url().endsWith('.wasm') && req.frame() === page.mainFrame()) wasmFetches += 1; });
    await page.goto(server.url(''));
    await headline(page, WIDGET);

    await page.locator('#preset-menu').selectOption('operation-safe-city');
    const safeCity = cliReport('www/presets/operation-safe-city.json');
    await page.locator(`${WIDGET} .headline`).filter({ hasText: safeCity.headline.text }).waitFor();

    // Two more widgets on the same page, one in editor mode with inline JSON.
    await page.evaluate(() => {
      const a = document.createElement('arrest-breakdown');
      a.id = 'extra-national';
      a.setAttribute('preset', 'national');
      a.setAttribute('lang', 'es');
      const b = document.createElement('arrest-breakdown');
      b.id = 'extra-inline';
      b.setAttribute('mode', 'editor');
      b.setAttribute('scenario', JSON.stringify({ stages: [{ total: '1,000', breakdown: { convicted: '250', pending: '250' } }, { kind: 'removals', total: '2,000' }] }));
      document.querySelector('main').append(a, b);
    });
    const national = cliReport('www/presets/national.json', '--lang', 'es');
    assert.equal(await headline(page, '#extra-national'), national.headline.text);
    const inline = cliReportFor({ stages: [{ total: '1,000', breakdown: { convicted: '250', pending: '250' } }, { kind: 'removals', total: '2,000' }] });
    assert.equal(await headline(page, '#extra-inline'), inline.headline.text);
    // Editor mode: inputs shown, no toggle.
    assert.ok(await page.locator('#extra-inline input[data-path="stages[0].breakdown.pending"]').isVisible());
    assert.equal(await page.locator('#extra-inline button.adjust').isVisible(), false);
    // Removals that outnumber arrests are worth a look: the warning shows beside that field. (The
    // national preset's counts are both "more than", so which is larger is not known: no warning.)
    assert.deepEqual(national.warnings, []);
    const warning = inline.warnings.find((w) => w.field === 'stages[1].total');
    assert.equal((await page.locator('#extra-inline .field-msg:visible').first().textContent()).trim(), warning.message);

    assert.equal(wasmFetches, 1);
    assert.deepEqual([...origins], [server.origin]);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
