// The builder (issue 13): every item of a scenario added, moved and removed by mouse and by
// keyboard; spreadsheet rows pasted as the clipboard holds them; undo; the embed code opened in a
// fresh page; the figures as a JSON file and back; axe; and the "done when" walk-through: the
// four-day operation rebuilt from an empty widget by pasting its ten places and typing the rest.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { axeViolations, headline, openPage, ROOT, useBrowser, WWW } from './helpers.mjs';

const W = '#build-widget';
const SHOTS = path.join(ROOT, 'target/shots');
const SAFE_CITY = JSON.parse(readFileSync(path.join(WWW, 'presets/operation-safe-city.json'), 'utf8'));

/** The four-day operation's ten places as Google Sheets copies them: a header, tabs, LF. */
const SAFE_CITY_TSV = ['Jurisdiction\tArrests',
  ...SAFE_CITY.stages[0].places.map((p) => `${typeof p.name === 'string' ? p.name : p.name.en}\t${p.count}`)].join('\n');

/** Pastes `text` into the element matched, as a spreadsheet's copy reaches it: a paste event with the text. */
async function paste(page, selector, text) {
  await page.locator(selector).focus();
  await page.locator(selector).evaluate((node, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    node.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  }, text);
}

/** The values of the inputs whose path matches, in the editor's order. */
function values(page, pattern) {
  return page.locator(W).evaluate((w, p) => [...w.shadowRoot.querySelectorAll('input[data-path]')]
    .filter((i) => new RegExp(p).test(i.dataset.path)).map((i) => i.value), pattern);
}

/** The path of the focused element in the widget, with its action for a button. */
function focused(page) {
  return page.locator(W).evaluate((w) => {
    const a = w.shadowRoot.activeElement;
    return a ? [a.dataset.path ?? a.dataset.action ?? a.dataset.paste ?? a.tagName, a.dataset.index ?? '-'].join(' ') : null;
  });
}

/** The builder with figures from its address, or empty. */
async function openBuilder(browser, server, { scenario = null, width = 1200, height = 900, lang = 'en' } = {}) {
  const opened = await openPage(browser, server, { width, height });
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const hash = scenario ? `#s=${encodeURIComponent(JSON.stringify(scenario))}&lang=${lang}` : '';
  await opened.page.goto(server.url(`build.html${hash}`));
  await opened.page.locator(`${W} .paste-box`).first().waitFor();
  return opened;
}

const preset = () => structuredClone(SAFE_CITY);

describe('the builder', { timeout: 300_000 }, () => {
  let server; let browser;
  useBrowser((s, b) => { server = s; browser = b; });

  test('done when: the four-day operation rebuilt from an empty widget, by pasting its places and typing the rest', async () => {
    const { context, page, problems } = await openBuilder(browser, server);
    // The empty widget says what it needs.
    await page.locator(`${W} .status`).filter({ hasText: 'Add at least one count' }).waitFor();
    await paste(page, `${W} [data-paste="stages"]`, SAFE_CITY_TSV);
    await page.locator(`${W} input[data-path="stages[0].places[9].count"]`).waitFor();
    assert.equal(await page.locator(`${W} input[data-path="stages[0].total"]`).inputValue(), '498', 'the places’ sum');
    assert.deepEqual(await values(page, String.raw`places\[\d\]\.name`), SAFE_CITY.stages[0].places.map((p) => p.name.en ?? p.name));
    // The rest, typed.
    await page.locator(`${W} input[data-path="stages[0].breakdown.convicted"]`).fill('317');
    await page.locator(`${W} input[data-path="stages[0].breakdown.not_convicted"]`).fill('181');
    for (const group of SAFE_CITY.stages[0].subgroups) {
      await page.locator(`${W} button[data-action="add"][data-list="stages[0].subgroups"]`).click();
      const i = await page.locator(`${W} fieldset[data-list="stages[0].subgroups"]`).count() - 1;
      await page.locator(`${W} input[data-path="stages[0].subgroups[${i}].label"]`).fill(group.label.en);
      await page.locator(`${W} input[data-path="stages[0].subgroups[${i}].count"]`).fill(String(group.count));
      if (group.parent) await page.locator(`${W} select[data-path="stages[0].subgroups[${i}].parent"]`).selectOption(group.parent);
    }
    await page.locator(`${W} details.more summary`).click();
    await page.locator(`${W} input[data-path="context.agency"]`).fill('ICE');
    await page.locator(`${W} input[data-path="context.period.label"]`).fill(SAFE_CITY.context.period.label.en);
    await page.locator(`${W} input[data-path="context.source.text"]`).fill(SAFE_CITY.context.source.text.en);
    await page.waitForFunction(() => document.getElementById('build-widget').state === 'ready');
    // The same report as the preset's.
    const built = await page.evaluate(() => document.getElementById('build-widget').shareState().scenario);
    const { page: check } = await openPage(browser, server);
    await check.goto(server.url('embed.html?preset=operation-safe-city'));
    const want = await headline(check);
    assert.equal(await headline(page, W), want);
    // Copy the embed code, open it in a fresh page: the same headline.
    await page.waitForFunction(() => document.getElementById('build-embed-code').value.includes('embed.html#s='));
    await page.locator('#build-copy').click();
    await page.locator('#build-status').filter({ hasText: 'Copied' }).waitFor();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(code, /^<iframe data-arrest-breakdown src="[^"]+embed\.html#s=/);
    const src = code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
    const { page: fresh, problems: freshProblems } = await openPage(browser, server);
    await fresh.goto(src);
    assert.equal(await headline(fresh), want);
    assert.deepEqual(await fresh.evaluate(() => document.querySelector('arrest-breakdown').shareState().scenario.stages[0].places.length), 10);
    // The previews show it too, at a phone's and a desktop's width.
    for (const frame of ['#build-phone', '#build-desktop']) {
      await page.frameLocator(frame).locator('arrest-breakdown .headline').filter({ hasText: want }).waitFor();
    }
    assert.equal(built.stages[0].places.length, 10);
    assert.deepEqual(problems, []);
    assert.deepEqual(freshProblems, []);
    await context.close();
  });

  test('paste: tab-separated with a header, comma-separated with quotes, Spanish numbers, into an input, and a bad cell', async () => {
    const { context, page, problems } = await openBuilder(browser, server, { scenario: preset() });
    const box = `${W} [data-paste="stages[0].places"]`;
    // Tab-separated with a header (Excel: CRLF and a last line break): the list is replaced.
    await paste(page, box, 'City\tArrests\r\nDenver\t63\r\nBoston\t50\r\n');
    await page.waitForFunction(() => document.getElementById('build-widget').shadowRoot.querySelectorAll('fieldset[data-list="stages[0].places"]').length === 2);
    assert.deepEqual(await values(page, String.raw`places\[\d\]`), ['Denver', '63', 'Boston', '50']);
    await page.locator(`${W} .list-place .paste-msg`).filter({ hasText: 'Pasted.' }).waitFor();
    assert.equal(await focused(page), 'stages[0].places -', 'the focus stays in the box');
    // Comma-separated, from a CSV file: quoted names with commas, a quoted count with a comma.
    await paste(page, box, '"Place","People"\n"Portland, Ore.","1,204"\n"Washington, D.C.",14\n');
    await page.locator(`${W} input[data-path="stages[0].places[0].name"]`).and(page.locator('[data-lang], :not([data-lang])')).first().waitFor();
    await page.waitForFunction(() => document.getElementById('build-widget').shadowRoot.querySelector('input[data-path="stages[0].places[0].name"]').value === 'Portland, Ore.');
    assert.deepEqual(await values(page, String.raw`places\[\d\]`), ['Portland, Ore.', '1204', 'Washington, D.C.', '14']);
    // Into a place's input: the rows fill from that place on.
    await paste(page, `${W} input[data-path="stages[0].places[1].count"]`, 'Denver\t63\nBoston\t50');
    await page.waitForFunction(() => document.getElementById('build-widget').shadowRoot.querySelectorAll('fieldset[data-list="stages[0].places"]').length === 3);
    assert.deepEqual(await values(page, String.raw`places\[\d\]`), ['Portland, Ore.', '1204', 'Denver', '63', 'Boston', '50']);
    // A bad cell: the core's message with its row and column by the box, the same as typed beside
    // the field, and what was pasted kept in it.
    await paste(page, box, 'Place\tArrests\nDenver\t63\nBoston\tmany\n');
    await page.locator(`${W} .paste-msg .msg-error`).filter({ hasText: 'Row 3, column 2: “many” is not a number.' }).waitFor();
    const count = page.locator(`${W} input[data-path="stages[0].places[1].count"]`);
    assert.equal(await count.inputValue(), 'many');
    await page.locator(`${W} input[data-path="stages[0].places[1].count"][aria-invalid="true"]`).waitFor();
    assert.match(await page.locator(`${W} #${await count.getAttribute('aria-describedby')}`).textContent(), /“many” is not a number/);
    // Spanish numbers, in a Spanish scenario: "5.232" is five thousand.
    await page.locator('.build-langs button[data-lang="es"]').click();
    await page.locator(`${W} .ab[lang="es"], ${W} [lang="es"]`).first().waitFor();
    await paste(page, box, 'Lugar\tDetenciones\nMadrid\t5.232\nSevilla\t1.204\n');
    await page.waitForFunction(() => document.getElementById('build-widget').shadowRoot.querySelector('input[data-path="stages[0].places[0].count"]').value === '5232');
    assert.deepEqual(await values(page, String.raw`places\[\d\]\.count`), ['5232', '1204']);
    // The same cell in English is a fraction, with the typed field's message.
    await page.locator('.build-langs button[data-lang="en"]').click();
    await paste(page, box, 'Madrid\t5.232\n');
    await page.locator(`${W} .paste-msg .msg-error`).filter({ hasText: 'Row 1, column 2: “5.232” is not a whole number' }).waitFor();
    // Groups, with their parent.
    await paste(page, `${W} [data-paste="stages[0].subgroups"]`, 'Group\tCount\tPart of\npreviously deported\t104\tnot_convicted\n');
    await page.waitForFunction(() => document.getElementById('build-widget').shadowRoot.querySelector('select[data-path="stages[0].subgroups[0].parent"]')?.value === 'not_convicted');
    assert.deepEqual(await values(page, String.raw`subgroups\[\d\]`), ['previously deported', '104']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const [kind, list, fill] of [
    ['places', 'stages[0].places', async (page, i, n) => {
      await page.locator(`${W} input[data-path="stages[0].places[${i}].name"]`).fill(`P${n}`);
      await page.locator(`${W} input[data-path="stages[0].places[${i}].count"]`).fill(String(n));
    }],
    ['groups', 'stages[0].subgroups', async (page, i, n) => {
      await page.locator(`${W} input[data-path="stages[0].subgroups[${i}].label"]`).fill(`G${n}`);
      await page.locator(`${W} input[data-path="stages[0].subgroups[${i}].count"]`).fill(String(n));
    }],
    ['stages', 'stages', async (page, i, n) => {
      await page.locator(`${W} input[data-path="stages[${i}].total"]`).fill(String(100 - n));
    }],
  ]) {
    test(`${kind}: added, moved and removed by mouse and by keyboard, the focus kept`, async () => {
      const scenario = { lang: 'en', stages: [{ total: 99 }] };
      const { context, page, problems } = await openBuilder(browser, server, { scenario });
      const key = kind === 'places' ? String.raw`places\[\d\]\.name` : kind === 'groups' ? String.raw`subgroups\[\d\]\.label` : String.raw`stages\[\d\]\.total`;
      const names = () => values(page, key);
      const start = kind === 'stages' ? 1 : 0;
      const add = page.locator(`${W} button[data-action="add"][data-list="${list}"]`);
      // Added by mouse: the new item's first input has the focus.
      for (let n = 1; n <= 3 - start; n++) {
        await add.click();
        const i = start + n - 1;
        const first = kind === 'stages' ? 'kind' : 'name';
        assert.match(await focused(page), kind === 'stages' ? new RegExp(`stages\\[${i}\\]\\.${first}`) : new RegExp(`\\[${i}\\]\\.(name|label)`));
        await fill(page, i, n);
      }
      const before = await names();
      assert.equal(before.length, 3);
      // Moved up by mouse, by its accessible name.
      const item = (i) => `${W} fieldset[data-list="${list}"][data-index="${i}"]`;
      const up = page.locator(`${item(2)} > .item-tools .item-up`);
      const name = await up.evaluate((b) => b.getAttribute('aria-labelledby').split(' ').map((id) => b.getRootNode().getElementById(id).textContent.trim()).join(' '));
      assert.match(name, /^↑\s*Move up\s*\S+/, 'named by the word and the item');
      await up.click();
      assert.deepEqual(await names(), [before[0], before[2], before[1]]);
      assert.equal(await focused(page), `up 1`, 'the focus moves with the item');
      // Moved down by keyboard, not to the bottom: the focus stays on "down".
      await page.locator(`${item(0)} > .item-tools .item-down`).focus();
      await page.keyboard.press('Enter');
      assert.deepEqual(await names(), [before[2], before[0], before[1]]);
      assert.equal(await focused(page), 'down 1');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      assert.deepEqual(await names(), [before[0], before[2], before[1]]);
      assert.equal(await focused(page), 'down 0', 'moved back to the top: the button that still moves it');
      // Moved down by keyboard to the bottom: the focus goes to "up".
      await page.locator(`${item(1)} > .item-tools .item-down`).focus();
      await page.keyboard.press('Enter');
      assert.deepEqual(await names(), before);
      assert.equal(await focused(page), 'up 2', 'at the bottom, the button that still moves it');
      // Moved up to the top by keyboard (Space): the focus goes to "down".
      await page.locator(`${item(1)} > .item-tools .item-up`).focus();
      await page.keyboard.press('Space');
      assert.deepEqual(await names(), [before[1], before[0], before[2]]);
      assert.equal(await focused(page), 'down 0');
      // Removed by keyboard: the focus goes to the next item's remove button.
      await page.locator(`${item(0)} > .item-tools .item-remove`).focus();
      await page.keyboard.press('Enter');
      assert.deepEqual(await names(), [before[0], before[2]]);
      assert.equal(await focused(page), 'remove 0');
      // Removed by mouse, the last: the focus goes to the one before it.
      await page.locator(`${item(1)} > .item-tools .item-remove`).click();
      assert.deepEqual(await names(), [before[0]]);
      assert.equal(await focused(page), 'remove 0');
      // Added by keyboard.
      await add.focus();
      await page.keyboard.press('Enter');
      assert.equal((await names()).length, 2);
      await page.waitForFunction(() => document.getElementById('build-widget').state != null);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('a list stops at the contract’s limit: six stages', async () => {
    const scenario = { lang: 'en', stages: Array.from({ length: 5 }, (_, i) => ({ total: 100 - i })) };
    const { context, page } = await openBuilder(browser, server, { scenario });
    const add = page.locator(`${W} button[data-action="add"][data-list="stages"]`);
    await add.click();
    assert.equal(await page.locator(`${W} fieldset.stage`).count(), 6);
    assert.equal(await add.isDisabled(), true);
    await context.close();
  });

  test('every field: unit, verb in both languages, focus, source link; undo by key and by button', async () => {
    const { context, page, problems } = await openBuilder(browser, server, { scenario: preset() });
    const total = page.locator(`${W} input[data-path="stages[0].total"]`);
    await headline(page, W);
    await total.fill('600');
    await page.locator(`${W} .headline`).filter({ hasText: '600' }).waitFor();
    await page.locator(`${W} select[data-path="stages[0].kind"]`).selectOption('custom');
    await page.locator(`${W} input[data-path="stages[0].verb"][data-lang="en"]`).fill('released');
    await page.locator(`${W} input[data-path="stages[0].verb"][data-lang="es"]`).fill('liberadas');
    await page.locator(`${W} select[data-path="stages[0].unit"]`).selectOption('charges');
    await page.locator(`${W} details.more summary`).click();
    await page.locator(`${W} select[data-path="focus"]`).selectOption('convicted');
    await page.locator(`${W} input[data-path="context.source.url"]`).fill('https://example.org/ice');
    const s = await page.evaluate(() => document.getElementById('build-widget').shareState().scenario);
    assert.deepEqual(s.stages[0].verb, { en: 'released', es: 'liberadas' });
    assert.equal(s.stages[0].unit, 'charges');
    assert.equal(s.focus, 'convicted');
    assert.equal(s.context.source.url, 'https://example.org/ice');
    // Texts given in both languages are edited side by side.
    assert.equal(await page.locator(`${W} input[data-path="context.period.label"][data-lang="es"]`).inputValue(), SAFE_CITY.context.period.label.es);
    // Undo with the keyboard: the link, then the focus, then the unit…
    await page.locator(`${W} input[data-path="context.source.url"]`).focus();
    await page.keyboard.press('Control+z');
    assert.equal(await page.locator(`${W} input[data-path="context.source.url"]`).inputValue(), '');
    assert.equal(await focused(page), 'context.source.url -', 'the focus stays where it was');
    await page.keyboard.press('Control+z');
    assert.equal(await page.locator(`${W} select[data-path="focus"]`).inputValue(), '');
    // …and with the button: a removed place comes back.
    await page.locator(`${W} fieldset[data-list="stages[0].places"][data-index="0"] .item-remove`).click();
    assert.equal((await values(page, String.raw`places\[\d\]\.name`))[0], 'Baltimore');
    await page.locator(`${W} button.undo`).click();
    assert.equal((await values(page, String.raw`places\[\d\]\.name`))[0], 'Philadelphia');
    // Typing in one field is one step: the total comes back whole.
    for (let i = 0; i < 3; i++) await page.locator(`${W} button.undo`).click();
    await page.locator(`${W} button.undo`).click();
    await page.locator(`${W} button.undo`).click();
    assert.equal(await total.inputValue(), '498');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the figures as a JSON file: downloaded, opened again, the same figures and headline', async () => {
    const { context, page, problems } = await openBuilder(browser, server, { scenario: preset() });
    const want = await headline(page, W);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#build-export').click()]);
    assert.equal(download.suggestedFilename(), 'arrest-breakdown.json');
    const file = await download.path();
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(saved, { ...preset(), lang: 'en' });
    // Into an empty builder.
    const { page: other, context: otherContext } = await openBuilder(browser, server);
    await other.locator('#build-import').setInputFiles(file);
    assert.equal(await headline(other, W), want);
    const back = await other.evaluate(() => document.getElementById('build-widget').shareState().scenario);
    assert.deepEqual(back, saved);
    // A file that is not figures is refused, with the core's words, and the figures stay.
    await other.locator('#build-import').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"stages": [') });
    await other.locator('#build-status').filter({ hasText: 'could not be read' }).waitFor();
    assert.equal(await headline(other, W), want);
    assert.deepEqual(problems, []);
    await context.close();
    await otherContext.close();
  });

  test('no axe violations on the builder page, empty, with figures, and with a bad cell; screenshots', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { context, page, problems } = await openPage(browser, server, { bypassCSP: true, width: 1200, height: 900 });
    await page.goto(server.url('build.html'));
    await page.locator(`${W} .paste-box`).first().waitFor();
    assert.deepEqual(await axeViolations(page, { iframes: false }), [], 'empty');
    await paste(page, `${W} [data-paste="stages"]`, SAFE_CITY_TSV);
    await headline(page, W);
    await page.waitForFunction(() => document.getElementById('build-embed-code').value.length > 0);
    await page.frameLocator('#build-desktop').locator('arrest-breakdown .headline').waitFor();
    assert.deepEqual(await axeViolations(page, { iframes: false }), [], 'with figures');
    await page.screenshot({ path: path.join(SHOTS, 'builder-1200.png'), fullPage: true });
    await paste(page, `${W} [data-paste="stages[0].places"]`, 'Place\tArrests\nDenver\tmany\n');
    await page.locator(`${W} .paste-msg .msg-error`).waitFor();
    assert.deepEqual(await axeViolations(page, { iframes: false }), [], 'with a bad cell');
    await page.setViewportSize({ width: 375, height: 800 });
    await page.locator(W).screenshot({ path: path.join(SHOTS, 'editor-375.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a reader adjusting the numbers gets the counts and the context, not the newsroom’s editor, nor its code', async () => {
    const { context, page, problems } = await openPage(browser, server);
    const requests = [];
    page.on('request', (req) => requests.push(new URL(req.url()).pathname));
    await page.goto(server.url('embed.html?preset=operation-safe-city&mode=full'));
    await headline(page);
    await page.locator('arrest-breakdown button.adjust').click();
    await page.locator('arrest-breakdown input[data-path="stages[0].places[0].count"]').waitFor();
    for (const selector of ['button[data-action]', '.paste-box', '[data-path="stages[0].verb"]', '[data-path="stages[0].places[0].name"]', 'input[data-lang]', '[data-path="focus"]']) {
      assert.equal(await page.locator(`arrest-breakdown ${selector}`).count(), 0, selector);
    }
    assert.ok(!requests.some((p) => p.endsWith('editor-builder.js')), 'the builder part stays unloaded');
    // Switched to the editor: every field, and the builder part loads.
    await page.evaluate(() => { document.querySelector('arrest-breakdown').mode = 'editor'; });
    await page.locator('arrest-breakdown button[data-action="add"][data-list="stages[0].places"]').waitFor();
    assert.equal(await page.locator('arrest-breakdown input[data-path="stages[0].places[0].name"]').inputValue(), 'Philadelphia');
    assert.ok(requests.some((p) => p.endsWith('editor-builder.js')));
    assert.deepEqual(problems, []);
    await context.close();
  });
});
