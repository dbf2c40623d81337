// What a reader does, in Chromium, Firefox and WebKit (ENGINE, tests/browser/engine.mjs): the
// pre-rendered embed page reads with no script and hands over to the live widget on a gesture;
// typing a figure updates the headline; a bad figure shows its message beside the field and keeps
// what was typed; the language switch re-words everything.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ROOT, cliReport, cliReportFor } from '../helpers.mjs';
import { ENGINE, Key, useEngine } from '../engine.mjs';

const example = () => JSON.parse(readFileSync(path.join(ROOT, 'examples/los-angeles.json'), 'utf8'));
const headlineOf = (host) => document.querySelector(host)?.shadowRoot?.querySelector('.headline')?.textContent.trim();

describe(`reading and editing (${ENGINE})`, { timeout: 180_000 }, () => {
  let b;
  useEngine((e) => { b = e; });

  test(`the pre-rendered page reads without script and hands over on a gesture (${ENGINE})`, async () => {
    const expected = cliReport('www/presets/los-angeles.json').headline.text;
    // Scripts off: the page in a sandboxed iframe (same origin, so it can be read; no scripts).
    await b.goto('embed.html?preset=national');
    await b.js((url) => {
      const frame = Object.assign(document.createElement('iframe'), { id: 'still', src: url });
      frame.setAttribute('sandbox', 'allow-same-origin');
      document.body.append(frame);
    }, b.server.url('embed/en/los-angeles.html'));
    const still = await b.wait(() => {
      const doc = document.getElementById('still').contentDocument;
      const h = doc?.readyState === 'complete' && doc.querySelector('arrest-breakdown')?.shadowRoot?.querySelector('.headline');
      return h && { text: h.textContent.trim(), weight: Number(getComputedStyle(h).fontWeight), height: h.getBoundingClientRect().height,
        defined: !!doc.defaultView.customElements.get('arrest-breakdown') };
    }, 'the copy in a frame without scripts');
    assert.equal(still.text, expected, `${ENGINE}: the copy's headline`);
    assert.equal(still.defined, false, `${ENGINE}: no script ran`);
    assert.ok(still.weight >= 600 && still.height > 0, `${ENGINE}: styled and laid out (${JSON.stringify(still)})`);

    // With scripts: no core until the reader acts; Tab moves into the copy and the live widget
    // takes over, saying what the copy said.
    await b.goto('embed/en/los-angeles.html');
    const copy = await b.wait(() => document.readyState === 'complete' && document.querySelector('arrest-breakdown').shadowRoot.querySelector('.ab').innerText.replace(/\s+/g, ' ').trim(), 'the copy');
    assert.equal(await b.js(() => performance.getEntriesByType('resource').some((r) => r.name.endsWith('.wasm'))), false, `${ENGINE}: no core before the reader acts`);
    const height = () => b.js(() => document.querySelector('arrest-breakdown').getBoundingClientRect().height);
    const before = await height();
    await b.keys(Key.TAB);
    await b.wait(() => { const el = document.querySelector('arrest-breakdown'); return el.dataset.state === 'ready' && el.prerendered === false; }, 'the live widget');
    const live = await b.js(() => document.querySelector('arrest-breakdown').shadowRoot.querySelector('.ab').innerText.replace(/\s+/g, ' ').trim());
    assert.equal(live, copy, `${ENGINE}: live and pre-rendered text`);
    // Nothing moves when the live widget takes the copy's place.
    await b.js(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await height(), before, `${ENGINE}: the widget's height before and after the hand-over`);

    // "Español", pressed in the copy: the live widget wakes and carries out the switch.
    await b.goto('embed/en/los-angeles.html');
    await b.wait(() => document.readyState === 'complete', 'the page');
    await (await b.shadow('button[data-lang="es"]')).click();
    const spanish = cliReport('www/presets/los-angeles.json', '--lang', 'es').headline.text;
    await b.wait((h) => document.querySelector('arrest-breakdown').prerendered === false
      && document.querySelector('arrest-breakdown').shadowRoot.querySelector('.headline')?.textContent.trim() === h, 'the Spanish headline', spanish);
  });

  test(`typing a figure updates the headline; a bad one is explained beside its field and kept (${ENGINE})`, async () => {
    const host = '#main-widget';
    await b.goto('');
    const original = cliReport('examples/los-angeles.json').headline.text;
    assert.equal(await b.wait(headlineOf, 'the headline', host), original, `${ENGINE}: first headline`);

    const adjust = await b.shadow('button.adjust', host);
    await adjust.click();
    assert.equal(await adjust.getAttribute('aria-expanded'), 'true');
    // Focus the total, select what is there, type over it: as a reader does.
    const retype = async (text) => {
      await b.js((h) => { const input = document.querySelector(h).shadowRoot.querySelector('input[data-path="stages[0].total"]'); input.focus(); input.select(); }, host);
      await b.keys(text);
    };

    await retype('6,000');
    const edited = example();
    edited.stages[0].total = '6,000';
    const expected = cliReportFor(edited).headline.text;
    await b.wait((h, t) => document.querySelector(h).shadowRoot.querySelector('.headline').textContent.trim() === t, `the headline for 6,000: ${expected}`, host, expected);

    await retype('abc');
    const bad = example();
    bad.stages[0].total = 'abc';
    const error = cliReportFor(bad).errors.find((e) => e.field === 'stages[0].total');
    const shown = await b.wait((h) => {
      const root = document.querySelector(h).shadowRoot;
      const input = root.querySelector('input[data-path="stages[0].total"]');
      const msg = root.getElementById(input.getAttribute('aria-describedby'));
      if (!msg || msg.hidden || !msg.textContent.trim()) return null;
      const a = input.getBoundingClientRect(); const m = msg.getBoundingClientRect();
      return { text: msg.textContent.trim(), value: input.value, invalid: input.getAttribute('aria-invalid'),
        gap: Math.round(m.top - a.bottom), overlap: Math.min(a.right, m.right) - Math.max(a.left, m.left), visible: m.height > 0 };
    }, 'the message beside the field', host);
    assert.equal(shown.text, error.message, `${ENGINE}: the core's message`);
    assert.equal(shown.value, 'abc', `${ENGINE}: what was typed stays`);
    assert.equal(shown.invalid, 'true');
    assert.ok(shown.visible && shown.gap >= -2 && shown.gap < 60 && shown.overlap > 0, `${ENGINE}: right under its field (${JSON.stringify(shown)})`);
    assert.equal(await b.js(headlineOf, host), expected, `${ENGINE}: the last good headline stays`);

    await retype('5,232');
    await b.wait((h, t) => document.querySelector(h).shadowRoot.querySelector('.headline').textContent.trim() === t, 'the original headline', host, original);
  });

  test(`the language switch re-words the widget and keeps the figures (${ENGINE})`, async () => {
    const host = '#main-widget';
    await b.goto('');
    await b.wait(headlineOf, 'the headline', host);
    const es = await b.shadow('button[data-lang="es"]', host);
    await es.click();
    const spanish = cliReport('examples/los-angeles.json', '--lang', 'es');
    await b.wait((h, t) => document.querySelector(h).shadowRoot.querySelector('.headline').textContent.trim() === t, 'the Spanish headline', host, spanish.headline.text);
    assert.equal(await es.getAttribute('aria-pressed'), 'true');
    assert.equal(await b.js((h) => document.querySelector(h).shadowRoot.querySelector('.ab').lang, host), 'es');
    const en = await b.shadow('button[data-lang="en"]', host);
    await en.click();
    await b.wait((h, t) => document.querySelector(h).shadowRoot.querySelector('.headline').textContent.trim() === t, 'the English headline', host, cliReport('examples/los-angeles.json').headline.text);
    assert.equal(await en.getAttribute('aria-pressed'), 'true');
  });
});
