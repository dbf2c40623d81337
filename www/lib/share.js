// The reader's scenario and language in the page's address, so a link restores them exactly:
//   #s=<encodeURIComponent(JSON of the scenario, with the reader's text as typed)>&lang=es
// The older embed form, a bare scenario after the '#' (`#{"stages":…}`, percent-encoded or
// not), is still read. Nothing here checks the scenario: text from an address is untrusted and
// goes to the core like anything typed; the widget falls back to its preset when the core
// cannot read it.

import { pickLang } from './i18n.js';

/** The hash for a scenario (object) and a language: "#s=…&lang=es". */
export function encodeState(scenario, lang) {
  const parts = [];
  if (scenario != null) parts.push(`s=${encodeURIComponent(JSON.stringify(scenario))}`);
  if (lang) parts.push(`lang=${encodeURIComponent(pickLang(lang))}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

function decode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    // Not percent-encoded: the core reports what is wrong with the text as it stands.
    return text;
  }
}

/**
 * Reads a hash ("#s=…&lang=es", or the older "#{…}"): {scenario: JSON text or null, lang: "en" |
 * "es" | null}. The scenario stays text: the widget hands it to the core as it came.
 */
export function decodeState(hash) {
  const raw = String(hash || '').replace(/^#/, '');
  if (!raw) return { scenario: null, lang: null };
  const first = decode(raw).trimStart();
  if (first.startsWith('{') || first.startsWith('[')) return { scenario: first, lang: null };
  let scenario = null;
  let lang = null;
  // Split by hand rather than URLSearchParams, which would read '+' as a space.
  for (const part of raw.split('&')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : decode(part.slice(eq + 1));
    if (key === 's') scenario = value;
    else if (key === 'lang' && value) lang = pickLang(value);
  }
  return { scenario, lang };
}

/** The same address with the state in its hash (anything after an existing '#' is replaced). */
export function withState(url, scenario, lang) {
  return String(url).split('#')[0] + encodeState(scenario, lang);
}

/**
 * Keeps a widget and the page's address in step: the hash, when it holds a scenario or a
 * language, goes to the widget before it loads (it wins over the preset), and every change the
 * reader makes is written back with history.replaceState (no new history entry per keystroke),
 * lightly debounced.
 */
export function syncWithHash(widget, { delay = 150 } = {}) {
  const apply = (next) => {
    if (next.lang) widget.setAttribute('lang', next.lang);
    if (next.scenario != null) widget.setAttribute('scenario', next.scenario);
  };
  const state = decodeState(window.location.hash);
  apply(state);
  // A link pasted into the same tab changes only the hash: no reload, so apply it here.
  // (replaceState, below, fires no hashchange.)
  window.addEventListener('hashchange', () => apply(decodeState(window.location.hash)));
  let timer = 0;
  const write = () => {
    timer = 0;
    const share = widget.shareState?.();
    if (!share) return;
    const hash = encodeState(share.scenario, share.lang);
    if (hash !== window.location.hash) {
      history.replaceState(history.state, '', withState(window.location.href, share.scenario, share.lang));
    }
  };
  widget.addEventListener('arrest-breakdown-edit', () => {
    clearTimeout(timer);
    timer = setTimeout(write, delay);
  });
  return state;
}
