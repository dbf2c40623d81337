// <arrest-breakdown>: the calculator as a custom element, for embedding in articles.
//
//   <script type="module" src="arrest-breakdown.js"></script>
//   <arrest-breakdown preset="los-angeles" lang="en" mode="reader" theme="auto"></arrest-breakdown>
//
// Attributes: preset (a file in presets/), scenario (inline JSON, wins over preset),
// lang (en|es), mode (card|full|editor), theme (light|dark|auto), heading-level (2–6, default 2).
// mode="card" (the default): the headline, one picture (a tab per stage), the key sentences the
// core chose, the source, and four buttons that open the rest in place. mode="full": everything
// laid out at once (the demo article, classrooms, print); "editor": full, with the inputs open.
// The Rust core (wasm) does all the arithmetic and writes every sentence and every word of the
// widget once it has loaded (its report, and `core.editor`: the inputs, their labels, the
// buttons); this file only lays them out and feeds the core what the reader types, as typed.

import { ROOT, loadCore } from './lib/core.js';
import { el, setText } from './lib/dom.js';
import { LANGS, pickLang, preloadWords } from './lib/i18n.js';
import { disclosure, tabList } from './lib/card.js';
import { cardSvg, svgToPng } from './lib/image.js';
import { renderCaveats, renderDetails, renderKey, renderSource, renderStagePicture, renderTable, renderVisuals, renderWorking, stagePictures } from './lib/render.js';
import { getAt, rawText, setAt, textIn, writeAt } from './lib/scenario.js';
import { patchChildren } from './lib/patch.js';
import { withState } from './lib/share.js';

// The stylesheet sits beside this module (www/, or its minified copy beside the bundle in build/).
const BASE = import.meta.url;

// One stylesheet object shared by every element on the page: fetched and parsed once.
let sharedSheet = null;
function loadSheet() {
  if (!sharedSheet) {
    sharedSheet = fetch(new URL('arrest-breakdown.css', BASE))
      .then((res) => (res.ok ? res.text() : Promise.reject(new Error(`CSS: HTTP ${res.status}`))))
      .then((css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        return sheet;
      });
    sharedSheet.catch(() => { sharedSheet = null; });
  }
  return sharedSheet;
}
const canAdopt = 'adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype;

const PRESET_NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

// The widget's words from the core, per language, with the keys lib/render.js reads
// (all_figures → allFigures): asked for once per language and page.
const coreWords = new Map();
function wordsIn(core, lang) {
  if (!coreWords.has(lang)) {
    const { chrome } = core.editor(null, lang);
    coreWords.set(lang, Object.fromEntries(Object.entries(chrome).map(([key, word]) => [key.replace(/_([a-z])/g, (_, c) => c.toUpperCase()), word])));
  }
  return coreWords.get(lang);
}

// The classes the stylesheet gives the editor's groups and inputs, by the core's kinds.
const GROUP_CLASS = { stage: 'stage', places: 'subset places' };
const FIELD_CLASS = { stage_kind: 'field-kind', count: 'field-extra', date: 'field-extra', text: 'field-extra' };

/**
 * Resolves once the page has painted (a frame, then a task), or after 100 ms where frames are
 * held back (an iframe out of view).
 */
function afterFirstPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

/** Whether two scenarios hold the same figures, whatever language each was last shown in. */
function sameFigures(a, b) {
  const figures = (s) => JSON.stringify({ ...s, lang: null });
  return a != null && b != null && figures(a) === figures(b);
}

class ArrestBreakdown extends HTMLElement {
  static observedAttributes = ['preset', 'scenario', 'lang', 'mode', 'theme', 'heading-level'];

  constructor() {
    super();
    // A page may carry the report already laid out, as declarative shadow DOM
    // (scripts/prerender-embeds.mjs): it stays on screen until the live report is ready and
    // then gives way to it in one step (showLive), so the reader sees no gap and no jump.
    this.prerendered = this.shadowRoot != null;
    if (!this.prerendered) this.attachShadow({ mode: 'open' });
    this.core = null;
    this.original = null; // the scenario as loaded, for "reset"
    this.scenario = null; // the scenario as the reader has edited it
    this.report = null; // the last report that worked
    this.lastGood = null; // the scenario it came from
    this.fields = new Map(); // path → {field, input, label, msg}
    this.editor = null; // the core's editor for the scenario: inputs, labels, headings
    this.editorStale = true; // the scenario's stages changed in a way the headings show
    this.loadToken = 0;
    this.adjustOpen = false;
    this.note = []; // why the scenario given was set aside for the preset, until the reader edits
    this.workingOpen = false;
    this.openName = null; // the card's open panel: figures, caveats, working, adjust
    this.stageTab = 0; // the card's selected stage picture
    this.onBeforePrint = () => {
      this.printingNow = true;
      // Every part prints, so every part is brought up to date first.
      this.needWorking();
      if (this.report) this.renderReport();
      this.setWorkingOpen(true, true);
    };
    this.onAfterPrint = () => {
      this.printingNow = false;
      // The card's working is always open in its part; the full layout's, as the reader left it.
      this.setWorkingOpen(this.mode() === 'card' || this.workingOpen, true);
    };
  }

  connectedCallback() {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    if (this.ui) return;
    this.buildSkeleton();
    if (this.waitsForReader()) this.startOnIntent();
    else this.start();
  }

  /**
   * A pre-rendered copy of a preset, as published, already says everything: the core (the
   * largest download by far) is fetched only when the reader reaches for the widget, so a reader
   * who scrolls past an article's embed downloads the page and a few kilobytes of script.
   */
  waitsForReader() {
    return this.prerendered && !this.hasAttribute('scenario') && this.mode() !== 'editor';
  }

  /**
   * Starts the live widget on the first sign of intent — a click or a key in the copy, focus
   * moving into it, printing — and passes the gesture on once the live widget has taken the
   * copy's place: the button pressed is pressed again in the live one (the two trees have the
   * same shape, so a path of child indexes finds it), focus goes where it was, and a section the
   * reader opened stays open.
   */
  startOnIntent() {
    const root = this.shadowRoot;
    const copy = () => [...root.children].find((n) => n.classList.contains('ab'));
    const pathTo = (node) => {
      const path = [];
      for (let n = node; n && n !== copy() && n.parentElement; n = n.parentElement) {
        path.unshift([...n.parentElement.children].indexOf(n));
      }
      return path;
    };
    const wake = () => {
      if (this.waiting === false) return;
      this.waiting = false;
      for (const type of ['click', 'keydown', 'focusin']) root.removeEventListener(type, wake, true);
      window.removeEventListener('beforeprint', wake);
      this.start();
    };
    const pressed = (event) => {
      const button = event.composedPath().find((n) => n instanceof HTMLButtonElement);
      if (button && !this.ui.root.isConnected) this.replay = pathTo(button);
    };
    this.waiting = true;
    this.wake = wake;
    this.replayFrom = () => {
      const at = (path) => path.reduce((n, i) => n?.children[i], this.ui.root);
      const focused = root.activeElement && pathTo(root.activeElement);
      const open = [...copy().querySelectorAll('details[open]')].map(pathTo);
      return () => {
        for (const path of open) { const d = at(path); if (d) d.open = true; }
        if (focused) at(focused)?.focus();
        if (this.replay) at(this.replay)?.click();
        this.replay = null;
        root.removeEventListener('click', pressed, true);
      };
    };
    // A click, not a pointerdown: a finger that only scrolls the article past the embed is no intent.
    for (const type of ['click', 'keydown', 'focusin']) root.addEventListener(type, wake, true);
    root.addEventListener('click', pressed, true);
    window.addEventListener('beforeprint', wake);
    // The page may load this module only after its first paint (scripts/prerender-embeds.mjs):
    // a reader who has already moved into the copy is already asking for the live widget.
    if (root.activeElement) wake();
  }

  disconnectedCallback() {
    if (this.wake) window.removeEventListener('beforeprint', this.wake);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.ui || oldValue === newValue) return;
    // Other figures, another language or the editor: the pre-rendered copy no longer fits.
    if (this.waiting && name !== 'theme' && name !== 'heading-level') this.wake();
    if (name === 'preset' || name === 'scenario') this.loadScenario();
    else if (name === 'lang') { this.refreshInputs(); this.recalculate(); }
    else if (name === 'mode') this.applyMode();
    else if (name === 'heading-level' && this.report) this.renderReport();
    // theme is styling only: :host([theme]) in the stylesheet.
  }

  /** en or es: the lang attribute, else the scenario's own, else English. */
  currentLang() {
    return pickLang(this.getAttribute('lang') || this.scenario?.lang || 'en');
  }

  headingLevel() {
    const n = Number(this.getAttribute('heading-level'));
    return Number.isInteger(n) && n >= 2 && n <= 6 ? n : 2;
  }

  async start() {
    this.dataset.state = 'loading';
    this.setStatus([preloadWords(this.currentLang()).loading], { problem: false });
    if (this.prerendered && this.shadowRoot.querySelector(':scope > style')) {
      // The pre-rendered page carries the stylesheet inline: nothing to fetch.
      this.sheetReady = true;
    } else if (canAdopt) {
      loadSheet().then((sheet) => {
        this.shadowRoot.adoptedStyleSheets = [sheet];
        this.sheetReady = true;
        this.showLive();
        this.changed();
      }, () => this.linkStyles());
    } else {
      this.linkStyles();
    }
    try {
      // The page's first paint goes first: the core's download (the largest by far) must not
      // compete with the text the reader came for. (A preloaded core is already on its way.)
      await afterFirstPaint();
      this.core = await loadCore();
    } catch (err) {
      console.error('arrest-breakdown: the wasm core did not load', err);
      this.dataset.state = 'error';
      this.setStatus([preloadWords(this.currentLang()).loadFailed]);
      this.ui.slot.hidden = false;
      // A pre-rendered report stays, with the message above it, and the next gesture tries again.
      if (this.prerendered) {
        this.shadowRoot.prepend(this.ui.status);
        this.startOnIntent();
      }
      return;
    }
    // The core's words for the buttons it names.
    this.updateChrome();
    this.applyMode();
    await this.loadScenario();
  }

  linkStyles() {
    this.shadowRoot.prepend(el('link', {
      rel: 'stylesheet', href: new URL('arrest-breakdown.css', BASE).href,
      onload: () => { this.sheetReady = true; this.showLive(); this.changed(); },
    }));
  }

  /**
   * Puts the live widget on screen in place of a pre-rendered copy, once its styles and first
   * report are in: both are the same renderer's output, so nothing moves. Stylesheets stay.
   */
  showLive() {
    if (!this.prerendered || !this.sheetReady || !this.report) return;
    this.prerendered = false;
    const replay = this.replayFrom?.();
    this.shadowRoot.replaceChildren(...[...this.shadowRoot.children].filter((n) => n.matches('link[rel="stylesheet"], style')), this.ui.root);
    replay?.();
  }

  buildSkeleton() {
    const ui = {};
    ui.langs = el('div', { class: 'langs', role: 'group' },
      ...LANGS.map(({ code, name }) => el('button', {
        type: 'button', lang: code, 'data-lang': code, 'aria-pressed': 'false', text: name,
        onclick: () => { this.setAttribute('lang', code); this.edited(); },
      })));
    ui.adjust = el('button', {
      type: 'button', class: 'adjust', 'aria-expanded': 'false', 'aria-controls': 'ab-inputs',
      onclick: () => { this.adjustOpen = !this.adjustOpen; this.applyMode(); },
    });
    ui.status = el('div', { class: 'status', role: 'status' });
    ui.headline = el('p', { class: 'headline', 'aria-live': 'polite' });
    ui.visuals = el('div', { class: 'visuals' });
    ui.formStatus = el('p', { class: 'form-status', role: 'status' });
    ui.fieldsets = el('div', { class: 'fieldsets' });
    ui.reset = el('button', { type: 'button', class: 'reset', onclick: () => this.reset() });
    ui.moreFields = el('div', { class: 'more-fields' });
    ui.moreSummary = el('summary');
    ui.more = el('details', { class: 'more' }, ui.moreSummary, ui.moreFields);
    ui.form = el('form', { class: 'inputs', id: 'ab-inputs', novalidate: true, hidden: true },
      ui.formStatus, ui.fieldsets, ui.more, ui.reset);
    ui.form.addEventListener('submit', (e) => e.preventDefault());
    ui.form.addEventListener('input', (e) => this.onInput(e));
    ui.form.addEventListener('change', (e) => { if (e.target.tagName === 'SELECT') this.onInput(e); });
    ui.details = el('div', { class: 'details' });
    ui.caveats = el('section', { class: 'caveats-section' });
    ui.table = el('div', { class: 'table-holder' });
    ui.working = el('div', { class: 'working-holder' });
    ui.source = el('div', { class: 'source-holder' });
    ui.shareButtons = {
      sentence: el('button', { type: 'button', 'data-share': 'sentence', onclick: () => this.copy(this.report?.headline.text) }),
      link: el('button', { type: 'button', 'data-share': 'link', onclick: () => this.copy(this.shareLink()) }),
      embed: el('button', { type: 'button', 'data-share': 'embed', onclick: () => this.copy(this.embedCode()) }),
      csv: el('button', { type: 'button', 'data-share': 'csv', onclick: () => this.downloadCsv() }),
      image: el('button', { type: 'button', 'data-share': 'image', onclick: () => this.downloadImage('png') }),
      slides: el('button', { type: 'button', 'data-share': 'slides', onclick: () => this.downloadImage('slides') }),
      svg: el('button', { type: 'button', 'data-share': 'svg', onclick: () => this.downloadImage('svg') }),
    };
    ui.announce = el('p', { class: 'announce', 'aria-live': 'polite' });
    ui.copyLabel = el('label', { for: 'ab-copy-box' });
    ui.copyBox = el('textarea', { id: 'ab-copy-box', readonly: true, rows: '3', spellcheck: 'false' });
    ui.copyHolder = el('div', { class: 'copy-holder', hidden: true }, ui.copyLabel, ui.copyBox);
    ui.share = el('div', { class: 'share', role: 'group', hidden: true },
      el('div', { class: 'share-buttons' }, ...Object.values(ui.shareButtons)), ui.announce, ui.copyHolder);
    // The page's own content (a pre-rendered report, or a note for browsers without
    // JavaScript) shows through this slot until the first live report replaces it.
    ui.slot = el('slot', { class: 'static' });
    // With neither a pre-rendered copy nor the report yet (figures from an address), grey
    // blocks where the headline and the picture will be, so the page does not jump twice.
    ui.placeholder = el('div', { class: 'placeholder', 'aria-hidden': 'true' },
      ...['ph-line', 'ph-line', 'ph-line ph-short', 'ph-picture', 'ph-line', 'ph-line ph-short'].map((c) => el('span', { class: c })));
    ui.toolbar = el('div', { class: 'toolbar' });
    // The card's own pieces (laid out by applyMode).
    ui.pictures = el('div', { class: 'pictures' });
    ui.keys = el('div', { class: 'key-sentences' });
    ui.disclose = {};
    for (const name of ['figures', 'caveats', 'working', 'adjust']) {
      // The card's "Adjust the numbers" is the full layout's .adjust button, in another place.
      ui.disclose[name] = disclosure({
        id: `ab-${name}`, className: name === 'adjust' ? 'adjust' : '', onToggle: (open) => this.openPanel(open ? name : null),
      });
    }
    ui.disclosures = el('div', { class: 'disclosures' }, ...Object.values(ui.disclose).map((d) => d.button));
    ui.root = el('div', { class: 'ab', part: 'root' });
    // Built off screen while a pre-rendered copy shows (see showLive).
    if (!this.prerendered) this.shadowRoot.append(ui.root);
    // Only a pre-rendered report shows while loading; a "needs JavaScript" note would be wrong.
    ui.slot.hidden = !this.querySelector(':scope > .ab-static');
    ui.placeholder.hidden = !ui.slot.hidden;
    this.ui = ui;
    this.updateChrome();
    this.applyMode();
  }

  /** Reads the scenario from the scenario attribute or the preset file, then calculates. */
  async loadScenario() {
    if (!this.core) return;
    const token = ++this.loadToken;
    const lang = this.currentLang();
    const words = wordsIn(this.core, lang);
    const inline = this.getAttribute('scenario');
    const preset = this.getAttribute('preset');
    let scenario;
    let problems = null;
    let note = [];
    if (inline && inline.trim()) {
      const read = this.readInline(inline, lang);
      if (read.problems && preset) note = [...read.problems, words.hashUnreadable];
      else ({ scenario, problems } = read);
    }
    if (scenario !== undefined || problems) {
      // The scenario attribute, read (or refused with no preset to fall back on).
    } else if (preset) {
      try {
        if (!PRESET_NAME.test(preset)) throw new Error(`not a preset name: ${preset}`);
        const res = await fetch(new URL(`presets/${preset}.json`, ROOT));
        if (!res.ok) throw new Error(`preset ${preset}: HTTP ${res.status}`);
        scenario = await res.json();
      } catch (err) {
        // The page author's mistake (a bad preset name, an unreachable file): shown in the widget,
        // noted for the author without counting as a page error.
        console.warn('arrest-breakdown:', err);
        problems = [words.presetFailed];
      }
    } else {
      problems = [words.noScenario];
    }
    if (token !== this.loadToken) return; // a newer preset or scenario took over meanwhile
    this.note = note;
    this.report = null;
    this.lastGood = null;
    this.clearReport();
    if (problems) {
      this.original = this.scenario = null;
      this.fields.clear();
      this.ui.fieldsets.replaceChildren();
      this.ui.moreFields.replaceChildren();
      this.ui.share.hidden = true;
      this.dataset.state = 'error';
      this.setStatus(problems);
      this.changed();
      return;
    }
    this.original = structuredClone(scenario);
    this.scenario = scenario;
    this.buildInputs();
    this.recalculate();
  }

  /**
   * A scenario given as text (attribute, address): {scenario} when the core can read it as a
   * scenario, else {problems}, the core's own messages (or the JSON error it words).
   */
  readInline(text, lang) {
    let scenario;
    try {
      scenario = JSON.parse(text);
    } catch {
      // The core words the JSON error, in the reader's language, like any other.
      return { problems: JSON.parse(this.core.calculateJson(text, lang)).errors.map((e) => e.message) };
    }
    // Unreadable as a whole (another contract version, say), not a wrong figure in it.
    const outcome = this.core.calculate(scenario, lang);
    if (!outcome.ok && outcome.unreadable) return { problems: outcome.errors.map((e) => e.message) };
    return { scenario };
  }

  /** What a link restores: the scenario as edited (typed text as typed) and the language. */
  shareState() {
    if (this.scenario == null) return null;
    return { scenario: this.scenario, lang: this.currentLang() };
  }

  /** This page's address with the reader's figures and language in its hash. */
  shareLink() {
    const state = this.shareState();
    return state ? withState(window.location.href, state.scenario, state.lang) : window.location.href;
  }

  /**
   * The iframe snippet, from the core: a preset as published gets its pre-rendered page
   * (embed/LANG/PRESET.html, instant to read); figures the reader changed go in embed.html's
   * address.
   */
  embedCode() {
    const state = this.shareState();
    if (!state || !this.core) return null;
    const preset = this.getAttribute('preset');
    const asPublished = preset && !this.getAttribute('scenario') && sameFigures(state.scenario, this.original);
    const url = asPublished
      ? new URL(`embed/${state.lang}/${preset}.html`, ROOT).href
      : withState(new URL('embed.html', ROOT).href, state.scenario, state.lang);
    return this.core.embedSnippet(url, new URL('build/embed-parent.js', ROOT).href, state.lang);
  }

  /** Copies text, announcing it; where the clipboard is refused, offers it selected instead. */
  async copy(text) {
    if (!text) return;
    const words = wordsIn(this.core, this.currentLang());
    this.ui.copyHolder.hidden = true;
    try {
      await navigator.clipboard.writeText(text);
      this.announce(words.copied);
      return;
    } catch {
      // No clipboard permission (or no secure context): the text, selected, to copy by hand.
    }
    const { copyBox, copyHolder } = this.ui;
    copyBox.value = text;
    copyHolder.hidden = false;
    copyBox.focus();
    copyBox.select();
    let done = false;
    try {
      done = document.execCommand('copy');
    } catch {
      done = false;
    }
    this.announce(done ? words.copied : words.copyManually);
    this.changed();
  }

  announce(text) {
    // Cleared first so the same word twice is announced twice.
    this.ui.announce.textContent = '';
    clearTimeout(this.announceTimer);
    requestAnimationFrame(() => { this.ui.announce.textContent = text; });
    this.announceTimer = setTimeout(() => { this.ui.announce.textContent = ''; }, 4000);
  }

  /** The core's CSV of the figures, as a file. */
  downloadCsv() {
    if (!this.core || !this.lastGood) return;
    const lang = this.currentLang();
    const csv = this.core.figuresCsv(this.lastGood, lang);
    if (csv == null) return;
    this.saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), 'arrest-breakdown.csv');
  }

  /**
   * The card as an image (lib/image.js): the headline, the picture on show with its legend, the
   * core's source line and this page's address, in the colours the reader sees. `kind` is png
   * (1200 × 675), slides (the same, twice the pixels) or svg.
   */
  async downloadImage(kind) {
    const report = this.report;
    if (!report) return;
    const ui = this.ui;
    // The picture on show: the card's, or the full layout's headline icons.
    const picture = (this.mode() === 'card' ? ui.pictures : ui.visuals).querySelector('svg.icons');
    const legend = picture
      ? [...picture.closest('figure').querySelectorAll('.legend li')].map((li) => ({
        color: getComputedStyle(li.querySelector('.swatch')).backgroundColor,
        text: li.querySelector('.legend-text').textContent.replace(/\s+/g, ' ').trim(),
      }))
      : [];
    const style = getComputedStyle(ui.root);
    const color = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
    const svg = cardSvg({
      headline: report.headline.text,
      picture,
      legend,
      source: report.source ? [report.source.label, report.source.text].filter(Boolean).join(' ') : '',
      address: window.location.origin + window.location.pathname,
      colors: { bg: color('--ab-bg', '#ffffff'), fg: color('--ab-fg', '#1a1a1a'), muted: color('--ab-muted', '#555555') },
      lang: report.lang,
    });
    const blob = kind === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, kind === 'slides' ? 2 : 1);
    const name = { png: 'arrest-breakdown.png', slides: 'arrest-breakdown-2x.png', svg: 'arrest-breakdown.svg' }[kind];
    this.saveFile(blob, name);
  }

  /** Offers a file the widget made as a download, and says so. */
  saveFile(blob, name) {
    const url = URL.createObjectURL(blob);
    const link = el('a', { href: url, download: name, hidden: true });
    this.ui.root.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.announce(wordsIn(this.core, this.currentLang()).downloaded);
  }

  /** Tells the page the reader changed the figures or the language (for the address). */
  edited() {
    this.dispatchEvent(new CustomEvent('arrest-breakdown-edit', { bubbles: true, composed: true }));
  }

  /** Runs the core on the scenario as edited, in the current language, and shows the outcome. */
  recalculate() {
    if (!this.core || this.scenario == null) {
      this.updateChrome();
      return;
    }
    const lang = this.currentLang();
    if (typeof this.scenario === 'object' && !Array.isArray(this.scenario)) this.scenario.lang = lang;
    const outcome = this.core.calculate(this.scenario, lang, { working: this.showsWorking() });
    if (outcome.ok) {
      this.report = outcome;
      this.lastGood = structuredClone(this.scenario);
      this.renderReport();
    } else if (this.report && this.report.lang !== lang && this.lastGood) {
      // Switching language while a field is wrong: the last good figures, re-worded.
      const again = this.core.calculate({ ...this.lastGood, lang }, lang, { working: this.showsWorking() });
      if (again.ok) {
        this.report = again;
        this.renderReport();
      }
    }
    this.showMessages(outcome);
    this.updateChrome();
    if (!outcome.ok && !this.report && this.fields.size && !this.adjustOpen) {
      // Figures with no report yet (a link with a wrong count, say): the inputs, with the
      // messages beside them, rather than an empty widget.
      this.adjustOpen = true;
      this.applyMode();
    }
    this.dataset.state = outcome.ok ? 'ready' : this.report ? 'stale' : 'error';
    this.changed();
  }

  /**
   * Tells the host page the widget's content changed (embed.html re-measures its height on
   * it, alongside its ResizeObserver, which a browser may hold back in an idle frame).
   */
  changed() {
    this.dispatchEvent(new CustomEvent('arrest-breakdown-change', {
      bubbles: true, composed: true, detail: { state: this.dataset.state, lang: this.report?.lang ?? null },
    }));
  }

  onInput(event) {
    const path = event.target?.dataset?.path;
    if (!path || !this.fields.has(path)) return;
    const { field } = this.fields.get(path);
    // The text goes to the core exactly as typed ("1.4 million", "5,232"); it reads it.
    // Optional fields left blank leave the scenario (an empty string would be a bad count).
    if (field.optional) writeAt(this.scenario, path, event.target.value, field.kind === 'text' ? this.currentLang() : null);
    else setAt(this.scenario, path, event.target.value);
    // Another kind: the stage's heading changes with it.
    if (field.kind === 'stage_kind') this.editorStale = true;
    this.note = [];
    this.recalculate();
    this.edited();
  }

  reset() {
    if (!this.original) return;
    this.scenario = structuredClone(this.original);
    this.note = [];
    this.editorStale = true;
    this.refreshInputs();
    this.recalculate();
    this.edited();
  }

  /** card (the default), full (also for the old "reader"), or editor. */
  mode() {
    const mode = this.getAttribute('mode');
    if (mode === 'editor') return 'editor';
    return mode === 'full' || mode === 'reader' ? 'full' : 'card';
  }

  /** Lays the parts out for the mode (once per mode: moving nodes would lose the focus), then
   * shows what is open: the card's panel, or the inputs. */
  applyMode() {
    const ui = this.ui;
    const mode = this.mode();
    const relaid = this.laidOut !== mode;
    if (relaid) this.layOut(mode);
    if (mode === 'card') {
      if (this.adjustOpen) this.openName = 'adjust';
      for (const [name, d] of Object.entries(ui.disclose)) {
        const open = name === this.openName;
        d.set(open);
        // Sharing goes with whatever the reader opened: one tap away, not in the card's height.
        if (open && ui.share.parentNode !== d.panel) d.panel.append(ui.share);
      }
      if (!this.openName) ui.share.remove();
    } else {
      const editor = mode === 'editor';
      // Its name is the core's: no nameless button while the core loads (or if it cannot).
      ui.adjust.hidden = editor || !this.core;
      ui.adjust.setAttribute('aria-expanded', String(this.adjustOpen));
      ui.form.hidden = !(editor || this.adjustOpen);
    }
    if (relaid && this.report) this.renderReport();
    this.changed();
  }

  layOut(mode) {
    const ui = this.ui;
    this.laidOut = mode;
    ui.root.classList.toggle('editor', mode === 'editor');
    ui.root.classList.toggle('card', mode === 'card');
    const top = [ui.toolbar, ui.status, ui.slot, ui.placeholder, ui.headline];
    if (mode === 'card') {
      const contents = {
        figures: [ui.details, ui.visuals, ui.table], caveats: [ui.caveats], working: [ui.working], adjust: [ui.form],
      };
      for (const [name, d] of Object.entries(ui.disclose)) d.panel.replaceChildren(...contents[name]);
      ui.form.hidden = false; // its panel shows or hides it
      ui.toolbar.replaceChildren(ui.langs);
      ui.root.replaceChildren(...top, ui.pictures, ui.keys, ui.source, ui.disclosures,
        ...Object.values(ui.disclose).map((d) => d.panel));
    } else {
      ui.toolbar.replaceChildren(ui.langs, ui.adjust);
      // The inputs sit right under the headline, so it stays in view while the reader types.
      ui.root.replaceChildren(...top, ui.form, ui.visuals, ui.details, ui.caveats, ui.table, ui.working, ui.source, ui.share);
    }
  }

  /** Opens one of the card's panels (closing any other), or closes them all with null. */
  openPanel(name) {
    this.openName = name;
    this.adjustOpen = name === 'adjust';
    this.applyMode();
    // The part opened is brought up to date (with the working worked out, if it is that part).
    this.needWorking();
    if (this.report) this.renderReport();
  }

  /**
   * Whether the working is on show (its panel or section open, or the page printing): the core
   * works the steps out only then, so a keystroke costs the sentences alone.
   */
  showsWorking() {
    if (this.printingNow) return true;
    return this.mode() === 'card' ? this.openName === 'working' : this.workingOpen;
  }

  /** Recalculates with the working when it has just come on show and the report lacks it. */
  needWorking() {
    if (this.report && !this.report.working && this.showsWorking()) this.recalculate();
  }

  /** The line above the headline: loading, or problems no input can show. */
  setStatus(lines, { problem = true } = {}) {
    this.ui.status.classList.toggle('problem', problem);
    this.ui.status.replaceChildren(...lines.map((text) => el('p', { text })));
  }

  clearReport() {
    const { headline, visuals, details, caveats, table, working, source, pictures, keys } = this.ui;
    headline.textContent = '';
    for (const node of [visuals, details, caveats, table, working, source, pictures, keys]) node.replaceChildren();
    // Other figures: their card starts on the first stage with every part closed.
    this.stageTab = 0;
    if (this.openName !== 'adjust') this.openName = null;
    if (this.mode() === 'card') this.applyMode();
  }

  renderReport() {
    const report = this.report;
    const words = wordsIn(this.core, report.lang);
    const ui = this.ui;
    ui.root.lang = report.lang;
    // Only a changed headline is written, so screen readers announce changes, not keystrokes.
    if (ui.headline.textContent !== report.headline.text) ui.headline.textContent = report.headline.text;
    // Rendered afresh, then patched into what is on screen: only what changed is touched. In
    // the card, a closed part is left as it is and brought up to date when it opens (openPanel)
    // or the page prints, so a keystroke renders only what the reader can see.
    const card = this.mode() === 'card';
    const shown = (part) => !card || this.printingNow || this.openName === part;
    if (shown('figures')) {
      patchChildren(ui.visuals, renderVisuals(report, words));
      patchChildren(ui.details, renderDetails(report));
      patchChildren(ui.table, [renderTable(report, words, 'ab-table-caption')]);
    }
    if (shown('caveats')) patchChildren(ui.caveats, renderCaveats(report, this.headingLevel()));
    if (shown('working')) {
      const first = !ui.working.firstChild;
      // In the card the working has a panel of its own, so it is always open there.
      patchChildren(ui.working, [renderWorking(report, card || this.workingOpen)]);
      if (first) {
        const working = ui.working.firstChild;
        working.addEventListener('toggle', () => {
          // Opened for printing is not the reader's choice (the event comes a task later, so
          // `printing` alone cannot tell).
          if (!this.printing && !this.printingNow && this.mode() !== 'card') this.workingOpen = working.open;
          this.needWorking();
          this.changed();
        });
      }
    }
    patchChildren(ui.source, renderSource(report));
    if (card) this.renderCard(report, words);
    ui.slot.hidden = true;
    ui.placeholder.hidden = true;
    // The live report has replaced the pre-rendered one: drop the copy, so screen readers,
    // find-in-page and the page's heading outline see the report once.
    for (const old of this.querySelectorAll(':scope > .ab-static')) old.remove();
    ui.share.hidden = false;
    this.showLive();
  }

  /** The card's own parts: the stage pictures (tabs when there are several), the key sentences. */
  renderCard(report, words) {
    const ui = this.ui;
    const pictures = stagePictures(report);
    const selected = Math.min(this.stageTab, Math.max(pictures.length - 1, 0));
    const picture = pictures.length ? renderStagePicture(report, pictures[selected], words) : null;
    if (pictures.length > 1) {
      patchChildren(ui.pictures, [
        tabList({
          id: 'ab-stage', label: words.stages, names: pictures.map((p) => p.label), selected,
          onSelect: (i) => { this.stageTab = i; this.renderCard(this.report, wordsIn(this.core, this.report.lang)); this.changed(); },
        }),
        el('div', { role: 'tabpanel', id: 'ab-stage-panel', 'aria-labelledby': `ab-stage-tab-${selected}`, tabindex: '0' }, picture),
      ]);
    } else {
      patchChildren(ui.pictures, picture ? [picture] : []);
    }
    patchChildren(ui.keys, renderKey(report));
    setText(ui.disclose.figures.button, words.figuresPanel);
    setText(ui.disclose.caveats.button, report.labels.caveats);
    setText(ui.disclose.working.button, words.workingPanel);
    setText(ui.disclose.adjust.button, words.adjust);
    ui.disclose.caveats.button.hidden = report.caveats.length === 0;
    if (report.caveats.length === 0 && this.openName === 'caveats') {
      // Its button is gone with the caveats: close the part rather than leave it open, empty.
      this.openName = null;
      ui.disclose.caveats.set(false);
      ui.share.remove();
    }
  }

  /** Opens the working for printing (teachers print it) and restores it afterwards. */
  setWorkingOpen(open, printing) {
    const details = this.ui?.working.querySelector('details');
    if (!details) return;
    this.printing = printing;
    details.open = open;
    queueMicrotask(() => { this.printing = false; });
  }

  /** The core's editor for the scenario as it stands, in `lang` (asked again only when stale). */
  editorIn(lang) {
    if (this.editorStale || this.editor?.lang !== lang) {
      this.editor = this.core.editor(this.scenario, lang);
      this.editorStale = false;
    }
    return this.editor;
  }

  /**
   * The inputs the core lists, in its order and groups: a fieldset per stage (its kind, total
   * and breakdown, then its groups and places), then place, dates and comparisons.
   */
  buildInputs() {
    this.fields.clear();
    this.editorStale = true;
    const editor = this.editorIn(this.currentLang());
    const groups = new Map(editor.groups.map((g) => [g.id, g]));
    const nodes = new Map();
    for (const group of editor.groups) {
      nodes.set(group.id, group.kind === 'more' ? this.ui.moreFields
        : el('fieldset', { class: GROUP_CLASS[group.kind] ?? 'subset' }, el('legend', { 'data-group': group.id })));
    }
    let n = 0;
    for (const field of editor.fields) {
      const id = `ab-f${n++}`;
      const input = field.kind === 'stage_kind'
        ? el('select', { id, name: field.path, 'data-path': field.path },
          ...editor.vocabulary.stage_kinds.map(({ key }) => el('option', { value: key, 'data-kind': key })))
        : el('input', {
          type: 'text', id, name: field.path, 'data-path': field.path, autocomplete: 'off', spellcheck: 'false',
          inputmode: field.kind === 'date' ? 'numeric' : null,
        });
      const label = el('label', { for: id });
      const msg = el('p', { class: 'field-msg', id: `${id}-msg`, hidden: true });
      this.fields.set(field.path, { field, input, label, msg, more: groups.get(field.group).within === 'more' });
      nodes.get(field.group).append(el('div', { class: `field ${FIELD_CLASS[field.kind] ?? `field-${field.kind}`}` }, label, input, msg));
    }
    // Groups after their inputs, each in the group it sits in.
    this.ui.moreFields.replaceChildren();
    const sets = [];
    for (const group of editor.groups) {
      if (group.kind === 'more') continue;
      if (group.within) nodes.get(group.within).append(nodes.get(group.id));
      else sets.push(nodes.get(group.id));
    }
    this.ui.fieldsets.replaceChildren(...sets);
    this.refreshInputs();
  }

  /** Every input shows the scenario's value (a per-language text in the current language). */
  refreshInputs() {
    if (!this.scenario) return;
    const lang = this.currentLang();
    for (const [path, { field, input }] of this.fields) {
      const value = getAt(this.scenario, path);
      const text = field.kind === 'text' ? textIn(value, lang) : rawText(value);
      if (input.tagName === 'SELECT') {
        // A kind the menu does not list (from a link) is kept as an extra option.
        if (text && ![...input.options].some((o) => o.value === text)) input.append(el('option', { value: text, text }));
        // No kind is the contract's default, the menu's first.
        input.value = text || input.options[0].value;
      } else if (input.value !== text) {
        input.value = text;
      }
    }
  }

  /** Names of buttons, headings and input labels: the core's words, in the current language. */
  updateChrome() {
    const lang = this.report?.lang ?? this.currentLang();
    const ui = this.ui;
    ui.langs.setAttribute('aria-label', preloadWords(lang).language);
    for (const button of ui.langs.querySelectorAll('button')) {
      button.setAttribute('aria-pressed', String(button.dataset.lang === this.currentLang()));
    }
    if (!this.core) return;
    const words = wordsIn(this.core, lang);
    setText(ui.adjust, words.adjust);
    setText(ui.reset, words.reset);
    ui.form.setAttribute('aria-label', words.numbers);
    ui.share.setAttribute('aria-label', words.share);
    setText(ui.shareButtons.sentence, words.copySentence);
    setText(ui.shareButtons.link, words.copyLink);
    setText(ui.shareButtons.embed, words.copyEmbed);
    setText(ui.shareButtons.csv, words.downloadCsv);
    setText(ui.shareButtons.image, words.downloadImage);
    setText(ui.shareButtons.slides, words.downloadSlides);
    setText(ui.shareButtons.svg, words.downloadSvg);
    setText(ui.copyLabel, words.copyBox);
    const editor = this.editorIn(lang);
    const headings = new Map(editor.groups.map((g) => [g.id, g.heading]));
    setText(ui.moreSummary, headings.get('more') ?? '');
    if (!this.scenario) return;
    for (const legend of ui.form.querySelectorAll('legend[data-group]')) setText(legend, headings.get(legend.dataset.group) ?? '');
    const kinds = new Map(editor.vocabulary.stage_kinds.map((k) => [k.key, k.label]));
    for (const option of ui.fieldsets.querySelectorAll('option[data-kind]')) setText(option, kinds.get(option.dataset.kind));
    const labels = new Map(editor.fields.map((f) => [f.path, f.label]));
    const report = this.report;
    for (const { field, label, input } of this.fields.values()) {
      setText(label, labels.get(field.path) ?? '');
      // A category the core worked out shows its derived count as a hint in the empty box.
      if (field.kind === 'category') {
        const figure = report?.figures.find((f) => f.stage === field.stage && f.category === field.category);
        input.placeholder = figure?.derived ? figure.count_text : '';
      }
    }
  }

  /** Each error and warning next to its input; anything without an input goes to the status. */
  showMessages(outcome) {
    const words = wordsIn(this.core, this.currentLang());
    const errors = outcome.ok ? [] : outcome.errors;
    const byField = new Map();
    const elsewhere = [];
    for (const [kind, list] of [['error', errors], ['warning', outcome.warnings ?? []]]) {
      for (const m of list) {
        if (this.fields.has(m.field)) {
          if (!byField.has(m.field)) byField.set(m.field, []);
          byField.get(m.field).push({ kind, text: m.message });
        } else if (kind === 'error') {
          elsewhere.push(m.message);
        }
      }
    }
    for (const [path, { input, msg }] of this.fields) {
      const messages = byField.get(path) ?? [];
      const invalid = messages.some((m) => m.kind === 'error');
      msg.replaceChildren(...messages.map((m) => el('span', { class: `msg-${m.kind}`, text: m.text })));
      msg.hidden = messages.length === 0;
      if (invalid) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      if (messages.length) input.setAttribute('aria-describedby', msg.id);
      else input.removeAttribute('aria-describedby');
    }
    this.ui.formStatus.textContent = !outcome.ok && this.report ? words.lastGood : '';
    this.ui.formStatus.hidden = outcome.ok || !this.report;
    // A problem in a field under "Place, dates and comparisons" opens it.
    if ([...byField.keys()].some((path) => this.fields.get(path).more && byField.get(path).some((m) => m.kind === 'error'))) {
      this.ui.more.open = true;
    }
    this.setStatus([...this.note, ...elsewhere]);
  }
}

if (!customElements.get('arrest-breakdown')) customElements.define('arrest-breakdown', ArrestBreakdown);

export { ArrestBreakdown };
