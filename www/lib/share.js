// The reader's scenario and language in the page's address, so a link restores them exactly:
//   #s=<encodeURIComponent(JSON of the scenario, with the reader's text as typed)>&lang=es
// and, for a teacher's link, the classroom mode it opens in: &mode=guess or &mode=lesson.
// The older embed form, a bare scenario after the '#' (`#{"stages":…}`, percent-encoded or
// not), is still read. Nothing here checks the scenario: text from an address is untrusted and
// goes to the core like anything typed; the widget falls back to its preset when the core
// cannot read it.

import { pickLang } from './i18n.js';

// The modes a link may open in: the classroom's (issue 12).
const LINK_MODES = ['guess', 'lesson'];

/** The hash for a scenario (object), a language and a classroom mode: "#s=…&lang=es&mode=lesson". */
export function encodeState(scenario, lang, mode) {
  const parts = [];
  if (scenario != null) parts.push(`s=${encodeURIComponent(JSON.stringify(scenario))}`);
  if (lang) parts.push(`lang=${encodeURIComponent(pickLang(lang))}`);
  if (LINK_MODES.includes(mode)) parts.push(`mode=${mode}`);
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
 * Reads a hash ("#s=…&lang=es&mode=lesson", or the older "#{…}"): {scenario: JSON text or null,
 * lang: "en" | "es" | null, mode: "guess" | "lesson" | null}. The scenario stays text: the widget
 * hands it to the core as it came.
 */
export function decodeState(hash) {
  const raw = String(hash || '').replace(/^#/, '');
  if (!raw) return { scenario: null, lang: null, mode: null };
  const first = decode(raw).trimStart();
  if (first.startsWith('{') || first.startsWith('[')) return { scenario: first, lang: null, mode: null };
  let scenario = null;
  let lang = null;
  let mode = null;
  // Split by hand rather than URLSearchParams, which would read '+' as a space.
  for (const part of raw.split('&')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : decode(part.slice(eq + 1));
    if (key === 's') scenario = value;
    else if (key === 'lang' && value) lang = pickLang(value);
    else if (key === 'mode' && LINK_MODES.includes(value)) mode = value;
  }
  return { scenario, lang, mode };
}

/** The same address with the state in its hash (anything after an existing '#' is replaced). */
export function withState(url, scenario, lang, mode) {
  return String(url).split('#')[0] + encodeState(scenario, lang, mode);
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
    if (next.mode) widget.setAttribute('mode', next.mode);
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
    const hash = encodeState(share.scenario, share.lang, share.mode);
    if (hash !== window.location.hash) {
      history.replaceState(history.state, '', withState(window.location.href, share.scenario, share.lang, share.mode));
    }
  };
  widget.addEventListener('arrest-breakdown-edit', () => {
    clearTimeout(timer);
    timer = setTimeout(write, delay);
  });
  return state;
}
