// The builder page (build.html, issue 13): the calculator's editor beside a live preview of the
// embed at a phone's and a desktop's width, the embed code as the reporter types, and the figures
// as a JSON file to keep (and to run with the CLI) or to open again. No server: the embed's
// address carries the whole scenario (lib/share.js), and the core writes the embed code
// (`embedSnippet`, `elementSnippet`) and every word on the page once it has loaded.

import './arrest-breakdown.js';
import { ROOT, loadCore } from './lib/core.js';
import { loadTools } from './lib/tools.js';
import { pickLang, preloadWords } from './lib/i18n.js';
import { syncWithHash, withState } from './lib/share.js';

const $ = (id) => document.getElementById(id);
const widget = $('build-widget');
const modeMenu = $('build-mode');
const status = $('build-status');
const frames = [$('build-phone'), $('build-desktop')];
const embedCode = $('build-embed-code');
const elementCode = $('build-element-code');
const open = $('build-open');

let core = null;
let tools = null; // the tools' core (lib/tools.js): the element's code, pasted rows
let shown = null; // the last good figures, as the previews and the code have them
const words = () => {
  const { chrome } = core.editor(null, widget.lang);
  return Object.fromEntries(Object.entries(chrome).map(([k, w]) => [k.replace(/_([a-z])/g, (_, c) => c.toUpperCase()), w]));
};

// Figures and language from the builder's own address (a reload keeps the work), else an empty
// widget to paste into.
syncWithHash(widget);

/** The embed page's address for the figures: its mode in the query, figures and language in the hash. */
function embedUrl(state) {
  const url = new URL('embed.html', ROOT);
  if (modeMenu.value !== 'card') url.searchParams.set('mode', modeMenu.value);
  return withState(url.href, state.scenario, state.lang);
}

/** The previews and both embed codes, for the figures as they last worked. */
function update() {
  const state = widget.shareState();
  if (!core || !tools || !state || widget.state !== 'ready') return;
  const url = embedUrl(state);
  const key = `${url}`;
  if (key === shown) return;
  shown = key;
  for (const frame of frames) {
    // Only the hash changes as the reporter types: the embed page reads it without reloading.
    if (frame.src !== url) frame.src = url;
  }
  open.href = url;
  embedCode.value = core.embedSnippet(url, new URL('build/embed-parent.js', ROOT).href, state.lang);
  elementCode.value = tools.elementSnippet(new URL('build/arrest-breakdown.js', ROOT).href, state.scenario, state.lang, modeMenu.value);
}

let timer = 0;
const soon = () => { clearTimeout(timer); timer = setTimeout(update, 250); };

/** Every word on the page in the widget's language: the core's, or the preload table's. */
function label() {
  const lang = widget.lang;
  document.documentElement.lang = lang;
  for (const button of document.querySelectorAll('.build-langs button')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  setWord(document.querySelector('[data-preload="language"]'), preloadWords(lang).language);
  if (!core) return;
  const w = words();
  for (const node of document.querySelectorAll('[data-word]')) setWord(node, w[node.dataset.word]);
  frames[0].title = w.phone;
  frames[1].title = w.desktop;
  document.title = w.builderTitle;
}

function setWord(node, word) {
  if (node && word && node.textContent !== word) node.textContent = word;
}

function say(text) {
  status.textContent = text;
}

for (const button of document.querySelectorAll('.build-langs button')) {
  button.addEventListener('click', () => {
    widget.lang = pickLang(button.dataset.lang);
    label();
    soon();
  });
}
modeMenu.addEventListener('change', () => { shown = null; update(); });
widget.addEventListener('arrest-breakdown-change', () => { label(); soon(); });

$('build-copy').addEventListener('click', async () => {
  const w = words();
  try {
    await navigator.clipboard.writeText(embedCode.value);
    say(w.copied);
  } catch {
    embedCode.focus();
    embedCode.select();
    say(w.copyManually);
  }
});

$('build-export').addEventListener('click', () => {
  const state = widget.shareState();
  if (!state) return;
  const blob = new Blob([`${JSON.stringify({ ...state.scenario, lang: state.lang }, null, 2)}\n`], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = 'arrest-breakdown.json';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  say(words().downloaded);
});

$('build-import').addEventListener('change', async (e) => {
  const file = /** @type {HTMLInputElement} */ (e.target).files?.[0];
  if (!file || !core) return;
  const text = await file.text();
  // The core reads the file as it reads any scenario; one it cannot read at all is refused here,
  // with its own messages, and the figures on screen stay.
  const outcome = JSON.parse(core.calculateJson(text, widget.lang));
  if (!outcome.ok && outcome.unreadable) {
    say([words().importFailed, ...outcome.errors.map((m) => m.message)].join(' '));
    return;
  }
  say('');
  const lang = JSON.parse(text)?.lang;
  if (lang) widget.lang = pickLang(lang);
  widget.scenario = text;
  /** @type {HTMLInputElement} */ (e.target).value = '';
});

Promise.all([loadCore(), loadTools()]).then(([c, t]) => {
  core = c;
  tools = t;
  label();
  update();
}, () => say(preloadWords(widget.lang).loadFailed));
