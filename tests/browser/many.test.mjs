// Many and long: fifty widgets on one page all render and share one wasm instance (one fetch of
// the .wasm), and a hundred thousand recalculations leave the wasm memory where a thousand did.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useBrowser } from './helpers.mjs';

describe('many widgets and long use', { timeout: 300_000 }, () => {
  let server; let browser;
  useBrowser((s, b) => { server = s; browser = b; });

  test('fifty widgets on one page, one wasm fetch, every one with its headline', async () => {
    const { page, problems } = await openPage(browser, server);
    let wasmFetches = 0;
    // The demo page also holds an iframe embed, a document of its own: count this page's fetches.
    page.on('request', (req) => { if (req.url().endsWith('.wasm') && req.frame() === page.mainFrame()) wasmFetches += 1; });
    await page.goto(server.url('index.html'));
    await page.evaluate(() => {
      const presets = ['los-angeles', 'operation-safe-city', 'national', 'los-angeles-2020', 'fiscal-2019-charges', 'detainers-follow-up'];
      for (let i = 0; i < 50; i += 1) {
        const el = document.createElement('arrest-breakdown');
        el.className = 'many';
        el.setAttribute('preset', presets[i % presets.length]);
        if (i % 2) el.setAttribute('lang', 'es');
        document.body.append(el);
      }
    });
    await page.waitForFunction(() => [...document.querySelectorAll('arrest-breakdown.many')]
      .every((el) => el.shadowRoot?.querySelector('.headline')?.textContent.trim().length > 0), null, { timeout: 60_000 });
    const langs = await page.evaluate(() => [...document.querySelectorAll('arrest-breakdown.many')]
      .map((el) => el.shadowRoot.querySelector('.headline').textContent));
    assert.equal(langs.length, 50);
    assert.ok(langs[1].includes('de cada') || langs[1].includes('mitad'), langs[1]);
    assert.equal(wasmFetches, 1, 'one wasm instance for the page');
    assert.deepEqual(problems, []);
  });

  test('100,000 recalculations leave the wasm memory as 1,000 did', async () => {
    const { page } = await openPage(browser, server);
    await page.goto(server.url('index.html'));
    const { after1k, after100k } = await page.evaluate(async () => {
      const mod = await import('./pkg/arrest_breakdown.js');
      const wasm = await mod.default({ module_or_path: './pkg/arrest_breakdown_bg.wasm' });
      const scenario = await (await fetch('./presets/los-angeles.json')).json();
      const run = (n) => {
        for (let i = 0; i < n; i += 1) {
          scenario.stages[0].total = String(5000 + (i % 700));
          JSON.parse(mod.calculate(JSON.stringify(scenario), i % 2 ? 'es' : 'en', i % 3 === 0, i % 3 === 0));
        }
      };
      run(1000);
      const after1k = wasm.memory.buffer.byteLength;
      run(99_000);
      return { after1k, after100k: wasm.memory.buffer.byteLength };
    });
    assert.equal(after100k, after1k, `memory grew from ${after1k} to ${after100k} bytes`);
  });
});
