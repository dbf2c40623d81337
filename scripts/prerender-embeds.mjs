// Writes one embed page per preset and language, www/embed/LANG/PRESET.html, that carries the
// widget's report already laid out, as declarative shadow DOM: the reader sees the headline, the
// picture and the sentences as soon as the HTML arrives, with nothing to run first. The live
// widget then takes over in the same place (www/arrest-breakdown-element.js swaps its shadow root's
// content in one step, so nothing moves).
//
// The copy is the live widget itself, rendered in Chromium from the built bundle and serialized:
// one renderer, so the pre-rendered and live reports cannot drift apart. Run by `./build.sh build`
// after the bundles; idempotent (the same core and bundle write the same pages).
//
//   node scripts/prerender-embeds.mjs

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, startServer, WWW } from '../tests/browser/helpers.mjs';

const PRESETS = readdirSync(path.join(WWW, 'presets')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
const LANGS = ['en', 'es'];
const template = readFileSync(path.join(WWW, 'embed.html'), 'utf8');
const PAGE_CSS = readFileSync(path.join(WWW, 'build/page.css'), 'utf8').trim();
const WIDGET_CSS = readFileSync(path.join(WWW, 'build/arrest-breakdown.css'), 'utf8').trim();

// The page's script is fetched once the copy is on screen — after the first paint, or after
// 100 ms where an iframe out of view gets no frames, or at once if the reader acts first — so
// nothing the page runs stands between the HTML and the headline. The element, once defined,
// starts the live widget if the reader has already moved into it (lib/wake.js).
const LOADER = 'const go=()=>import("../../build/embed.js");requestAnimationFrame(()=>setTimeout(go));setTimeout(go,100);'
  + 'for(const t of["pointerdown","keydown","focusin"])addEventListener(t,go,{once:true,capture:true})';
/** A CSP source that allows exactly this inline text. */
const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The widget's shadow root, laid out live from the generic embed page, as HTML. */
async function snapshot(browser, server, preset, lang) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(server.url(`embed.html?preset=${preset}&lang=${lang}`));
    await page.waitForFunction(() => {
      const w = document.querySelector('arrest-breakdown');
      return w?.dataset.state === 'ready' && w.shadowRoot.adoptedStyleSheets.length > 0;
    });
    return await page.evaluate(() => {
      // The card's closed parts are left empty in the copy: out of sight, they would only make
      // the page longer to download, parse and style. The live widget brings them.
      const copy = document.createElement('div');
      for (const node of document.querySelector('arrest-breakdown').shadowRoot.childNodes) copy.append(node.cloneNode(true));
      for (const panel of copy.querySelectorAll('.panel[hidden]')) panel.replaceChildren();
      return {
      html: copy.innerHTML,
      title: document.title,
      description: document.querySelector('meta[name="description"]').content,
      heading: document.querySelector('h1').textContent,
      };
    });
  } finally {
    await context.close();
  }
}

const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * embed.html with its addresses one folder deeper and the widget written into <main>. The page
 * is whole in itself until the reader acts: both stylesheets inline (allowed by their hashes in
 * the page's Content-Security-Policy), so the first paint waits for no other request, and the
 * script loaded after it (LOADER).
 */
function pageFor(preset, lang, { html, title, description, heading }) {
  const up = '../../';
  const widget = `<arrest-breakdown preset="${preset}" lang="${lang}"><template shadowrootmode="open">`
    + `<style>${WIDGET_CSS}</style>${html}</template></arrest-breakdown>`;
  const page = template
    .replace(/<link rel="stylesheet" href="build\/page.css">/, () => `<style>${PAGE_CSS}</style>`)
    .replace(/<script type="module" src="build\/embed.js"><\/script>/, () => `<script type="module">${LOADER}</script>`)
    .replace("script-src 'self'", () => `script-src 'self' ${hash(LOADER)}`)
    .replace("style-src 'self'", () => `style-src 'self' ${hash(PAGE_CSS)} ${hash(WIDGET_CSS)}`);
  if (!page.includes(LOADER) || !page.includes(PAGE_CSS) || !/<meta name="description" content="[^"]*">/.test(page)) throw new Error('embed.html: its stylesheet link, script tag or description changed; update scripts/prerender-embeds.mjs');
  return page
    .replace('<html lang="en">', `<html lang="${lang}">`)
    .replace(/(href|src)="(?!https?:|#)([^"]+)"/g, (_, attr, url) => `${attr}="${up}${url}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`)
    .replace(/(<meta name="description" content=")[^"]*(">)/, `$1${escapeText(description).replace(/"/g, '&quot;')}$2`)
    .replace(/(<h1 class="visually-hidden">)[^<]*(<\/h1>)/, `$1${escapeText(heading)}$2`)
    .replace('</main>', `  ${widget}\n  </main>`)
    // The copy needs neither the core nor its stylesheet as a fetch until the reader acts
    // (lib/wake.js): no preloads.
    .replace(/\n *<link rel="preload"[^>]*>/g, '')
    .replace('<!doctype html>', '<!doctype html>\n<!-- Written by ./build.sh build (scripts/prerender-embeds.mjs) from embed.html: do not edit. -->');
}

const server = await startServer();
const browser = await launchBrowser();
try {
  for (const lang of LANGS) {
    mkdirSync(path.join(WWW, 'embed', lang), { recursive: true });
    for (const preset of PRESETS) {
      const file = path.join(WWW, 'embed', lang, `${preset}.html`);
      writeFileSync(file, pageFor(preset, lang, await snapshot(browser, server, preset, lang)));
      console.log(`prerender: ${path.relative(path.dirname(WWW), file)}`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
