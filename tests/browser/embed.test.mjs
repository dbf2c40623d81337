// The iframe embed: embed.html reads its figures from the URL and posts its height in the
// Pym.js, Datawrapper and AMP formats; embed-parent.js resizes each iframe from its own messages
// only.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cliReport, cliReportFor, headline, openPage, useBrowser } from './helpers.mjs';

describe('the iframe embed', { timeout: 120_000 }, () => {
  let server; let browser;
  useBrowser((s, b) => { server = s; browser = b; });

  test('embed.html takes its figures from the query or the hash', async () => {
    const { context, page, origins, problems } = await openPage(browser, server);
    await page.goto(server.url('embed.html?preset=operation-safe-city&lang=es'));
    assert.equal(await headline(page), cliReport('www/presets/operation-safe-city.json', '--lang', 'es').headline.text);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');

    const scenario = { stages: [{ kind: 'deportations', total: '2,000', breakdown: { no_record: '500' } }] };
    await page.goto(server.url(`embed.html#${encodeURIComponent(JSON.stringify(scenario))}`));
    assert.equal(await headline(page), cliReportFor(scenario).headline.text);

    // A house style from the address, as a newsroom's embed code would carry it.
    await page.goto(server.url('embed.html?preset=los-angeles&lang=es&number-style=us'));
    assert.equal(await headline(page), cliReport('www/presets/los-angeles.json', '--lang', 'es', '--style', 'us').headline.text);
    assert.match(await headline(page), /1,719 de 5,232 \(32\.9\s?%\)/);

    assert.deepEqual([...origins], [server.origin]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a parent page with two iframes: each resized from its own messages', async () => {
    const { context, page, origins, problems } = await openPage(browser, server, { width: 800, height: 700 });
    // A news page elsewhere (here about:blank) that loads only the parent script. The inline
    // listener records the raw messages so their formats can be checked.
    await page.setContent(`<!doctype html><html lang="en"><head><title>Parent</title>
      <script>window.seen = []; addEventListener('message', (e) => seen.push(e.data));</script>
      <script src="${server.url('embed-parent.js')}"></script></head><body>
      <iframe data-arrest-breakdown id="one" title="Los Angeles" loading="lazy" height="150"
        src="${server.url('embed.html?preset=los-angeles&initialWidth=800&childId=one')}"></iframe>
      <iframe data-arrest-breakdown id="two" title="National" loading="lazy" height="150"
        src="${server.url('embed.html?preset=national&initialWidth=800&childId=two')}"></iframe>
      </body></html>`);

    // clientHeight: the iframe's inside, without its border.
    const heightOf = (id) => page.evaluate((i) => document.getElementById(i).clientHeight, id);
    // Polling, not requestAnimationFrame: the parent page is idle while its frames work.
    const resized = (id) => page.waitForFunction((i) => parseFloat(document.getElementById(i).style.height) > 300, id, { polling: 100 });
    await resized('one');
    // Lazy: the second loads only once the reader scrolls near it (the first is now tall).
    await page.locator('#two').scrollIntoViewIfNeeded();
    await resized('two');
    const frameOne = page.frameLocator('#one');
    await frameOne.locator('arrest-breakdown .headline').waitFor();

    // The height posted is the embedded document's own height.
    const docHeight = async (id) => {
      const frame = page.frames().find((f) => f.url().includes(`childId=${id}`));
      return frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    };
    assert.equal(await heightOf('one'), await docHeight('one'));
    assert.equal(await heightOf('two'), await docHeight('two'));
    assert.notEqual(await heightOf('one'), await heightOf('two'));

    // All three formats, with the ids the parent gave.
    const seen = await page.evaluate(() => window.seen);
    assert.ok(seen.some((m) => typeof m === 'string' && /^pymxPYMxonexPYMxheightxPYMx\d+$/.test(m)), 'Pym.js message');
    assert.ok(seen.some((m) => m && typeof m === 'object' && Number.isInteger(m['datawrapper-height']?.two)), 'Datawrapper message');
    assert.ok(seen.some((m) => m && m.sentinel === 'amp' && m.type === 'embed-size' && Number.isInteger(m.height)), 'AMP message');

    // Growing the content (opening the inputs) grows the iframe: ResizeObserver, no polling.
    const before = await heightOf('one');
    await frameOne.locator('arrest-breakdown button.adjust').click();
    await page.waitForFunction((h) => document.getElementById('one').clientHeight > h + 100, before, { polling: 100 });

    // A message from anything other than the iframe's own window changes nothing.
    const current = await heightOf('two');
    await page.evaluate(() => {
      window.postMessage(['pym', 'two', 'height', '5'].join('xPYMx'), '*');
      window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 5 }, '*');
    });
    await page.waitForTimeout(200);
    assert.equal(await heightOf('two'), current);

    assert.deepEqual([...origins].filter((o) => o !== 'null'), [server.origin]);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the demo article resizes its own embed', async () => {
    const { context, page, problems } = await openPage(browser, server);
    await page.goto(server.url(''));
    const frame = page.locator('#embed-demo');
    assert.equal(await frame.getAttribute('loading'), 'lazy');
    assert.ok(await frame.getAttribute('title'));
    await frame.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => parseFloat(document.getElementById('embed-demo').style.height) > 300);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
