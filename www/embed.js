// The embeddable page: reads its figures from the URL, shows one <arrest-breakdown>, and tells
// the parent page its height so the iframe fits without a scroll bar.
//   embed.html?preset=los-angeles&lang=es&mode=editor&theme=dark
//   embed.html#s=%7B%22stages%22%3A…%7D&lang=es   (lib/share.js; the older #{"stages":…} works too)
//   embed/es/los-angeles.html                       (a preset, pre-rendered: scripts/prerender-embeds.mjs)
// Height goes out in the three formats newsroom pages already listen for: Pym.js, Datawrapper
// and AMP (amp-iframe), so the iframe resizes with whichever script the parent already runs,
// or with embed-parent.js.

import './arrest-breakdown.js';
import { syncWithHash } from './lib/share.js';
import { preloadWords } from './lib/i18n.js';

const params = new URLSearchParams(window.location.search);
// A pre-rendered page already holds its widget, with its preset and language.
const prerendered = document.querySelector('main > arrest-breakdown');
const widget = prerendered || document.createElement('arrest-breakdown');

// The preset is also the fallback when figures in the address cannot be read: never a blank
// widget. The address's figures and language (#s=…&lang=es, or the older #{…}) win over it.
if (!prerendered) widget.setAttribute('preset', params.get('preset') || 'los-angeles');
for (const name of ['lang', 'mode', 'theme', 'number-style']) {
  if (params.get(name)) widget.setAttribute(name, params.get(name));
}
const fromHash = syncWithHash(widget);
// The page's own heading, for screen readers only (the article around it has the visible one).
const lang = fromHash.lang || (/^es\b/i.test(params.get('lang') || widget.getAttribute('lang') || '') ? 'es' : 'en');
document.documentElement.lang = lang;
if (lang !== 'en') {
  document.querySelector('h1').textContent = preloadWords(lang).title;
  document.title = preloadWords(lang).title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', preloadWords(lang).description);
}
if (!prerendered) document.querySelector('main').append(widget);

// Pym.js adds ?initialWidth=…&childId=… to the iframe's address; Datawrapper matches by id.
const childId = params.get('childId') || params.get('id') || 'arrest-breakdown';

let lastHeight = -1;
function postHeight() {
  if (window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  // Heights are not secret, and the embedding origin is unknown here: hence '*'.
  window.parent.postMessage(['pym', childId, 'height', String(height)].join('xPYMx'), '*');
  window.parent.postMessage({ 'datawrapper-height': { [childId]: height } }, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}

// Fires once when observation starts and again on every change: no polling. The widget's own
// change event is a second trigger: Chromium can hold back an idle iframe's rendering steps,
// and with them the ResizeObserver's callback, while the page around it is idle.
// The event's measurement waits a moment: measuring inside the keystroke's task would force a
// layout of the whole page per keystroke, and a burst of typing needs one message, not ten.
new ResizeObserver(postHeight).observe(document.documentElement);
let pending = 0;
widget.addEventListener('arrest-breakdown-change', () => {
  clearTimeout(pending);
  pending = setTimeout(postHeight, 30);
});
window.addEventListener('load', postHeight);
