// Embedding, sharing and printing, in Chromium, Firefox and WebKit (ENGINE,
// tests/browser/engine.mjs): the iframe embed posts its height and embed-parent.js resizes the
// iframe; the copy buttons copy, and where the clipboard is refused the widget offers the text
// selected in a visible box; printing opens the working.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ENGINE, Key, useEngine } from '../engine.mjs';

const HOST = '#main-widget';
const shareState = (h) => {
  const root = document.querySelector(h).shadowRoot;
  const box = root.querySelector('.copy-holder textarea');
  return {
    announce: root.querySelector('.announce').textContent.trim(),
    offered: !root.querySelector('.copy-holder').hidden && box.getBoundingClientRect().height > 0,
    value: box.value,
    selected: box.value.slice(box.selectionStart, box.selectionEnd),
    focused: root.activeElement === box,
  };
};

describe(`embedding, sharing and printing (${ENGINE})`, { timeout: 180_000 }, () => {
  let b;
  useEngine((e) => { b = e; });

  test(`the iframe embed posts its height and embed-parent.js resizes the iframe (${ENGINE})`, async () => {
    // A page of the test server's own, emptied and given two iframes and the parent script.
    await b.goto('embed.html?preset=national');
    await b.wait(() => document.querySelector('arrest-breakdown')?.dataset.state === 'ready', 'the page settled');
    await b.js((origin) => new Promise((resolve) => {
      window.seen = [];
      addEventListener('message', (e) => window.seen.push(e.data));
      const script = Object.assign(document.createElement('script'), { src: `${origin}/build/embed-parent.js` });
      script.onload = () => {
        document.body.innerHTML = `
          <iframe data-arrest-breakdown id="one" title="Los Angeles" height="150"
            src="${origin}/embed.html?preset=los-angeles&childId=one"></iframe>
          <iframe data-arrest-breakdown id="two" title="Operation Safe City" height="150"
            src="${origin}/embed/en/operation-safe-city.html?childId=two"></iframe>`;
        // Styled through the CSSOM: the page's policy refuses style attributes.
        for (const frame of document.querySelectorAll('iframe')) Object.assign(frame.style, { width: '375px', border: '0' });
        resolve();
      };
      document.head.append(script);
    }), b.server.origin);
    const sizes = (id) => b.js((i) => {
      const frame = document.getElementById(i);
      const doc = frame.contentDocument;
      // Before the frame's document is parsed (Firefox shows an empty one for a moment): no size yet.
      return { style: frame.style.height, inside: frame.clientHeight, own: doc?.documentElement && Math.ceil(doc.documentElement.getBoundingClientRect().height) };
    }, id);
    const resized = async (id) => {
      let last;
      await b.until(async () => { last = await sizes(id); return parseFloat(last.style) > 300 && last.inside === last.own; }, `iframe ${id} sized to its document`)
        .catch((err) => { throw new Error(`${err.message}: ${JSON.stringify(last)}`); });
      return last.own;
    };
    const one = await resized('one');
    const two = await resized('two');
    assert.notEqual(one, two, `${ENGINE}: each iframe its own height`);
    const seen = await b.js(() => window.seen.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))));
    assert.ok(seen.some((m) => /^pymxPYMxonexPYMxheightxPYMx\d+$/.test(m)), `${ENGINE}: Pym.js message (${seen.slice(0, 3)})`);

    // Opening a part grows the iframe (ResizeObserver in the frame, message to the parent).
    await b.js(() => document.getElementById('one').contentDocument.querySelector('arrest-breakdown').shadowRoot.getElementById('ab-figures-button').click());
    await b.wait((h) => document.getElementById('one').clientHeight > h + 100, 'iframe one grows', one);
    // A message from anything but the iframe's own window changes nothing.
    await b.js(() => window.postMessage(['pym', 'two', 'height', '5'].join('xPYMx'), '*'));
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await b.js(() => document.getElementById('two').clientHeight), two);
  });

  test(`copy buttons: copied, announced, by mouse and keyboard (${ENGINE})`, async (t) => {
    await b.goto('');
    const text = await b.wait((h) => document.querySelector(h)?.shadowRoot?.querySelector('.headline')?.textContent.trim(), 'the headline', HOST);
    await (await b.shadow('button[data-share="sentence"]', HOST)).click();
    // The engine's clipboard may allow the write (announced "Copied") or refuse it (the text
    // offered selected); either way the reader is told and has the text.
    const first = await b.until(async () => { const s = await b.js(shareState, HOST); return s.announce && s; }, 'the copy announced');
    t.diagnostic(`${ENGINE}: ${first.offered ? 'clipboard refused, the text offered selected' : 'clipboard written'}`);
    if (first.offered) {
      assert.equal(first.value, text, `${ENGINE}: the box holds the sentence`);
      assert.equal(first.selected, text, `${ENGINE}: selected`);
    } else {
      assert.equal(first.announce, 'Copied', `${ENGINE}: announced`);
    }
    // Keyboard: Tab to "Copy link", Space copies the address.
    await b.js((h) => document.querySelector(h).shadowRoot.querySelector('button[data-share="sentence"]').focus(), HOST);
    await b.keys(Key.TAB);
    assert.equal(await b.focused(HOST), 'link', `${ENGINE}: Tab reaches Copy link`);
    await b.js((h) => { document.querySelector(h).shadowRoot.querySelector('.announce').textContent = ''; }, HOST);
    await b.keys(Key.SPACE);
    const link = await b.until(async () => { const s = await b.js(shareState, HOST); return s.announce && s; }, 'the link copied');
    if (link.offered) assert.equal(link.value, await b.js(() => location.href));
  });

  test(`clipboard refused: the text is offered selected, in a visible box (${ENGINE})`, async () => {
    await b.goto('');
    const text = await b.wait((h) => document.querySelector(h)?.shadowRoot?.querySelector('.headline')?.textContent.trim(), 'the headline', HOST);
    await b.js(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => ({ writeText: () => Promise.reject(new Error('denied')) }) });
      document.execCommand = () => false; // no old-style copy either
    });
    await b.js((h) => document.querySelector(h).shadowRoot.querySelector('button[data-share="sentence"]').focus(), HOST);
    await b.keys(Key.ENTER);
    const state = await b.until(async () => { const s = await b.js(shareState, HOST); return s.offered && s.announce && s; }, 'the text offered and the reader told');
    assert.equal(state.value, text, `${ENGINE}: the box holds the sentence`);
    assert.equal(state.selected, text, `${ENGINE}: all of it selected`);
    assert.equal(state.focused, true, `${ENGINE}: focus in the box, ready for Ctrl+C`);
    assert.match(state.announce, /Select the text/, `${ENGINE}: the reader is told to copy by hand`);
    assert.equal(await (await b.shadow('.copy-holder textarea', HOST)).getAttribute('readonly'), 'true');
  });

  test(`printing opens the working, and closes it again afterwards (${ENGINE})`, async (t) => {
    await b.goto('');
    await b.wait((h) => document.querySelector(h)?.dataset.state === 'ready', 'the widget', HOST);
    await b.js(() => {
      window.openWhenPrinting = [];
      const details = () => document.getElementById('main-widget').shadowRoot.querySelector('details.working');
      addEventListener('beforeprint', () => window.openWhenPrinting.push(details().open));
    });
    if (ENGINE === 'webkit') {
      // WebKitWebDriver has no Print command: the print dialog's events, as the browser fires them.
      t.diagnostic('webkit: no WebDriver Print command; beforeprint and afterprint dispatched instead');
      await b.js(() => { dispatchEvent(new Event('beforeprint')); dispatchEvent(new Event('afterprint')); });
    } else {
      const pdf = await b.driver.printPage({}); // WebDriver's Print: fires beforeprint and afterprint
      assert.ok(pdf.length > 1000);
    }
    assert.deepEqual(await b.js(() => window.openWhenPrinting), [true], `${ENGINE}: open while printing`);
    await b.wait(() => !document.getElementById('main-widget').shadowRoot.querySelector('details.working').open, 'closed again');
  });
});
