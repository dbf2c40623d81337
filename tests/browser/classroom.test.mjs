// The classroom (issue 12): mode="guess" (predict on a picture of 100 people, then reveal) and
// mode="lesson" (the working one step at a time, with a pause before each hedge decision).
// Guessing by pointer (a click, a drag), by keyboard and by the number field; the core's reveal
// sentence; stepping forward and back by buttons and keys; the hedge pause; a teacher's link;
// the card's "Guess first"; the classroom's code loaded only when asked for; axe 0 in each mode;
// screenshots at 1,200 px (a projector) and 375 px in target/shots/.

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, axeViolations, openPage, useBrowser } from './helpers.mjs';

const SHOTS = path.join(ROOT, 'target/shots');
const W = 'arrest-breakdown';
const ready = (page) => page.waitForFunction(() => document.querySelector('arrest-breakdown')?.dataset.state === 'ready');
const shot = async (page, name) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
};

/** The point over the n-th person (1–100) of the guess picture: rows of 20. */
async function personAt(page, n) {
  const box = await page.locator(`${W} .guess-icons`).boundingBox();
  const col = (n - 1) % 20;
  const row = Math.floor((n - 1) / 20);
  return { x: box.x + ((col + 0.5) / 20) * box.width, y: box.y + ((row + 0.5) / 5) * box.height };
}

const valueNow = (page) => page.locator(`${W} [role="slider"]`).getAttribute('aria-valuenow').then(Number);

// axe goes in as a script tag, which the embed page's CSP forbids: pages checked with axe are
// opened with bypassCSP (the tests without it show the classroom itself passes the CSP).
async function openGuess(browser, server, query = 'preset=los-angeles&mode=guess', width = 1200, bypassCSP = false) {
  const opened = await openPage(browser, server, { width, height: 900, bypassCSP });
  await opened.page.goto(server.url(`embed.html?${query}`));
  await ready(opened.page);
  await opened.page.locator(`${W} [role="slider"]`).waitFor({ state: 'visible' });
  return opened;
}

describe('the classroom', { timeout: 300_000 }, () => {
  let server; let browser;
  useBrowser((s, b) => { server = s; browser = b; });

  test('guess by pointer: a click fills up to the person clicked, a drag follows the pointer', async () => {
    const { context, page, problems } = await openGuess(browser, server);
    // The answer is hidden until the reveal.
    assert.equal(await page.locator(`${W} .headline`).isVisible(), false);
    assert.equal(await page.locator(`${W} .key-sentences`).isVisible(), false);
    const slider = page.locator(`${W} [role="slider"]`);
    assert.deepEqual([await slider.getAttribute('aria-valuemin'), await slider.getAttribute('aria-valuemax')], ['0', '100']);
    const at60 = await personAt(page, 60);
    await page.mouse.click(at60.x, at60.y);
    assert.equal(await valueNow(page), 60);
    assert.equal(await slider.getAttribute('aria-valuetext'), '60 in 100');
    assert.equal(await page.locator(`${W} #ab-guess-field`).inputValue(), '60');
    // A drag from the 5th person to the 27th.
    const from = await personAt(page, 5);
    const to = await personAt(page, 27);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    assert.equal(await valueNow(page), 5);
    await page.mouse.move(to.x, to.y, { steps: 6 });
    await page.mouse.up();
    assert.equal(await valueNow(page), 27);
    // The picture shows the guess: 27 people filled.
    const filled = await page.locator(`${W} .guess-icons path.guess-on`).getAttribute('d');
    assert.equal(filled.match(/M/g).length / 2, 27);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('guess by keyboard, as a slider: arrows, Page Up/Down, Home, End', async () => {
    const { context, page, problems } = await openGuess(browser, server);
    await page.locator(`${W} [role="slider"]`).focus();
    const keys = [['End', 100], ['Home', 0], ['ArrowRight', 1], ['ArrowUp', 2], ['PageUp', 12], ['ArrowLeft', 11], ['ArrowDown', 10], ['PageDown', 0], ['ArrowLeft', 0]];
    for (const [key, want] of keys) {
      await page.keyboard.press(key);
      assert.equal(await valueNow(page), want, key);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('guess by the number field: the core checks it; the reveal words the comparison and shows the answer', async () => {
    const { context, page, problems } = await openGuess(browser, server);
    const field = page.locator(`${W} #ab-guess-field`);
    assert.equal(await page.locator(`${W} label[for="ab-guess-field"]`).textContent(), 'Your guess, out of 100');
    await field.fill('abc');
    const message = page.locator(`${W} #ab-guess-msg`);
    assert.equal(await message.textContent(), '“abc” is not a number: type a whole number from 0 to 100.');
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    // Reveal with a bad guess: the message stays, what was typed is kept, nothing is revealed.
    await page.locator(`${W} .guess-reveal`).click();
    assert.equal(await field.inputValue(), 'abc');
    assert.equal(await page.locator(`${W} .headline`).isVisible(), false);
    await field.fill('120');
    assert.match(await message.textContent(), /is more than 100/);
    await field.fill('60');
    assert.equal(await field.getAttribute('aria-invalid'), 'false');
    assert.equal(await valueNow(page), 60);
    await page.locator(`${W} .guess-reveal`).click();
    const result = page.locator(`${W} .guess-result`);
    assert.equal(await result.textContent(), 'You guessed 60 in 100; it was about one in three (32.9 percent): 27.1 points lower.');
    assert.equal(await page.locator(`${W} .guess-verdict`).textContent(), 'Far off: more than 10 points away.');
    // The answer is on screen now, and focus is on the comparison for a screen reader.
    assert.ok(await page.locator(`${W} .headline`).isVisible());
    assert.ok(await page.locator(`${W} .key-sentences`).isVisible());
    assert.equal(await page.evaluate(() => document.querySelector('arrest-breakdown').shadowRoot.activeElement?.className), 'guess-outcome');
    // The picture: the answer's 33 people filled, the guess's 60 outlined.
    assert.equal((await page.locator(`${W} .guess-icons path.icon.on`).getAttribute('d')).match(/M/g).length / 2, 33);
    assert.equal((await page.locator(`${W} .guess-icons path.guess-mark`).getAttribute('d')).match(/M/g).length / 2, 60);
    await shot(page, 'guess-revealed-1200');
    // Guess again: the answer goes away.
    await page.locator(`${W} .guess-again`).click();
    assert.equal(await page.locator(`${W} .headline`).isVisible(), false);
    assert.equal(await result.isVisible(), false);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('in Spanish, with the Spanish way of writing numbers', async () => {
    const { context, page, problems } = await openGuess(browser, server, 'preset=los-angeles&mode=guess&lang=es', 375);
    const question = await page.locator(`${W} .guess-question`).textContent();
    assert.match(question, /^De cada 100 personas arrestadas .*, ¿cuántas crees que no tenían antecedentes penales\?$/);
    await page.locator(`${W} #ab-guess-field`).fill('32,5');
    assert.match(await page.locator(`${W} #ab-guess-msg`).textContent(), /^«32,5» tiene decimales/);
    await shot(page, 'guess-375-es-problem');
    await page.locator(`${W} #ab-guess-field`).fill('33');
    await page.locator(`${W} #ab-guess-field`).press('Enter');
    assert.equal(await page.locator(`${W} .guess-result`).textContent(),
      'Tu estimación: 33 de cada 100; en realidad era alrededor de una de cada tres (32,9 por ciento): 0,1 puntos por debajo.');
    assert.equal(await page.locator(`${W} .guess-verdict`).textContent(), 'Muy bien: a 2 puntos o menos.');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('axe finds nothing in guess mode, before and after the reveal; screenshots', async () => {
    for (const width of [1200, 375]) {
      const { context, page, problems } = await openGuess(browser, server, 'preset=los-angeles&mode=guess', width, true);
      await page.locator(`${W} [role="slider"]`).focus();
      await shot(page, `guess-${width}`);
      assert.deepEqual(await axeViolations(page), [], 'guessing');
      await page.locator(`${W} #ab-guess-field`).fill('60');
      await page.locator(`${W} .guess-reveal`).click();
      await page.locator(`${W} .guess-result`).waitFor({ state: 'visible' });
      if (width === 375) await shot(page, 'guess-revealed-375');
      assert.deepEqual(await axeViolations(page), [], 'revealed');
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test('the lesson: Next and Back, arrow keys, the step\'s figure lit, the hedge pause answered with the rule', async () => {
    const { context, page, problems } = await openPage(browser, server, { width: 1200, height: 900, bypassCSP: true });
    await page.goto(server.url('embed.html?preset=los-angeles&mode=lesson'));
    await ready(page);
    const counter = page.locator(`${W} .lesson-counter`);
    await counter.waitFor({ state: 'visible' });
    const text = page.locator(`${W} .lesson-text`);
    assert.equal(await counter.textContent(), 'Step 1 of 32');
    assert.equal(await text.textContent(), '5,232 − 3,513 = 1,719 (derived)');
    assert.equal(await page.locator(`${W} .lesson-title`).textContent(), 'No criminal history — Arrests');
    // The step's figure lit in the stage's bar, and its share as icons.
    assert.equal(await page.locator(`${W} .lesson-picture rect.lit`).getAttribute('data-figure'), 'arrests.no_record');
    assert.equal(await page.locator(`${W} .lesson-picture rect:not(.lit)`).getAttribute('data-figure'), 'arrests.criminal_history');
    assert.ok(await page.locator(`${W} .lesson-picture svg.icons`).isVisible());
    assert.equal(await page.locator(`${W} .lesson-back`).isDisabled(), true);
    await page.locator(`${W} .lesson-next`).click();
    assert.equal(await counter.textContent(), 'Step 2 of 32');
    assert.equal(await text.textContent(), '1,719 ÷ 5,232 = 0.3286 → 32.9%');
    // The arrow key: to step 3, which decides a hedge: the pause comes first.
    await page.locator(`${W} .lesson-next`).focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await counter.textContent(), 'Step 3 of 32');
    assert.equal(await text.isVisible(), false);
    assert.equal(await page.locator(`${W} .lesson-ask`).textContent(), 'What would you say? 32.9% against one in three (33.3%)');
    const choices = page.locator(`${W} .lesson-choice`);
    assert.deepEqual(await choices.allTextContents(), ['one in three', 'nearly one in three', 'about one in three', 'just over one in three', 'more than one in three']);
    await shot(page, 'lesson-pause-1200');
    assert.deepEqual(await axeViolations(page), [], 'at a pause');
    // A wrong pick: the rule's answer, why, and then the step.
    await choices.nth(0).click();
    const feedback = page.locator(`${W} .lesson-feedback`);
    assert.equal(await feedback.locator('p').first().textContent(), 'Not quite. The rule says: about one in three.');
    assert.equal(await feedback.locator('.lesson-why').textContent(), '32.9% is 1.4% below one in three: within 3% of it, so “about”.');
    assert.match(await feedback.locator('.lesson-rule p').textContent({ timeout: 1000 }), /never “one in three”/);
    assert.equal(await text.textContent(), 'one in three = 33.3%; 32.9% is 0.5 points below (within 3% of it), so: about one in three');
    assert.equal(await page.locator(`${W} .lesson-choice[data-answer="true"]`).textContent(), 'about one in three');
    await shot(page, 'lesson-answered-1200');
    assert.deepEqual(await axeViolations(page), [], 'answered');
    // Back by the arrow key and by the button.
    await page.locator(`${W} .lesson-next`).focus();
    await page.keyboard.press('ArrowLeft');
    assert.equal(await counter.textContent(), 'Step 2 of 32');
    await page.locator(`${W} .lesson-back`).click();
    assert.equal(await counter.textContent(), 'Step 1 of 32');
    // End, then a right pick at the deportations' pause: "more than one in three".
    await page.keyboard.press('End');
    assert.equal(await counter.textContent(), 'Step 32 of 32');
    assert.equal(await page.locator(`${W} .lesson-next`).isDisabled(), true);
    await page.keyboard.press('Home');
    let guard = 0;
    while (!(await page.locator(`${W} .lesson-title`).textContent()).startsWith('No criminal history — Deportations') && guard++ < 40) await page.keyboard.press('ArrowRight');
    while (!(await page.locator(`${W} .lesson-ask`).isVisible()) && guard++ < 40) await page.keyboard.press('ArrowRight');
    await choices.nth(4).click();
    assert.equal(await feedback.locator('p').first().textContent(), 'Right.');
    assert.equal(await feedback.locator('.lesson-why').textContent(), '36.5% is 9.4% above one in three: 6% to 15% above it, so “more than”.');
    // Next on an unanswered pause shows the answer first.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await text.isVisible(), true, 'answered pauses stay answered');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the lesson at 375 px, in Spanish, and Next past a pause shows the answer first', async () => {
    const { context, page, problems } = await openPage(browser, server, { width: 375, height: 800, bypassCSP: true });
    await page.goto(server.url('embed.html?preset=los-angeles&mode=lesson&lang=es'));
    await ready(page);
    await page.locator(`${W} .lesson-counter`).waitFor({ state: 'visible' });
    assert.equal(await page.locator(`${W} .lesson-counter`).textContent(), 'Paso 1 de 32');
    await page.locator(`${W} .lesson-next`).click();
    await page.locator(`${W} .lesson-next`).click();
    assert.equal(await page.locator(`${W} .lesson-text`).isVisible(), false);
    await shot(page, 'lesson-pause-375-es');
    await page.locator(`${W} .lesson-next`).click();
    assert.equal(await page.locator(`${W} .lesson-counter`).textContent(), 'Paso 3 de 32');
    assert.match(await page.locator(`${W} .lesson-feedback p`).first().textContent(), /^No exactamente\. La regla dice: alrededor de una de cada tres\.$/);
    assert.ok(await page.locator(`${W} .lesson-text`).isVisible());
    await shot(page, 'lesson-answered-375-es');
    // Nothing wider than the phone.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375));
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a teacher\'s link opens in lesson or guess mode on their own figures', async () => {
    const scenario = { stages: [{ total: 300, breakdown: { no_record: 100, criminal_history: 200 } }] };
    const { context, page, problems } = await openPage(browser, server, { width: 1200, height: 900 });
    await page.goto(server.url(`embed.html#s=${encodeURIComponent(JSON.stringify(scenario))}&mode=lesson`));
    await ready(page);
    await page.locator(`${W} .lesson-counter`).waitFor({ state: 'visible' });
    assert.equal(await page.locator(`${W} .lesson-text`).textContent(), '100 ÷ 300 = 0.3333 → 33.3%');
    // The link it shares carries the mode.
    const state = await page.evaluate(() => document.querySelector('arrest-breakdown').shareState());
    assert.equal(state.mode, 'lesson');
    const link = await page.evaluate(() => import('./lib/share.js').then((m) => m.withState('http://x/', { stages: [] }, 'en', 'lesson')));
    assert.equal(link, 'http://x/#s=%7B%22stages%22%3A%5B%5D%7D&lang=en&mode=lesson');
    await page.goto(server.url(`embed.html?mode=guess#s=${encodeURIComponent(JSON.stringify(scenario))}&lang=es`));
    await page.locator(`${W} .guess-question`).waitFor({ state: 'visible' });
    await page.locator(`${W} #ab-guess-field`).fill('33');
    await page.locator(`${W} .guess-reveal`).click();
    assert.equal(await page.locator(`${W} .guess-result`).textContent(),
      'Tu estimación: 33 de cada 100; en realidad era una de cada tres (33,3 por ciento): 0,3 puntos por encima.');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the card offers "Guess first", and loads no classroom code until it is pressed', async () => {
    const { context, page, problems } = await openPage(browser, server, { width: 375, height: 800 });
    const loaded = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(server.url('embed.html?preset=los-angeles'));
    await ready(page);
    const button = page.locator(`${W} button.guess-first`);
    assert.equal(await button.textContent(), 'Guess first');
    assert.equal(loaded.filter((p) => /\/(guess|lesson|classroom)\.(js|css)$|\/pkg-tools\//.test(p)).length, 0, loaded.join(' '));
    await button.click();
    await page.locator(`${W} [role="slider"]`).waitFor({ state: 'visible' });
    assert.ok(loaded.some((p) => p.endsWith('/build/guess.js')), loaded.join(' '));
    // The guess is the reader's core's: the tools' core is not fetched for it.
    assert.ok(!loaded.some((p) => p.includes('/pkg-tools/')), loaded.join(' '));
    assert.equal(await page.locator(`${W} .headline`).isVisible(), false);
    await page.locator(`${W} [role="slider"]`).focus();
    await page.keyboard.press('End');
    await page.locator(`${W} .guess-reveal`).click();
    assert.equal(await page.locator(`${W} .guess-result`).textContent(), 'You guessed 100 in 100; it was about one in three (32.9 percent): 67.1 points lower.');
    assert.ok(await page.locator(`${W} .headline`).isVisible());
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a pre-rendered page opened in guess mode hides its answer while the live widget loads', async () => {
    const { context, page, problems } = await openPage(browser, server, { width: 375, height: 800 });
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route((url) => url.pathname.endsWith('.wasm'), async (route) => { await held; await route.continue(); });
    await page.goto(server.url('embed/en/los-angeles.html?mode=guess'));
    await page.waitForFunction(() => document.querySelector('arrest-breakdown')?.dataset.state === 'loading');
    // The copy is on screen, in its place, without the answer.
    assert.equal(await page.locator(`${W} .headline`).first().isVisible(), false);
    assert.equal(await page.locator(`${W} .key-sentences`).first().isVisible(), false);
    release();
    await page.locator(`${W} [role="slider"]`).waitFor({ state: 'visible' });
    assert.equal(await page.locator(`${W} .headline`).isVisible(), false);
    await page.locator(`${W} .guess-reveal`).click();
    assert.ok(await page.locator(`${W} .headline`).isVisible());
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('dark: axe finds nothing in either mode', async () => {
    const { context, page, problems } = await openPage(browser, server, { width: 1200, height: 900, colorScheme: 'dark', bypassCSP: true });
    // Figures with no exact share in the headline: nothing to guess, said so, and the card shown.
    await page.goto(server.url('embed.html?preset=national&mode=guess'));
    await page.locator(`${W} .classroom .status`).waitFor({ state: 'visible' });
    assert.match(await page.locator(`${W} .classroom .status`).textContent(), /states no exact share to guess/);
    assert.ok(await page.locator(`${W} .headline`).isVisible());
    await shot(page, 'guess-nothing-to-guess-1200-dark');
    assert.deepEqual(await axeViolations(page), [], 'nothing to guess');
    await page.goto(server.url('embed.html?preset=operation-safe-city&mode=guess'));
    await page.locator(`${W} [role="slider"]`).waitFor({ state: 'visible' });
    await page.locator(`${W} #ab-guess-field`).fill('abc');
    assert.deepEqual(await axeViolations(page), [], 'guessing, with a problem');
    await page.locator(`${W} #ab-guess-field`).fill('40');
    await page.locator(`${W} .guess-reveal`).click();
    await shot(page, 'guess-revealed-1200-dark');
    assert.deepEqual(await axeViolations(page), [], 'revealed');
    await page.goto(server.url('embed.html?preset=operation-safe-city&mode=lesson'));
    await page.locator(`${W} .lesson-counter`).waitFor({ state: 'visible' });
    while (!(await page.locator(`${W} .lesson-ask`).isVisible())) await page.locator(`${W} .lesson-next`).click();
    await page.locator(`${W} .lesson-choice`).nth(1).click();
    await shot(page, 'lesson-answered-1200-dark');
    assert.deepEqual(await axeViolations(page), [], 'lesson, answered');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
