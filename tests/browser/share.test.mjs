// Sharing: the reader's figures and language in the address (and back), the copy and download
// buttons (by mouse and by keyboard, with the clipboard and without), the embed code working in
// a page of its own, unreadable addresses falling back to the preset, the extra inputs, the
// pre-rendered report shown until the live one, and no motion for readers who asked for none.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, cliReport, cliReportFor, headline, openPage, resultsDir, useBrowser } from './helpers.mjs';

const WIDGET = 'arrest-breakdown#main-widget';
const example = () => JSON.parse(readFileSync(path.join(ROOT, 'examples/los-angeles.json'), 'utf8'));
const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());

/** A page of our own on the test server's origin (the server itself only serves www/). */
async function routeHtml(page, url, html) {
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; frame-src 'self'">`;

describe('sharing, more inputs, pre-rendered content', { timeout: 180_000 }, () => {
  let server; let browser;
  useBrowser((s, b) => { server = s; browser = b; });

  test('the address keeps the figures and the language; a copied link restores them', async () => {
    const { context, page, origins, problems } = await openPage(browser, server);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.goto(server.url(''));
    await headline(page, WIDGET);
    assert.equal(new URL(page.url()).hash, '', 'no hash until the reader changes something');
    const historyLength = await page.evaluate(() => history.length);

    await page.locator(`${WIDGET} button.adjust`).click();
    await page.locator(`${WIDGET} input[data-path="stages[0].total"]`).fill('6,000');
    await page.locator(`${WIDGET} button[data-lang="es"]`).click();
    await page.waitForFunction(() => window.location.hash.includes('lang=es') && window.location.hash.includes('6%2C000'));
    const edited = example();
    edited.stages[0].total = '6,000';
    const expected = cliReportFor(edited, '--lang', 'es').headline.text;
    await page.locator(`${WIDGET} .headline`).filter({ hasText: expected }).waitFor();
    // replaceState: typing adds no history entries.
    assert.equal(await page.evaluate(() => history.length), historyLength);

    await page.locator(`${WIDGET} button[data-share="link"]`).click();
    const link = await clipboard(page);
    assert.equal(link, page.url());
    assert.match(new URL(link).hash, /^#s=[^&]+&lang=es$/);
    await page.locator(`${WIDGET} .announce`).filter({ hasText: 'Copiado' }).waitFor();

    // The link in a fresh page: same inputs (as typed), same Spanish headline.
    const second = await openPage(browser, server);
    await second.page.goto(link);
    assert.equal(await headline(second.page, WIDGET), expected);
    await second.page.locator(`${WIDGET} .ab[lang="es"]`).waitFor();
    await second.page.locator(`${WIDGET} button.adjust`).click();
    assert.equal(await second.page.locator(`${WIDGET} input[data-path="stages[0].total"]`).inputValue(), '6,000');
    assert.equal(await second.page.locator(`${WIDGET} button[data-lang="es"]`).getAttribute('aria-pressed'), 'true');
    assert.equal(await second.page.locator(`${WIDGET} input[data-path="context.place"]`).inputValue(), 'el área de Los Ángeles');
    assert.deepEqual(second.problems, []);
    await second.context.close();

    // The same figures in the embed page, from the same hash.
    const third = await openPage(browser, server);
    await third.page.goto(server.url(`embed.html${new URL(link).hash}`));
    assert.equal(await headline(third.page), expected);
    assert.equal(await third.page.evaluate(() => document.documentElement.lang), 'es');
    await third.context.close();

    // Choosing a preset from the menu replaces the address's figures.
    await page.locator('#preset-menu').selectOption('operation-safe-city');
    await page.locator(`${WIDGET} .headline`).filter({ hasText: cliReport('www/presets/operation-safe-city.json', '--lang', 'es').headline.text }).waitFor();
    assert.equal(new URL(page.url()).hash, '');

    assert.deepEqual([...origins], [server.origin]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('copy sentence and copy embed code; the snippet works in a page of its own', async () => {
    const { context, page, problems } = await openPage(browser, server);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.goto(server.url(''));
    const original = await headline(page, WIDGET);

    await page.locator(`${WIDGET} button[data-share="sentence"]`).click();
    assert.equal(await clipboard(page), original);
    await page.locator(`${WIDGET} .announce`).filter({ hasText: 'Copied' }).waitFor();

    // The preset as published: its pre-rendered page, which reads before any script runs.
    await page.locator(`${WIDGET} button[data-share="embed"]`).click();
    assert.match(await clipboard(page), /^<iframe data-arrest-breakdown src="[^"]*\/embed\/en\/los-angeles\.html" /);

    await page.locator(`${WIDGET} button.adjust`).click();
    await page.locator(`${WIDGET} input[data-path="stages[0].breakdown.criminal_history"]`).fill('4,000');
    const edited = example();
    edited.stages[0].breakdown.criminal_history = '4,000';
    const expected = cliReportFor(edited).headline.text;
    await page.locator(`${WIDGET} .headline`).filter({ hasText: expected }).waitFor();

    await page.locator(`${WIDGET} button[data-share="embed"]`).click();
    const snippet = await clipboard(page);
    assert.match(snippet, /^<iframe data-arrest-breakdown src="[^"]*\/embed\.html#s=/);
    assert.match(snippet, /<script src="[^"]*\/build\/embed-parent\.js" defer><\/script>$/);

    // A newsroom page on the same server, with nothing but the pasted snippet.
    const parentUrl = server.url('pasted-snippet.html');
    const parent = await openPage(browser, server);
    await routeHtml(parent.page, parentUrl, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body><h1>Article</h1>${snippet}</body></html>`);
    await parent.page.goto(parentUrl);
    const frame = parent.page.frameLocator('iframe[data-arrest-breakdown]');
    const inFrame = frame.locator('arrest-breakdown .headline');
    await inFrame.filter({ hasText: expected }).waitFor();
    assert.equal((await inFrame.textContent()).trim(), expected);
    // embed-parent.js (from the snippet) sizes the iframe to its content.
    await parent.page.waitForFunction(() => parseFloat(document.querySelector('iframe').style.height) > 300);
    assert.deepEqual(parent.problems, []);
    await parent.context.close();

    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Download CSV: the core\'s table of figures, with a header row', async () => {
    const { context, page, problems } = await openPage(browser, server);
    await page.goto(server.url(''));
    await headline(page, WIDGET);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`${WIDGET} button[data-share="csv"]`).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'arrest-breakdown.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    assert.equal(lines[0], 'Stage,Figure,Number,Derived,Share of total,Share of group,In words,Value');
    assert.ok(lines.some((l) => l.startsWith('Arrests,Arrests,5232,')), csv);
    assert.ok(lines.some((l) => l.includes(',3513,') && l.includes('67.1%')), csv);
    assert.ok(lines.length >= 5);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an address that cannot be read gives a message and the preset, never a blank widget', async () => {
    const preset = cliReport('examples/los-angeles.json');
    const tooBig = { stages: [{ total: '10', breakdown: { convicted: '5' } }], context: { place: 'x'.repeat(300_000) } };
    const cases = [
      ['', `#s=${encodeURIComponent('{"stages": [')}`, 'figures in this link could not be read'],
      ['', `#s=${encodeURIComponent(JSON.stringify(tooBig))}`, 'figures in this link could not be read'],
      ['', `#s=${encodeURIComponent('[1, 2]')}&lang=es`, 'No se pudieron leer las cifras de este enlace'],
      ['', '#s=%E0%A4%A', 'figures in this link could not be read'],
      ['embed.html', `#s=${encodeURIComponent('{"stages": [')}`, 'figures in this link could not be read'],
      ['embed.html', '#{not json', 'figures in this link could not be read'],
    ];
    for (const [where, hash, note] of cases) {
      const { context, page, problems } = await openPage(browser, server);
      await page.goto(server.url(where) + hash);
      const widget = where ? 'arrest-breakdown' : WIDGET;
      const expected = hash.includes('lang=es') ? cliReport('examples/los-angeles.json', '--lang', 'es') : preset;
      assert.equal(await headline(page, widget), expected.headline.text, `${where}${hash.slice(0, 40)}`);
      const status = page.locator(`${widget} .status`);
      await status.filter({ hasText: note }).waitFor();
      assert.ok(await status.evaluate((n) => n.classList.contains('problem')));
      assert.ok((await status.textContent()).length < 2000, 'the note does not quote the whole address');
      if (where === 'embed.html') await page.screenshot({ path: path.join(resultsDir(), 'embed-unreadable-hash.png') });
      // Editing clears the note.
      await page.locator(`${widget} button.adjust`).click();
      await page.locator(`${widget} input[data-path="stages[0].total"]`).fill('5,233');
      await status.filter({ hasText: note }).waitFor({ state: 'detached' });
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('a link whose figures are readable but wrong opens the inputs with the message beside the field', async () => {
    const { context, page, problems } = await openPage(browser, server);
    const scenario = { stages: [{ total: 'abc', breakdown: { convicted: '5' } }] };
    await page.goto(server.url(`#s=${encodeURIComponent(JSON.stringify(scenario))}`));
    const error = cliReportFor(scenario).errors.find((e) => e.field === 'stages[0].total');
    assert.ok(error);
    const total = page.locator(`${WIDGET} input[data-path="stages[0].total"]`);
    await total.waitFor({ state: 'visible' });
    assert.equal(await total.inputValue(), 'abc');
    await page.locator(`${WIDGET} .field-msg`).filter({ hasText: error.message }).waitFor();
    assert.equal(await page.locator(`${WIDGET} button.adjust`).getAttribute('aria-expanded'), 'true');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('every button works from the keyboard; without the clipboard the text is offered selected', async () => {
    const { context, page, problems } = await openPage(browser, server);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.goto(server.url(''));
    const text = await headline(page, WIDGET);
    const focused = () => page.evaluate(() => {
      const inner = document.activeElement?.shadowRoot?.activeElement;
      return inner ? (inner.dataset.share || inner.dataset.path || inner.className || inner.tagName) : null;
    });
    await page.locator(`${WIDGET} button[data-share="sentence"]`).focus();
    await page.keyboard.press('Enter');
    await page.locator(`${WIDGET} .announce`).filter({ hasText: 'Copied' }).waitFor();
    assert.equal(await clipboard(page), text);
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'link');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.startsWith('http')));
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'embed');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.startsWith('<iframe')));
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'csv');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.equal(download.suggestedFilename(), 'arrest-breakdown.csv');

    // The disclosure with the context fields, and the stage's kind, by keyboard.
    await page.locator(`${WIDGET} button.adjust`).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'stages[0].kind');
    await page.locator(`${WIDGET} details.more summary`).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator(`${WIDGET} details.more`).getAttribute('open'), '');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'context.place');
    assert.deepEqual(problems, []);
    await context.close();

    // No clipboard: the text appears in a read-only box, selected, with a note.
    const bare = await openPage(browser, server);
    await bare.page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => ({ writeText: () => Promise.reject(new Error('denied')) }) });
    });
    await bare.page.goto(server.url(''));
    const sentence = await headline(bare.page, WIDGET);
    await bare.page.locator(`${WIDGET} button[data-share="sentence"]`).focus();
    await bare.page.keyboard.press('Enter');
    const box = bare.page.locator(`${WIDGET} .copy-holder textarea`);
    await box.waitFor({ state: 'visible' });
    assert.equal(await box.inputValue(), sentence);
    assert.equal(await box.getAttribute('readonly'), '');
    assert.equal(await box.evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd)), sentence);
    await bare.page.locator(`${WIDGET} .announce`).filter({ hasText: /Copied|Select the text/ }).waitFor();
    assert.deepEqual(bare.problems, []);
    await bare.context.close();
  });

  test('context, reference and stage-kind inputs recalculate; errors beside the right field', async () => {
    const { context, page, problems } = await openPage(browser, server, { width: 320 });
    await page.goto(server.url(''));
    await headline(page, WIDGET);
    await page.locator(`${WIDGET} button.adjust`).click();
    await page.locator(`${WIDGET} details.more summary`).click();

    const input = (p) => page.locator(`${WIDGET} [data-path="${p}"]`);
    assert.equal(await input('context.period.end').inputValue(), example().context.period.end);
    assert.equal(await input('context.agency').inputValue(), 'ICE');

    // A bad date: the core's message beside that field.
    await input('context.period.end').fill('2025-13-40');
    const bad = example();
    bad.context.period.end = '2025-13-40';
    const error = cliReportFor(bad).errors.find((e) => e.field === 'context.period.end');
    assert.ok(error);
    const msg = page.locator(`${WIDGET} #${await input('context.period.end').getAttribute('aria-describedby')}`);
    await msg.filter({ hasText: error.message }).waitFor();
    assert.equal(await input('context.period.end').getAttribute('aria-invalid'), 'true');
    await input('context.period.end').fill('2025-06-30');
    await msg.waitFor({ state: 'hidden' });

    // The population from the example, its label in the reader's language.
    assert.equal(await input('reference.population.count').inputValue(), '480,869');
    assert.equal(await input('reference.population.label').inputValue(), example().reference.population.label.en);

    // A comparison with another period: its sentence appears, as the core words it.
    await input('reference.comparison.count').fill('4,100');
    await input('reference.comparison.label').fill('the same months a year earlier');
    const withComparison = example();
    withComparison.reference.comparison = { count: '4,100', label: 'the same months a year earlier' };
    const comparisonReport = cliReportFor(withComparison);
    assert.equal(comparisonReport.ok, true, JSON.stringify(comparisonReport.errors));
    const comparisonSentence = comparisonReport.details.find((d) => d.kind === 'comparison');
    assert.ok(comparisonSentence);
    await page.locator(`${WIDGET} .details`).filter({ hasText: comparisonSentence.text }).waitFor();
    // A count that is not a number: beside the comparison's count.
    await input('reference.comparison.count').fill('lots');
    const comparisonBad = structuredClone(withComparison);
    comparisonBad.reference.comparison.count = 'lots';
    const comparisonError = cliReportFor(comparisonBad).errors.find((e) => e.field === 'reference.comparison.count');
    assert.ok(comparisonError);
    await page.locator(`${WIDGET} #${await input('reference.comparison.count').getAttribute('aria-describedby')}`).filter({ hasText: comparisonError.message }).waitFor();
    // Emptying both fields removes the comparison from the scenario again.
    await input('reference.comparison.count').fill('');
    await input('reference.comparison.label').fill('');
    await page.locator(`${WIDGET} .headline`).filter({ hasText: cliReport('examples/los-angeles.json').headline.text }).waitFor();
    assert.equal(await page.locator(`${WIDGET} .field-msg:visible`).count(), 0);
    assert.equal(await page.evaluate(() => 'comparison' in document.getElementById('main-widget').shareState().scenario.reference), false);

    // The stage's kind: deportations instead of arrests.
    await input('stages[0].kind').selectOption('deportations');
    const deported = example();
    deported.stages[0].kind = 'deportations';
    await page.locator(`${WIDGET} .headline`).filter({ hasText: cliReportFor(deported).headline.text }).waitFor();

    // Nothing sideways at 320 px.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the window`);
    await page.locator(WIDGET).screenshot({ path: path.join(resultsDir(), 'widget-more-inputs-320.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a pre-rendered report shows until the live one replaces it, and without JavaScript', async () => {
    const pageUrl = server.url('prerendered.html');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${CSP}<title>Pre-rendered</title>
<link rel="stylesheet" href="page.css"><script type="module" src="arrest-breakdown.js"></script></head>
<body><main><arrest-breakdown preset="los-angeles"><div class="ab-static" lang="en"><p class="ab-headline">Static headline from the page build.</p></div><p class="no-js">This calculator needs JavaScript.</p></arrest-breakdown></main></body></html>`;

    const { context, page, problems } = await openPage(browser, server);
    await routeHtml(page, pageUrl, html);
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(pageUrl);
    const staticText = page.getByText('Static headline from the page build.');
    await staticText.waitFor({ state: 'visible' });
    assert.equal(await page.locator('arrest-breakdown').getAttribute('data-state'), 'loading');
    // Only the report shows while loading, not the note for browsers without JavaScript.
    await page.waitForFunction(() => document.querySelector('arrest-breakdown').shadowRoot.adoptedStyleSheets.length > 0);
    assert.equal(await page.locator('p.no-js').isVisible(), false);
    await page.screenshot({ path: path.join(resultsDir(), 'prerendered-loading.png') });
    release();
    const live = await headline(page);
    assert.equal(live, cliReport('examples/los-angeles.json').headline.text);
    await staticText.waitFor({ state: 'hidden' });
    assert.equal(await staticText.isVisible(), false);
    assert.deepEqual(problems, []);
    await context.close();

    // JavaScript off: the page's static report is what the reader gets.
    const off = await browser.newContext({ javaScriptEnabled: false });
    const offPage = await off.newPage();
    await routeHtml(offPage, pageUrl, html);
    await offPage.goto(pageUrl);
    assert.equal(await offPage.getByText('Static headline from the page build.').isVisible(), true);
    assert.equal(await offPage.locator('p.no-js').isVisible(), true);
    await off.close();

    // The wasm never loads: the static report stays, with the status line.
    const failing = await openPage(browser, server);
    await routeHtml(failing.page, pageUrl, html);
    await failing.page.route('**/*.wasm', (route) => route.abort());
    await failing.page.goto(pageUrl);
    await failing.page.locator('arrest-breakdown .status').filter({ hasText: 'could not be loaded' }).waitFor();
    assert.equal(await failing.page.getByText('Static headline from the page build.').isVisible(), true);
    assert.equal(await failing.page.locator('p.no-js').isVisible(), true);
    await failing.context.close();
  });

  test('reduced motion: no transitions or animations anywhere in the widget', async () => {
    const { context, page, problems } = await openPage(browser, server);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(server.url(''));
    await headline(page, WIDGET);
    await page.locator(`${WIDGET} button.adjust`).click();
    await page.locator(`${WIDGET} details.working summary`).click();
    const moving = await page.evaluate(() => {
      const root = document.getElementById('main-widget').shadowRoot;
      const out = [];
      for (const node of [...root.querySelectorAll('*'), ...document.querySelectorAll('body *')]) {
        const style = getComputedStyle(node);
        const durations = [...style.transitionDuration.split(','), ...style.animationDuration.split(',')].map((d) => parseFloat(d));
        if (durations.some((d) => d > 0)) out.push(`${node.tagName}.${node.className}`);
      }
      return out;
    });
    assert.deepEqual(moving, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
