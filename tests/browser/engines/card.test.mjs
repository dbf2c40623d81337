// The card by keyboard and its accessibility, in Chromium, Firefox and WebKit (ENGINE,
// tests/browser/engine.mjs): the disclosure buttons (Enter, Space, Escape back to the button),
// the stage pictures' ARIA tabs (arrows, Home, End), and axe-core with no violations on the
// demo article, the embed page and a pre-rendered page.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ENGINE, Key, useEngine } from '../engine.mjs';

const ready = () => document.querySelector('arrest-breakdown')?.dataset.state === 'ready';
const tabState = () => [...document.querySelector('arrest-breakdown').shadowRoot.querySelectorAll('[role="tab"]')]
  .map((t) => `${t.getAttribute('aria-selected')}/${t.tabIndex}`).join(' ');

describe(`the card by keyboard, and axe (${ENGINE})`, { timeout: 240_000 }, () => {
  let b;
  useEngine((e) => { b = e; });

  test(`disclosure buttons: Enter and Space toggle, Escape closes and returns focus (${ENGINE})`, async () => {
    await b.goto('embed.html?preset=los-angeles');
    await b.wait(ready, 'the card');
    for (const name of ['figures', 'caveats', 'working', 'adjust']) {
      const button = await b.shadow(`#ab-${name}-button`);
      assert.equal(await button.getAttribute('aria-controls'), `ab-${name}`);
      await b.js((n) => document.querySelector('arrest-breakdown').shadowRoot.getElementById(`ab-${n}-button`).focus(), name);
      await b.keys(Key.ENTER);
      await b.wait((n) => {
        const root = document.querySelector('arrest-breakdown').shadowRoot;
        return root.getElementById(`ab-${n}-button`).getAttribute('aria-expanded') === 'true' && root.getElementById(`ab-${n}`).getBoundingClientRect().height > 50;
      }, `${name} open`, name);
      await b.keys(Key.SPACE);
      await b.wait((n) => {
        const root = document.querySelector('arrest-breakdown').shadowRoot;
        return root.getElementById(`ab-${n}-button`).getAttribute('aria-expanded') === 'false' && root.getElementById(`ab-${n}`).getBoundingClientRect().height === 0;
      }, `${name} closed`, name);
    }
    // Escape from inside an open part closes it and puts focus back on its button.
    await b.js(() => document.querySelector('arrest-breakdown').shadowRoot.getElementById('ab-figures-button').focus());
    await b.keys(Key.ENTER);
    await b.wait(() => document.querySelector('arrest-breakdown').shadowRoot.querySelector('#ab-figures .table-scroll')?.getBoundingClientRect().height > 0, 'the table');
    await b.js(() => document.querySelector('arrest-breakdown').shadowRoot.querySelector('#ab-figures .table-scroll').focus());
    assert.equal(await b.focused(), 'table-scroll', `${ENGINE}: focus inside the part`);
    await b.keys(Key.ESCAPE);
    const expanded = (name) => b.js((n) => document.querySelector('arrest-breakdown').shadowRoot.getElementById(`ab-${n}-button`).getAttribute('aria-expanded'), name);
    await b.until(async () => (await expanded('figures')) === 'false', 'figures closed by Escape');
    assert.equal(await b.focused(), 'ab-figures-button', `${ENGINE}: focus back on the button`);
    // Opening one part closes another.
    await b.keys(Key.ENTER);
    await (await b.shadow('#ab-working-button')).click();
    await b.until(async () => (await expanded('working')) === 'true' && (await expanded('figures')) === 'false', 'one part at a time');
  });

  test(`stage pictures: the ARIA tabs pattern by keyboard (${ENGINE})`, async () => {
    await b.goto('embed.html?preset=los-angeles');
    await b.wait(ready, 'the card');
    const legend = () => b.js(() => document.querySelector('arrest-breakdown').shadowRoot.querySelector('[role="tabpanel"] .legend-value').textContent);
    const labelledBy = () => b.js(() => document.querySelector('arrest-breakdown').shadowRoot.querySelector('[role="tabpanel"]').getAttribute('aria-labelledby'));
    assert.equal(await b.js(tabState), 'true/0 false/-1');
    assert.equal(await legend(), '32.9%');
    await b.js(() => document.querySelector('arrest-breakdown').shadowRoot.querySelector('[role="tab"]').focus());
    await b.keys(Key.ARROW_RIGHT);
    assert.equal(await b.js(tabState), 'false/-1 true/0', `${ENGINE}: ArrowRight`);
    assert.equal(await b.focused(), 'ab-stage-tab-1');
    assert.equal(await labelledBy(), 'ab-stage-tab-1');
    assert.equal(await legend(), '36.5%', `${ENGINE}: the deportations picture`);
    await b.keys(Key.ARROW_RIGHT);
    assert.equal(await b.js(tabState), 'true/0 false/-1', `${ENGINE}: wraps`);
    await b.keys(Key.END);
    assert.equal(await b.js(tabState), 'false/-1 true/0', `${ENGINE}: End`);
    await b.keys(Key.HOME);
    assert.equal(await b.js(tabState), 'true/0 false/-1', `${ENGINE}: Home`);
    await b.keys(Key.ARROW_LEFT);
    assert.equal(await b.js(tabState), 'false/-1 true/0', `${ENGINE}: ArrowLeft wraps`);
  });

  test(`keyboard only on the article: Tab to the language switch, Enter, Tab into the inputs (${ENGINE})`, async () => {
    await b.goto('');
    await b.wait(() => document.getElementById('main-widget')?.dataset.state === 'ready', 'the widget');
    await b.js(() => document.getElementById('preset-menu').focus());
    await b.keys(Key.TAB);
    assert.equal(await b.focused('#main-widget'), 'en', `${ENGINE}: Tab from the menu reaches the language switch`);
    await b.keys(Key.TAB);
    assert.equal(await b.focused('#main-widget'), 'es');
    await b.keys(Key.ENTER);
    await b.wait(() => document.getElementById('main-widget').shadowRoot.querySelector('.ab').lang === 'es', 'Spanish');
    await b.keys(Key.TAB);
    assert.equal(await b.focused('#main-widget'), 'adjust');
    await b.keys(Key.ENTER);
    await b.keys(Key.TAB);
    assert.equal(await b.focused('#main-widget'), 'stages[0].kind');
    await b.keys(Key.TAB);
    assert.equal(await b.focused('#main-widget'), 'stages[0].total');
  });

  test(`axe-core: no violations on the article, the embed page and a pre-rendered page (${ENGINE})`, async () => {
    await b.goto('');
    await b.wait(() => document.getElementById('main-widget')?.dataset.state === 'ready', 'the widget');
    assert.deepEqual(await b.axe({ iframes: false }), [], `${ENGINE}: the article`);
    // Everything open, with an error showing.
    await (await b.shadow('button.adjust', '#main-widget')).click();
    await b.js(() => {
      const root = document.getElementById('main-widget').shadowRoot;
      const input = root.querySelector('input[data-path="stages[0].total"]');
      input.value = 'abc';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      root.querySelector('details.working').open = true;
    });
    await b.wait(() => document.getElementById('main-widget').shadowRoot.querySelector('.field-msg:not([hidden])'), 'the error');
    assert.deepEqual(await b.axe({ iframes: false }), [], `${ENGINE}: adjusting, with an error, working open`);

    await b.goto('embed.html?preset=operation-safe-city&mode=editor');
    await b.wait(ready, 'the editor');
    assert.deepEqual(await b.axe(), [], `${ENGINE}: the embed page in editor mode`);

    await b.goto('embed/es/los-angeles.html');
    await b.wait(() => document.readyState === 'complete', 'the page');
    assert.deepEqual(await b.axe(), [], `${ENGINE}: a pre-rendered page`);
  });
});
