// The practice panel (issue 12): loaded only when a reader opens it; the core's questions one at
// a time, answers checked by the core with its message announced; hints and the answer on
// request; keyboard-only use; the worksheet printed alone; axe 0 in light and dark; screenshots
// at 375 and 1,200 px.

import assert from 'node:assert/strict';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { ROOT, axeViolations, openPage, resultsDir, useBrowser } from './helpers.mjs';

const ready = (page) => page.waitForFunction(() => document.querySelector('arrest-breakdown')?.dataset.state === 'ready');

/** The CLI's exercise set as text: its numbered prompts, in order. */
function cliPrompts(lang) {
  const cli = path.join(ROOT, 'target/release/arrest-breakdown');
  const out = spawnSync(cli, ['www/presets/los-angeles.json', '--format', 'exercises', '--lang', lang], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(out.status, 0, out.stderr);
  const questions = out.stdout.split(/\n(?:Answers|Respuestas)\n/)[0];
  return [...questions.matchAll(/^\d+\. (.+)$/gm)].map((m) => m[1]);
}

/** Opens the card's working and, under it, the practice panel. */
async function openPractice(page) {
  await page.locator('arrest-breakdown button[aria-controls="ab-working"]').click();
  await page.locator('arrest-breakdown button.practice-open').click();
  await page.locator('arrest-breakdown .practice-prompt').waitFor();
}

const message = (page) => page.locator('arrest-breakdown .practice-message');

describe('the practice panel', { timeout: 240_000 }, () => {
  let server; let browser;
  useBrowser((s, b) => { server = s; browser = b; });

  test('is fetched only when opened, asks the core\'s questions and checks answers with the core', async () => {
    const { context, page, problems } = await openPage(browser, server, { width: 375, height: 800 });
    const fetched = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(server.url('embed.html?preset=los-angeles'));
    await ready(page);
    assert.ok(!fetched.some((p) => /practice|pkg-tools/.test(p)), `nothing of the panel before it is opened: ${fetched.join(', ')}`);
    await page.locator('arrest-breakdown button[aria-controls="ab-working"]').click();
    const button = page.locator('arrest-breakdown button.practice-open');
    assert.equal(await button.textContent(), 'Practice with exercises');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    await button.click();
    await page.locator('arrest-breakdown .practice-prompt').waitFor();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.ok(fetched.some((p) => p.endsWith('/pkg-tools/arrest_breakdown_bg.wasm')), 'the classroom core, once asked for');

    const prompts = cliPrompts('en');
    assert.equal(await page.locator('arrest-breakdown .practice-prompt').textContent(), prompts[0]);
    assert.match(await page.locator('arrest-breakdown .practice-position').textContent(), /^Question 1 of 12 · Level 1/);
    assert.equal(await message(page).getAttribute('role'), 'status');

    const input = page.locator('arrest-breakdown #ab-practice-input');
    await input.fill('1.719');
    await page.locator('arrest-breakdown button.practice-check').click();
    await message(page).filter({ hasText: 'write the count as 1,719' }).waitFor();
    await input.fill('1,719');
    await input.press('Enter');
    await message(page).filter({ hasText: 'Right: 1,719.' }).waitFor();

    // Hints one at a time, then the answer.
    await page.locator('arrest-breakdown button.practice-hint').click();
    await page.locator('arrest-breakdown button.practice-hint').click();
    assert.deepEqual(await page.locator('arrest-breakdown .practice-hints li').allTextContents(),
      ['The parts add up to the whole: take the parts you know away from 5,232.', '5,232 − 3,513 = 1,719']);
    assert.ok(await page.locator('arrest-breakdown button.practice-hint').isDisabled());

    // The next question: a share, and a near miss explained.
    await page.locator('arrest-breakdown .practice-nav button').nth(1).click();
    assert.equal(await page.locator('arrest-breakdown .practice-prompt').textContent(), prompts[1]);
    assert.equal(await page.locator('arrest-breakdown .practice-hints li').count(), 0, 'hints start closed');
    await input.fill('33.0%');
    await input.press('Enter');
    await message(page).filter({ hasText: 'Rounded too early' }).waitFor();
    await page.locator('arrest-breakdown button.practice-show').click();
    assert.equal(await page.locator('arrest-breakdown .practice-expected').textContent(), 'Answer: 32.9%');

    // A choice: the hedge for 36.5 percent.
    for (let i = 2; i < 10; i++) await page.locator('arrest-breakdown .practice-nav button').nth(1).click();
    assert.equal(await page.locator('arrest-breakdown .practice-prompt').textContent(), prompts[9]);
    await page.locator('arrest-breakdown .practice-choice', { hasText: 'a) one in three' }).click();
    await page.locator('arrest-breakdown button.practice-check').click();
    await message(page).filter({ hasText: '6% to 15% above it' }).waitFor();
    await page.locator('arrest-breakdown .practice-choice', { hasText: 'd) more than one in three' }).click();
    await page.locator('arrest-breakdown button.practice-check').click();
    await message(page).filter({ hasText: 'Right: d) more than one in three.' }).waitFor();
    await page.screenshot({ path: path.join(resultsDir(), 'practice-375.png'), fullPage: true });
    await page.locator('arrest-breakdown .practice').screenshot({ path: path.join(resultsDir(), 'practice-panel-375.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('by keyboard alone, in Spanish, reading Spanish numbers', async () => {
    const { context, page, problems } = await openPage(browser, server, { width: 1200, height: 900 });
    await page.goto(server.url('embed.html?preset=los-angeles&lang=es'));
    await ready(page);
    await page.locator('arrest-breakdown button[aria-controls="ab-working"]').focus();
    await page.keyboard.press('Enter');
    const open = page.locator('arrest-breakdown button.practice-open');
    await open.focus();
    assert.equal(await open.textContent(), 'Practicar con ejercicios');
    await page.keyboard.press('Enter');
    await page.locator('arrest-breakdown .practice-prompt').waitFor();
    assert.equal(await page.locator('arrest-breakdown .practice-prompt').textContent(), cliPrompts('es')[0]);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.querySelector('arrest-breakdown').shadowRoot.activeElement?.id), 'ab-practice-input');
    await page.keyboard.type('1.719');
    await page.keyboard.press('Enter');
    await message(page).filter({ hasText: 'Correcto: 1.719.' }).waitFor();
    await page.screenshot({ path: path.join(resultsDir(), 'practice-1200.png'), fullPage: true });
    await page.locator('arrest-breakdown .practice').screenshot({ path: path.join(resultsDir(), 'practice-panel-1200-es.png') });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('follows the language switch: the same figures, the questions in the new language', async () => {
    const { context, page, problems } = await openPage(browser, server, { width: 1200, height: 900 });
    await page.goto(server.url('embed.html?preset=los-angeles'));
    await ready(page);
    await openPractice(page);
    await page.locator('arrest-breakdown button[data-lang="es"]').click();
    await page.locator('arrest-breakdown .practice-prompt', { hasText: cliPrompts('es')[0] }).waitFor();
    assert.equal(await page.locator('arrest-breakdown button.practice-check').textContent(), 'Comprobar');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('in the full layout (the demo article) it opens under the working, and closes again', async () => {
    const { context, page, problems } = await openPage(browser, server, { width: 1200, height: 900 });
    await page.goto(server.url(''));
    await page.locator('arrest-breakdown#main-widget .headline').filter({ hasText: /./ }).waitFor();
    const open = page.locator('arrest-breakdown#main-widget button.practice-open');
    await open.click();
    await page.locator('arrest-breakdown#main-widget .practice-prompt').waitFor();
    await page.locator('arrest-breakdown#main-widget .practice').screenshot({ path: path.join(resultsDir(), 'practice-article-1200.png') });
    await open.click();
    assert.equal(await open.getAttribute('aria-expanded'), 'false');
    assert.ok(await page.locator('arrest-breakdown#main-widget #ab-practice').isHidden());
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('prints the worksheet alone, the answer key on a page of its own', async () => {
    const { context, page, problems } = await openPage(browser, server, { width: 1200, height: 900 });
    await page.goto(server.url('embed.html?preset=los-angeles'));
    await ready(page);
    await openPractice(page);
    await page.evaluate(() => { window.print = () => {}; });
    await page.locator('arrest-breakdown button.practice-print').click();
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const root = document.querySelector('arrest-breakdown').shadowRoot;
      const visible = (sel) => [...root.querySelectorAll(sel)].some((n) => n.checkVisibility());
      return {
        sheet: visible('.practice-sheet'), headline: visible('.headline'), buttons: visible('button'), prompt: visible('.practice-prompt'),
        questions: root.querySelectorAll('.practice-sheet .ws-q').length,
        keyBreak: getComputedStyle(root.querySelector('.practice-sheet .ws-key')).breakBefore,
      };
    });
    assert.deepEqual(shown, { sheet: true, headline: false, buttons: false, prompt: false, questions: 12, keyBreak: 'page' });
    await page.screenshot({ path: path.join(resultsDir(), 'practice-print.png'), fullPage: true });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await page.evaluate(() => document.querySelector('arrest-breakdown').hasAttribute('data-printing-worksheet')), false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`no axe violations with the panel open, an answer checked and a hint shown, ${colorScheme}`, async () => {
      const { context, page, problems } = await openPage(browser, server, { width: 375, height: 800, colorScheme, bypassCSP: true });
      await page.goto(server.url('embed.html?preset=los-angeles'));
      await ready(page);
      await openPractice(page);
      await page.locator('arrest-breakdown #ab-practice-input').fill('1700');
      await page.locator('arrest-breakdown button.practice-check').click();
      await message(page).filter({ hasText: /./ }).waitFor();
      await page.locator('arrest-breakdown button.practice-hint').click();
      assert.deepEqual(await axeViolations(page), []);
      for (let i = 0; i < 8; i++) await page.locator('arrest-breakdown .practice-nav button').nth(1).click();
      assert.deepEqual(await axeViolations(page), [], 'a choice question');
      if (colorScheme === 'dark') await page.screenshot({ path: path.join(resultsDir(), 'practice-375-dark.png'), fullPage: true });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
