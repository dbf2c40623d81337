// Hostile text through every text field of the widget (tests/data/hostile.json, also used by
// tests/hostile.rs): on the demo page, under its strict Content-Security-Policy, nothing may run,
// load or navigate — no dialog, no new global, no request off the test server, no console
// error — and what is shown is the text itself.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, openPage, useBrowser } from './helpers.mjs';

const { payloads } = JSON.parse(readFileSync(path.join(ROOT, 'tests/data/hostile.json'), 'utf8'));

/** A scenario with `text` in every text field, and a total that tells the renders apart. */
function everywhere(text, total) {
  return {
    context: { place: text, agency: text, period: { label: text }, source: { text, url: text } },
    stages: [{
      kind: 'custom', verb: text, total: String(total),
      breakdown: { criminal_history: '60' },
      subgroups: [{ label: text, count: '5', parent: 'criminal_history' }],
      places: [{ name: text, count: '40' }],
    }],
    reference: { population: { count: '100000', label: text } },
  };
}

describe('hostile text in the widget', { timeout: 300_000 }, () => {
  let server; let browser;
  useBrowser((s, b) => { server = s; browser = b; });

  test(`${payloads.length} payloads in every text field: shown as text, nothing runs or loads`, async () => {
    const { page, origins, problems } = await openPage(browser, server);
    const dialogs = [];
    page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
    await page.goto(server.url('index.html'));
    const globalsBefore = await page.evaluate(() => Object.keys(window).length);
    await page.evaluate(() => {
      const el = document.createElement('arrest-breakdown');
      el.id = 'hostile';
      el.setAttribute('mode', 'editor');
      document.body.append(el);
    });
    for (const [i, text] of payloads.entries()) {
      const total = 200 + i;
      await page.evaluate(([json]) => document.getElementById('hostile').setAttribute('scenario', json),
        [JSON.stringify(everywhere(text, total))]);
      // Rendered once the headline names this total.
      await page.waitForFunction((t) => {
        const head = document.getElementById('hostile')?.shadowRoot?.querySelector('.headline')?.textContent || '';
        return head.includes(`of ${t}`);
      }, total);
      const found = await page.evaluate((t) => {
        const root = document.getElementById('hostile').shadowRoot;
        const bad = root.querySelectorAll('script, img, iframe, object, embed, math, video, audio, form:not(.inputs), meta, base, x, template, noscript');
        return { bad: bad.length, text: root.textContent, pwned: window.__pwned };
      }, text);
      assert.equal(found.bad, 0, `markup from ${JSON.stringify(text)}`);
      assert.equal(found.pwned, undefined, `script ran from ${JSON.stringify(text)}`);
      // Printable payloads appear literally (labels are kept as typed).
      if (/^[\x20-\x7e]+$/.test(text) && text.trim() === text) {
        assert.ok(found.text.includes(text), `${JSON.stringify(text)} not shown as text`);
      }
    }
    assert.deepEqual(dialogs, []);
    assert.deepEqual([...origins], [server.origin], 'no request off the test server');
    assert.deepEqual(problems, [], 'no console error, page error or CSP violation');
    const globalsAfter = await page.evaluate(() => Object.keys(window).length);
    assert.ok(globalsAfter <= globalsBefore + 1, `new globals: ${globalsAfter - globalsBefore}`);
  });

  test('hostile element attributes and URL hashes: refused or shown as text, never run', async () => {
    const { page, origins, problems } = await openPage(browser, server);
    const dialogs = [];
    page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
    await page.goto(server.url('index.html'));
    const sample = payloads.filter((_, i) => i % 4 === 0);
    for (const text of sample) {
      await page.evaluate((t) => {
        document.getElementById('attr')?.remove();
        const el = document.createElement('arrest-breakdown');
        el.id = 'attr';
        for (const name of ['preset', 'lang', 'mode', 'theme', 'heading-level']) el.setAttribute(name, t);
        document.body.append(el);
      }, text);
      // Not blank: a headline, or a message saying what is wrong.
      await page.waitForFunction(() => {
        const root = document.getElementById('attr')?.shadowRoot;
        const shown = (sel) => (root?.querySelector(sel)?.textContent || '').trim().length > 0;
        return shown('.headline') || shown('.status') || shown('[role="alert"]') || shown('.form-status');
      });
      assert.equal(await page.evaluate(() => window.__pwned), undefined, JSON.stringify(text));
    }
    // The embed page takes a whole scenario from its hash: the same corpus, untrusted.
    for (const text of sample) {
      const embed = await browser.newPage();
      embed.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
      embed.on('request', (req) => origins.add(new URL(req.url()).origin));
      await embed.goto(`${server.url('embed.html')}#${encodeURIComponent(text)}`);
      await embed.waitForFunction(() => {
        const root = document.querySelector('arrest-breakdown')?.shadowRoot;
        return [...(root?.querySelectorAll('.headline, .status, [role="alert"], .form-status') || [])]
          .some((n) => n.textContent.trim().length > 0);
      });
      assert.equal(await embed.evaluate(() => window.__pwned), undefined, JSON.stringify(text));
      await embed.close();
    }
    assert.deepEqual(dialogs, []);
    assert.deepEqual([...origins], [server.origin], 'no request off the test server');
    assert.deepEqual(problems, []);
  });
});
