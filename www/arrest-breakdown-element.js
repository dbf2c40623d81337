// The <arrest-breakdown> element's class, without registering it (arrest-breakdown.js does, and
// exports `define` to register it under another name or in another registry).
//
//   <arrest-breakdown preset="los-angeles" lang="en" mode="card" theme="auto"></arrest-breakdown>
//
// Attributes, each with a property of the same name that reflects it (docs/embedding.md):
// preset (a file in presets/), scenario (inline JSON, wins over preset), lang (en|es), mode
// (card|full|editor|guess|lesson), theme (light|dark|auto), heading-level (2–6, default 2; `headingLevel`),
// number-style (the house style of numbers, as the scenario's "style": "ap", "rae", "ap us"…;
// wins over the scenario's own; `numberStyle`).
// mode="card" (the default): the headline, one picture (a tab per stage), the key sentences the
// core chose, the source, and four buttons that open the rest in place (and "Guess first").
// mode="guess": the card, with the answer hidden until the reader has guessed it on a picture of
// 100 people; mode="lesson": the card, with the working one step at a time in its middle
// (lib/guess.js, lib/lesson.js, loaded only then). mode="full": everything
// laid out at once (the demo article, classrooms, print); "editor": full, with the inputs open.
// The Rust core (wasm) does all the arithmetic and writes every sentence and every word of the
// widget once it has loaded (its report, and `core.editor`: the inputs, their labels, the
// buttons); this file only lays them out and feeds the core what the reader types, as typed.
//
// Everything the element keeps is private (#fields). Attribute changes, edits and the like do
// not re-render at once: each asks for an update, and one update runs per microtask for all of
// them (#schedule), so setting lang and scenario together calculates once.

import { ROOT, loadCore, presetUrl } from './lib/core.js';
import { el, setText } from './lib/dom.js';
import { LANGS, pickLang, preloadWords } from './lib/i18n.js';
import { disclosure, tabList } from './lib/card.js';
import { Editor } from './lib/editor.js';
import { cardImage } from './lib/image.js';
import { renderCaveats, renderDetails, renderKey, renderSource, renderStagePicture, renderTable, renderVisuals, renderWorking, stagePictures } from './lib/render.js';
import { writeField } from './lib/scenario-edit.js';
import { patchChildren } from './lib/patch.js';
import { ShareButtons } from './lib/share-buttons.js';
import { withState } from './lib/share.js';
import { wakeOnIntent } from './lib/wake.js';
import { loadGuess, loadLesson, loadPractice } from './lib/classroom.js';

/**
 * What the widget shows: `loading` (the core or the figures), `ready` (the report of the
 * figures as they stand), `stale` (the figures as edited have an error: the last good report
 * stays), `error` (no report: the core did not load, or no figures could be read). Also the
 * element's `data-state` attribute.
 * @typedef {'loading' | 'ready' | 'stale' | 'error'} ArrestBreakdownState
 */

/**
 * The detail of `arrest-breakdown-change`, fired (once per microtask at most) whenever what the
 * widget shows changed: a report, a language, a part opened or closed, the layout, its height.
 * @typedef {object} ArrestBreakdownChangeDetail
 * @property {ArrestBreakdownState | null} state  as `element.state`
 * @property {'en' | 'es' | null} lang  the language of the report on screen, null before the first
 * @property {string | null} headline  the report's headline on screen, null before the first
 */

/**
 * The detail of `arrest-breakdown-edit`, fired once per edit by the reader, after the widget has
 * recalculated for it (not for changes a script makes to the attributes).
 * @typedef {object} ArrestBreakdownEditDetail
 * @property {'input' | 'lang' | 'reset'} cause  a figure typed or chosen, the language switch, reset
 * @property {string | null} path  for `input`, the JSON path of the field ("stages[0].total")
 * @property {'en' | 'es'} lang  the language after the edit
 */

// The stylesheet sits beside this module (www/, or its minified copy beside the bundle in build/
// and in the npm package); './' and a static string, so a bundler copies it as an asset.
const STYLESHEET = new URL('./arrest-breakdown.css', import.meta.url);

// One stylesheet object shared by every element on the page: fetched and parsed once.
let sharedSheet = null;
function loadSheet() {
  if (!sharedSheet) {
    sharedSheet = fetch(STYLESHEET)
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
const MODES = ['card', 'full', 'editor', 'guess', 'lesson'];
// The classroom's modes (issue 12), laid out as the card with the classroom's part in it.
const CLASSROOM = ['guess', 'lesson'];
const THEMES = ['light', 'dark', 'auto'];

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

/**
 * The calculator as a custom element (docs/embedding.md, "As an element").
 * @fires arrest-breakdown-change {CustomEvent<ArrestBreakdownChangeDetail>}
 * @fires arrest-breakdown-edit {CustomEvent<ArrestBreakdownEditDetail>}
 */
export class ArrestBreakdown extends HTMLElement {
  static observedAttributes = ['preset', 'scenario', 'lang', 'mode', 'theme', 'heading-level', 'number-style'];

  // A page may carry the report already laid out, as declarative shadow DOM
  // (scripts/prerender-embeds.mjs): it stays on screen until the live report is ready and
  // then gives way to it in one step (#showLive), so the reader sees no gap and no jump.
  #prerendered = this.shadowRoot != null;
  #ui = null;
  #editor = new Editor({
    onInput: (field, value, lang) => this.#input(field, value, lang),
    onReset: () => this.#reset(),
    // The builder's edits (issue 13): items added, moved, removed or pasted, and undo.
    scenario: () => this.#scenario,
    onReplace: (scenario, path) => this.#replace(scenario, path),
    style: () => this.getAttribute('number-style') ?? this.#scenario?.style ?? '',
    full: () => this.mode === 'editor',
  });
  #share = new ShareButtons({
    text: (kind) => (kind === 'sentence' ? this.#report?.headline.text : kind === 'link' ? this.#shareLink() : this.#embedCode()),
    file: (kind) => (kind === 'csv' ? this.#csv() : this.#image(kind)),
    words: () => wordsIn(this.#core, this.lang),
    changed: () => this.#changed(),
  });
  #core = null;
  #original = null; // the scenario as loaded, for "reset"
  #scenario = null; // the scenario as the reader has edited it
  #report = null; // the last report that worked
  #lastGood = null; // the scenario it came from
  #loadToken = 0;
  #note = []; // why the scenario given was set aside for the preset, until the reader edits
  #adjustOpen = false;
  #workingOpen = false;
  #openName = null; // the card's open panel: figures, caveats, working, adjust
  #stageTab = 0; // the card's selected stage picture
  #laidOut = null; // the mode the parts are laid out for
  #sheetReady = false;
  #intent = null; // the pre-rendered copy's wait for the reader (lib/wake.js)
  #printingNow = false; // between beforeprint and afterprint
  #printing = false; // the working opened for printing, until its toggle event is past
  // The update asked for (#schedule): what it must do, and the reader's edits it answers.
  #due = new Set();
  #edits = [];
  #updateQueued = false;
  #changeQueued = false;

  #onBeforePrint = () => {
    this.#printingNow = true;
    // Every part prints, so every part is brought up to date first.
    this.#needParts();
    if (this.#report) this.#renderReport();
    this.#setWorkingOpen(true, true);
  };

  #onAfterPrint = () => {
    this.#printingNow = false;
    // The card's working is always open in its part; the full layout's, as the reader left it.
    this.#setWorkingOpen(this.#layout === 'card' || this.#workingOpen, true);
  };

  constructor() {
    super();
    if (!this.#prerendered) this.attachShadow({ mode: 'open' });
  }

  // ---- Properties: one per observed attribute, reflecting it --------------------------------

  /** The preset's name (a file in presets/), or '' with none. */
  get preset() {
    return this.getAttribute('preset') ?? '';
  }

  set preset(value) {
    this.#reflect('preset', value);
  }

  /**
   * The inline scenario as JSON text ('' with none); it wins over the preset. Set it to text or
   * to an object (written as JSON).
   */
  get scenario() {
    return this.getAttribute('scenario') ?? '';
  }

  set scenario(value) {
    this.#reflect('scenario', value != null && typeof value === 'object' ? JSON.stringify(value) : value);
  }

  /** en or es: the lang attribute, else the scenario's own, else English. */
  get lang() {
    return pickLang(this.getAttribute('lang') || this.#scenario?.lang || 'en');
  }

  set lang(value) {
    this.#reflect('lang', value);
  }

  /** card (the default, and for anything else), full (also for the old "reader"), editor, guess or lesson. */
  get mode() {
    const mode = this.getAttribute('mode');
    if (mode === 'reader') return 'full';
    return MODES.includes(mode) ? mode : 'card';
  }

  set mode(value) {
    this.#reflect('mode', value);
  }

  /** light, dark, or auto (the default: the reader's system setting). */
  get theme() {
    const theme = this.getAttribute('theme');
    return THEMES.includes(theme) ? theme : 'auto';
  }

  set theme(value) {
    this.#reflect('theme', value);
  }

  /** The level of the report's headings (the caveats'), 2–6: the heading-level attribute, else 2. */
  get headingLevel() {
    const n = Number(this.getAttribute('heading-level'));
    return Number.isInteger(n) && n >= 2 && n <= 6 ? n : 2;
  }

  set headingLevel(value) {
    this.#reflect('heading-level', value);
  }

  /** The house style of numbers (docs/contract.md, "style"): the number-style attribute, '' when absent. */
  get numberStyle() {
    return this.getAttribute('number-style') ?? '';
  }

  set numberStyle(value) {
    this.#reflect('number-style', value);
  }

  /** `scenario` in the number-style attribute's style, when it has one; else as it is. */
  #styled(scenario) {
    const style = this.getAttribute('number-style');
    if (style == null || scenario == null || typeof scenario !== 'object' || Array.isArray(scenario)) return scenario;
    return { ...scenario, style };
  }

  /** Sets an attribute to a value as text, or removes it for null or undefined. */
  #reflect(name, value) {
    if (value == null) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  }

  // ---- Read-only state, for embedders and tests ----------------------------------------------

  /** @returns {ArrestBreakdownState | null} what the widget shows (also `data-state`); null before it starts. */
  get state() {
    return /** @type {ArrestBreakdownState | undefined} */ (this.dataset.state) ?? null;
  }

  /** Whether a pre-rendered copy is on screen still, in place of the live widget. */
  get prerendered() {
    return this.#prerendered;
  }

  /**
   * What a link restores: a copy of the scenario as edited (typed text as typed) and the
   * language; null with no scenario.
   * @returns {{scenario: object, lang: 'en' | 'es', mode?: 'guess' | 'lesson'} | null}
   */
  shareState() {
    if (this.#scenario == null) return null;
    const state = { scenario: structuredClone(this.#scenario), lang: this.lang };
    // A teacher's link opens in the classroom mode it was copied in.
    return CLASSROOM.includes(this.mode) ? { ...state, mode: this.mode } : state;
  }

  // ---- Lifecycle -------------------------------------------------------------------------------

  connectedCallback() {
    // A property a script set before the element was defined is an own field hiding the
    // accessor: it goes through the accessor now, to its attribute.
    for (const name of ['preset', 'scenario', 'lang', 'mode', 'theme', 'headingLevel', 'numberStyle']) {
      if (Object.hasOwn(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
    if (this.#ui) return;
    this.#buildSkeleton();
    if (this.#waitsForReader()) this.#intent = wakeOnIntent(this.shadowRoot, () => this.#start());
    else this.#start();
  }

  disconnectedCallback() {
    this.#intent?.stop();
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.#ui || oldValue === newValue) return;
    // Other figures, another language or the editor: the pre-rendered copy no longer fits.
    if (name !== 'theme' && name !== 'heading-level') this.#intent?.wake();
    // theme is styling only: :host([theme]) in the stylesheet.
    const due = { preset: 'load', scenario: 'load', lang: 'lang', mode: 'mode', 'heading-level': 'render', 'number-style': 'figures' }[name];
    if (due) this.#schedule(due);
  }

  /**
   * Asks for an update: one runs per microtask, for everything asked for meanwhile (several
   * attributes set in one task calculate and render once). A keystroke's update runs before the
   * browser's next task, so the reader sees it as at once.
   * @param {'load' | 'lang' | 'figures' | 'mode' | 'render' | null} due
   */
  #schedule(due) {
    if (due) this.#due.add(due);
    if (this.#updateQueued) return;
    this.#updateQueued = true;
    queueMicrotask(() => this.#update());
  }

  #update() {
    this.#updateQueued = false;
    const due = this.#due;
    const edits = this.#edits;
    this.#due = new Set();
    this.#edits = [];
    if (due.has('mode')) this.#applyMode();
    // Into or out of the newsroom's editor: its fields come or go (the builder's: issue 13).
    if (due.has('mode') && !due.has('load') && this.#scenario && this.#core) {
      this.#editor.build(this.#core, this.#scenario, this.lang);
      due.add('figures');
    }
    if (due.has('load')) {
      this.#loadScenario();
    } else if (due.has('lang') || due.has('figures')) {
      if (due.has('lang')) this.#editor.refresh(this.#scenario, this.lang);
      this.#recalculate();
    } else if (due.has('render') && this.#report) {
      this.#renderReport();
    }
    for (const detail of edits) {
      this.dispatchEvent(new CustomEvent('arrest-breakdown-edit', { bubbles: true, composed: true, detail: { ...detail, lang: this.lang } }));
    }
  }

  /**
   * An edit by the reader: recalculated in the next update, after which
   * `arrest-breakdown-edit` tells the page (for the address: lib/share.js).
   * @param {'input' | 'lang' | 'reset'} cause
   * @param {string | null} [path]
   */
  #edited(cause, path = null) {
    // The figures the reader set: why the given ones were set aside no longer applies.
    if (cause !== 'lang') this.#note = [];
    this.#edits.push({ cause, path });
    this.#schedule(cause === 'lang' ? null : 'figures');
  }

  /**
   * Tells the host page the widget's content changed (embed.html re-measures its height on
   * it, alongside its ResizeObserver, which a browser may hold back in an idle frame): once per
   * microtask at most, with the state as it then stands.
   */
  #changed() {
    if (this.#changeQueued) return;
    this.#changeQueued = true;
    queueMicrotask(() => {
      this.#changeQueued = false;
      /** @type {ArrestBreakdownChangeDetail} */
      const detail = { state: this.state, lang: this.#report?.lang ?? null, headline: this.#report?.headline.text ?? null };
      this.dispatchEvent(new CustomEvent('arrest-breakdown-change', { bubbles: true, composed: true, detail }));
    });
  }

  /**
   * A pre-rendered copy of a preset, as published, already says everything: the core (the
   * largest download by far) is fetched only when the reader reaches for the widget, so a reader
   * who scrolls past an article's embed downloads the page and a few kilobytes of script.
   */
  #waitsForReader() {
    return this.#prerendered && !this.hasAttribute('scenario') && this.mode !== 'editor' && !this.#classroomKind();
  }

  async #start() {
    this.dataset.state = 'loading';
    this.#setStatus([preloadWords(this.lang).loading], { problem: false });
    if (this.#prerendered && this.shadowRoot.querySelector(':scope > style')) {
      // The pre-rendered page carries the stylesheet inline: nothing to fetch.
      this.#sheetReady = true;
    } else if (canAdopt) {
      loadSheet().then((sheet) => {
        this.shadowRoot.adoptedStyleSheets = [sheet];
        this.#stylesReady();
      }, () => this.#linkStyles());
    } else {
      this.#linkStyles();
    }
    try {
      // The page's first paint goes first: the core's download (the largest by far) must not
      // compete with the text the reader came for. (A preloaded core is already on its way.)
      await afterFirstPaint();
      this.#core = await loadCore();
    } catch (err) {
      console.error('arrest-breakdown: the wasm core did not load', err);
      this.dataset.state = 'error';
      this.#setStatus([preloadWords(this.lang).loadFailed]);
      this.#ui.slot.hidden = false;
      // A pre-rendered report stays, with the message above it, and the next gesture tries again.
      if (this.#prerendered) {
        this.shadowRoot.prepend(this.#ui.status);
        this.#intent = wakeOnIntent(this.shadowRoot, () => this.#start());
      }
      return;
    }
    // The core's words for the buttons it names.
    this.#updateChrome();
    this.#applyMode();
    await this.#loadScenario();
  }

  #linkStyles() {
    this.shadowRoot.prepend(el('link', { rel: 'stylesheet', href: STYLESHEET.href, onload: () => this.#stylesReady() }));
  }

  #stylesReady() {
    this.#sheetReady = true;
    this.#showLive();
    this.#changed();
  }

  /**
   * Puts the live widget on screen in place of a pre-rendered copy, once its styles and first
   * report are in: both are the same renderer's output, so nothing moves. Stylesheets stay.
   */
  #showLive() {
    if (!this.#prerendered || !this.#sheetReady || !this.#report) return;
    this.#prerendered = false;
    const replay = this.#intent?.replayer();
    const root = this.shadowRoot;
    root.replaceChildren(...[...root.children].filter((n) => n.matches('link[rel="stylesheet"], style')), this.#ui.root);
    replay?.(this.#ui.root);
  }

  // ---- Layout --------------------------------------------------------------------------------

  #buildSkeleton() {
    const ui = {};
    ui.langs = el('div', { class: 'langs', role: 'group' },
      ...LANGS.map(({ code, name }) => el('button', {
        type: 'button', lang: code, 'data-lang': code, 'aria-pressed': 'false', text: name,
        onclick: () => { this.lang = code; this.#edited('lang'); },
      })));
    ui.adjust = el('button', {
      type: 'button', class: 'adjust', 'aria-expanded': 'false', 'aria-controls': 'ab-inputs',
      onclick: () => { this.#adjustOpen = !this.#adjustOpen; this.#applyMode(); },
    });
    ui.status = el('div', { class: 'status', role: 'status' });
    ui.headline = el('p', { class: 'headline', 'aria-live': 'polite' });
    ui.visuals = el('div', { class: 'visuals' });
    ui.form = this.#editor.form;
    ui.details = el('div', { class: 'details' });
    ui.caveats = el('section', { class: 'caveats-section' });
    ui.table = el('div', { class: 'table-holder' });
    ui.working = el('div', { class: 'working-holder' });
    ui.source = el('div', { class: 'source-holder' });
    ui.share = this.#share.node;
    // The page's own content (a pre-rendered report, or a note for browsers without
    // JavaScript) shows through this slot until the first live report replaces it.
    ui.slot = el('slot', { class: 'static' });
    // With neither a pre-rendered copy nor the report yet (figures from an address), grey
    // blocks where the headline and the picture will be, so the page does not jump twice.
    ui.placeholder = el('div', { class: 'placeholder', 'aria-hidden': 'true' },
      ...['ph-line', 'ph-line', 'ph-line ph-short', 'ph-picture', 'ph-line', 'ph-line ph-short'].map((c) => el('span', { class: c })));
    ui.toolbar = el('div', { class: 'toolbar' });
    // The card's own pieces (laid out by #applyMode).
    ui.pictures = el('div', { class: 'pictures' });
    ui.keys = el('div', { class: 'key-sentences' });
    ui.disclose = {};
    for (const name of ['figures', 'caveats', 'working', 'adjust']) {
      // The card's "Adjust the numbers" is the full layout's .adjust button, in another place.
      ui.disclose[name] = disclosure({
        id: `ab-${name}`, className: name === 'adjust' ? 'adjust' : '', onToggle: (open) => this.#openPanel(open ? name : null),
      });
    }
    ui.classroom = el('div', { class: 'classroom-holder' });
    ui.guessFirst = el('button', { type: 'button', class: 'guess-first', hidden: true, onclick: () => this.#guessFirst() });
    ui.disclosures = el('div', { class: 'disclosures' }, ...Object.values(ui.disclose).map((d) => d.button), ui.guessFirst);
    // Exercises (issue 12): a button under the working; the panel is lib/practice.js, loaded when opened.
    ui.practice = el('button', {
      type: 'button', class: 'practice-open', 'aria-expanded': 'false', 'aria-controls': 'ab-practice', hidden: true,
      onclick: () => this.#togglePractice(),
    });
    ui.practicePanel = el('div', { id: 'ab-practice', class: 'practice-holder', hidden: true });
    ui.root = el('div', { class: 'ab', part: 'root' });
    // Built off screen while a pre-rendered copy shows (see #showLive).
    if (!this.#prerendered) this.shadowRoot.append(ui.root);
    // Only a pre-rendered report shows while loading; a "needs JavaScript" note would be wrong.
    ui.slot.hidden = !this.querySelector(':scope > .ab-static');
    ui.placeholder.hidden = !ui.slot.hidden;
    this.#ui = ui;
    this.#updateChrome();
    this.#applyMode();
  }

  /** Lays the parts out for the mode (once per mode: moving nodes would lose the focus), then
   * shows what is open: the card's panel, or the inputs. */
  #applyMode() {
    const ui = this.#ui;
    const mode = this.#layout;
    const relaid = this.#laidOut !== `${mode}:${this.#classroomKind()}`;
    if (relaid) this.#layOut(mode);
    if (mode === 'card') {
      if (this.#adjustOpen) this.#openName = 'adjust';
      for (const [name, d] of Object.entries(ui.disclose)) {
        const open = name === this.#openName;
        d.set(open);
        // Sharing goes with whatever the reader opened: one tap away, not in the card's height.
        if (open && ui.share.parentNode !== d.panel) d.panel.append(ui.share);
      }
      if (!this.#openName) ui.share.remove();
    } else {
      const editor = mode === 'editor';
      // Its name is the core's: no nameless button while the core loads (or if it cannot).
      ui.adjust.hidden = editor || !this.#core;
      ui.adjust.setAttribute('aria-expanded', String(this.#adjustOpen));
      ui.form.hidden = !(editor || this.#adjustOpen);
    }
    // Laid out afresh, the parts now on show (the table, outside the card) are brought up to date.
    if (relaid && this.#report) {
      this.#needParts();
      this.#renderReport();
    }
    this.#changed();
  }

  #layOut(mode) {
    const ui = this.#ui;
    this.#laidOut = `${mode}:${this.#classroomKind()}`;
    ui.root.classList.toggle('editor', mode === 'editor');
    ui.root.classList.toggle('card', mode === 'card');
    const top = [ui.toolbar, ui.status, ui.slot, ui.placeholder, ui.headline];
    if (mode === 'card') {
      const contents = {
        figures: [ui.details, ui.visuals, ui.table], caveats: [ui.caveats], working: [ui.working, ui.practice, ui.practicePanel], adjust: [ui.form],
      };
      for (const [name, d] of Object.entries(ui.disclose)) d.panel.replaceChildren(...contents[name]);
      ui.form.hidden = false; // its panel shows or hides it
      ui.toolbar.replaceChildren(ui.langs);
      ui.root.replaceChildren(...this.#classroomLayout(top), ui.source, ui.disclosures,
        ...Object.values(ui.disclose).map((d) => d.panel));
    } else {
      ui.toolbar.replaceChildren(ui.langs, ui.adjust);
      // The inputs sit right under the headline, so it stays in view while the reader types.
      ui.root.replaceChildren(...top, ui.form, ui.visuals, ui.details, ui.caveats, ui.table, ui.working, ui.practice, ui.practicePanel, ui.source, ui.share);
    }
  }

  /** Opens one of the card's panels (closing any other), or closes them all with null. */
  #openPanel(name) {
    this.#openName = name;
    this.#adjustOpen = name === 'adjust';
    this.#applyMode();
    // The part opened is brought up to date (with the working worked out, if it is that part).
    this.#needParts();
    if (this.#report) this.#renderReport();
  }

  /**
   * Whether the working is on show (its panel or section open, or the page printing): the core
   * works the steps out only then, so a keystroke costs the sentences alone.
   */
  #showsWorking() {
    if (this.#printingNow) return true;
    return this.#layout === 'card' ? this.#openName === 'working' : this.#workingOpen;
  }

  /** Whether the table of figures is on show (always, but in the card's closed panels). */
  #showsTable() {
    return this.#printingNow || this.#layout !== 'card' || this.#openName === 'figures';
  }

  /**
   * Recalculates with the working or the table when either has just come on show and the
   * report lacks it.
   */
  #needParts() {
    const report = this.#report;
    if (!report) return;
    if ((!report.working && this.#showsWorking()) || (!report.table && this.#showsTable())) this.#recalculate();
  }

  /** The line above the headline: loading, or problems no input can show. */
  #setStatus(lines, { problem = true } = {}) {
    this.#ui.status.classList.toggle('problem', problem);
    this.#ui.status.replaceChildren(...lines.map((text) => el('p', { text })));
  }

  /** Opens the working for printing (teachers print it) and restores it afterwards. */
  #setWorkingOpen(open, printing) {
    const details = this.#ui?.working.querySelector('details');
    if (!details) return;
    this.#printing = printing;
    details.open = open;
    queueMicrotask(() => { this.#printing = false; });
  }

  // ---- The figures: loading, editing, calculating ----------------------------------------

  /** Reads the scenario from the scenario attribute or the preset file, then calculates. */
  async #loadScenario() {
    if (!this.#core) return;
    const token = ++this.#loadToken;
    const lang = this.lang;
    const words = wordsIn(this.#core, lang);
    const inline = this.scenario;
    const preset = this.preset;
    let scenario;
    let problems = null;
    let note = [];
    if (inline.trim()) {
      const read = this.#readInline(inline, lang);
      if (read.problems && preset) note = [...read.problems, words.hashUnreadable];
      else ({ scenario, problems } = read);
    }
    if (scenario !== undefined || problems) {
      // The scenario attribute, read (or refused with no preset to fall back on).
    } else if (preset) {
      try {
        if (!PRESET_NAME.test(preset)) throw new Error(`not a preset name: ${preset}`);
        const res = await fetch(presetUrl(preset));
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
    if (token !== this.#loadToken) return; // a newer preset or scenario took over meanwhile
    this.#note = note;
    this.#report = null;
    this.#lastGood = null;
    this.#clearReport();
    if (problems) {
      this.#original = this.#scenario = null;
      this.#editor.clear();
      this.#ui.share.hidden = true;
      this.dataset.state = 'error';
      this.#setStatus(problems);
      this.#changed();
      return;
    }
    this.#original = structuredClone(scenario);
    this.#scenario = scenario;
    this.#editor.build(this.#core, scenario, this.lang);
    this.#recalculate();
  }

  /**
   * A scenario given as text (attribute, address): {scenario} when the core can read it as a
   * scenario, else {problems}, the core's own messages (or the JSON error it words).
   */
  #readInline(text, lang) {
    let scenario;
    try {
      scenario = JSON.parse(text);
    } catch {
      // The core words the JSON error, in the reader's language, like any other.
      return { problems: JSON.parse(this.#core.calculateJson(text, lang)).errors.map((e) => e.message) };
    }
    // Unreadable as a whole (another contract version, say), not a wrong figure in it.
    const outcome = this.#core.calculate(scenario, lang);
    if (!outcome.ok && outcome.unreadable) return { problems: outcome.errors.map((e) => e.message) };
    return { scenario };
  }

  /** The reader typed or chose a value: it goes into the scenario, and the core reads it. */
  #input(field, value, lang) {
    if (!this.#scenario) return;
    // The text goes to the core exactly as typed ("1.4 million", "5,232"); it reads it.
    // Optional fields left blank leave the scenario (an empty string would be a bad count).
    writeField(this.#scenario, field, value, lang, this.lang);
    this.#edited('input', field.path);
  }

  /** The scenario in a new shape (the builder: an item added, moved, removed, pasted; undo). */
  #replace(scenario, path) {
    this.#scenario = scenario;
    this.#editor.build(this.#core, scenario, this.lang);
    this.#edited('input', path);
  }

  #reset() {
    if (!this.#original) return;
    this.#scenario = structuredClone(this.#original);
    this.#editor.build(this.#core, this.#scenario, this.lang);
    this.#edited('reset');
  }

  /** Runs the core on the scenario as edited, in the current language, and shows the outcome. */
  #recalculate() {
    if (!this.#core || this.#scenario == null) {
      this.#updateChrome();
      return;
    }
    const lang = this.lang;
    const working = this.#showsWorking();
    const table = this.#showsTable();
    if (typeof this.#scenario === 'object' && !Array.isArray(this.#scenario)) this.#scenario.lang = lang;
    const outcome = this.#core.calculate(this.#styled(this.#scenario), lang, { working, table });
    if (outcome.ok) {
      this.#report = outcome;
      this.#lastGood = structuredClone(this.#scenario);
      this.#renderReport();
    } else if (this.#report && this.#report.lang !== lang && this.#lastGood) {
      // Switching language while a field is wrong: the last good figures, re-worded.
      const again = this.#core.calculate(this.#styled({ ...this.#lastGood, lang }), lang, { working, table });
      if (again.ok) {
        this.#report = again;
        this.#renderReport();
      }
    }
    const elsewhere = this.#editor.showMessages(outcome, !outcome.ok && this.#report ? wordsIn(this.#core, lang).lastGood : '');
    this.#setStatus([...this.#note, ...elsewhere]);
    this.#updateChrome();
    if (!outcome.ok && !this.#report && this.#editor.size && !this.#adjustOpen) {
      // Figures with no report yet (a link with a wrong count, say): the inputs, with the
      // messages beside them, rather than an empty widget.
      this.#adjustOpen = true;
      this.#applyMode();
    }
    this.dataset.state = outcome.ok ? 'ready' : this.#report ? 'stale' : 'error';
    this.#changed();
  }

  // ---- Rendering -----------------------------------------------------------------------------

  #clearReport() {
    const { headline, visuals, details, caveats, table, working, source, pictures, keys } = this.#ui;
    headline.textContent = '';
    for (const node of [visuals, details, caveats, table, working, source, pictures, keys]) node.replaceChildren();
    // Other figures: their card starts on the first stage with every part closed.
    this.#stageTab = 0;
    if (this.#openName !== 'adjust') this.#openName = null;
    if (this.#layout === 'card') this.#applyMode();
  }

  #renderReport() {
    const report = this.#report;
    const words = wordsIn(this.#core, report.lang);
    const ui = this.#ui;
    ui.root.lang = report.lang;
    // Only a changed headline is written, so screen readers announce changes, not keystrokes.
    if (ui.headline.textContent !== report.headline.text) ui.headline.textContent = report.headline.text;
    // Rendered afresh, then patched into what is on screen: only what changed is touched. In
    // the card, a closed part is left as it is and brought up to date when it opens (#openPanel)
    // or the page prints, so a keystroke renders only what the reader can see.
    const card = this.#layout === 'card';
    const shown = (part) => !card || this.#printingNow || this.#openName === part;
    if (shown('figures')) {
      patchChildren(ui.visuals, renderVisuals(report, words));
      patchChildren(ui.details, renderDetails(report));
      patchChildren(ui.table, report.table ? [renderTable(report, words, 'ab-table-caption')] : []);
    }
    if (shown('caveats')) patchChildren(ui.caveats, renderCaveats(report, this.headingLevel));
    if (shown('working')) {
      const first = !ui.working.firstChild;
      // In the card the working has a panel of its own, so it is always open there.
      patchChildren(ui.working, [renderWorking(report, card || this.#workingOpen)]);
      if (first) {
        const working = ui.working.firstChild;
        working.addEventListener('toggle', () => {
          // Opened for printing is not the reader's choice (the event comes a task later, so
          // `#printing` alone cannot tell).
          if (!this.#printing && !this.#printingNow && this.mode !== 'card') this.#workingOpen = working.open;
          this.#needParts();
          this.#changed();
        });
      }
    }
    patchChildren(ui.source, renderSource(report));
    if (card) this.#renderCard(report, words);
    if (!ui.practicePanel.hidden) this.#showPractice();
    ui.slot.hidden = true;
    ui.placeholder.hidden = true;
    // The live report has replaced the pre-rendered one: drop the copy, so screen readers,
    // find-in-page and the page's heading outline see the report once.
    for (const old of this.querySelectorAll(':scope > .ab-static')) old.remove();
    ui.share.hidden = false;
    this.#showLive();
    this.#renderClassroom();
  }

  /** The card's own parts: the stage pictures (tabs when there are several), the key sentences. */
  #renderCard(report, words) {
    const ui = this.#ui;
    const pictures = stagePictures(report);
    const selected = Math.min(this.#stageTab, Math.max(pictures.length - 1, 0));
    const picture = pictures.length ? renderStagePicture(report, pictures[selected], words) : null;
    if (pictures.length > 1) {
      patchChildren(ui.pictures, [
        tabList({
          id: 'ab-stage', label: words.stages, names: pictures.map((p) => p.label), selected,
          onSelect: (i) => { this.#stageTab = i; this.#renderCard(this.#report, wordsIn(this.#core, this.#report.lang)); this.#changed(); },
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
    setText(ui.guessFirst, words.guessFirst);
    ui.guessFirst.hidden = !words.guessFirst || this.#classroomKind() != null;
    ui.disclose.caveats.button.hidden = report.caveats.length === 0;
    if (report.caveats.length === 0 && this.#openName === 'caveats') {
      // Its button is gone with the caveats: close the part rather than leave it open, empty.
      this.#openName = null;
      ui.disclose.caveats.set(false);
      ui.share.remove();
    }
  }

  /** Names of buttons, headings and input labels: the core's words, in the current language. */
  #updateChrome() {
    const lang = this.#report?.lang ?? this.lang;
    const ui = this.#ui;
    ui.langs.setAttribute('aria-label', preloadWords(lang).language);
    for (const button of ui.langs.querySelectorAll('button')) {
      button.setAttribute('aria-pressed', String(button.dataset.lang === this.lang));
    }
    if (!this.#core) return;
    const words = wordsIn(this.#core, lang);
    setText(ui.adjust, words.adjust);
    setText(ui.practice, words.practice);
    ui.practice.hidden = false;
    this.#share.label(words);
    this.#editor.label(this.#core, this.#scenario, lang, words, this.#report);
  }

  // ---- Classroom (issue 12): mode="guess", mode="lesson" and the card's "Guess first" -------
  // The classroom's code (lib/guess.js, lib/lesson.js) is imported only when one is asked for, so
  // a card that is only read loads none of it. The core words everything (core.guess,
  // core.lesson); the modules lay it out; the element only places them and shows or hides the
  // answer around a guess.

  #guessing = false; // the card's "Guess first" was pressed
  #revealed = false; // the guess was revealed
  #classroom = null; // {kind, view}: the mounted guess or lesson
  #classroomToken = null;

  /** How the parts are laid out: the classroom's modes as the card. */
  get #layout() {
    const mode = this.mode;
    return CLASSROOM.includes(mode) ? 'card' : mode;
  }

  /** 'guess', 'lesson', or null: what the classroom shows now. */
  #classroomKind() {
    const mode = this.mode;
    if (CLASSROOM.includes(mode)) return mode;
    return this.#guessing && mode === 'card' ? 'guess' : null;
  }

  /** The card's parts between the status and the source, with the classroom's in place. */
  #classroomLayout(top) {
    const ui = this.#ui;
    const kind = this.#classroomKind();
    if (kind === 'guess') return [...top.slice(0, -1), ui.classroom, ui.headline, ui.pictures, ui.keys];
    // The lesson works towards the headline: it is not shown above the steps that decide it.
    if (kind === 'lesson') return [...top.slice(0, -1), ui.classroom];
    ui.classroom.replaceChildren();
    this.#classroom = null;
    return [...top, ui.pictures, ui.keys];
  }

  #guessFirst() {
    this.#guessing = true;
    this.#revealed = false;
    this.#applyMode();
    this.#renderClassroom();
  }

  /** Loads the classroom's module for what is shown (once), mounts it and brings it up to date. */
  async #renderClassroom() {
    const kind = this.#classroomKind();
    const ui = this.#ui;
    // Until the reader has guessed, the answer (headline, pictures, sentences, panels) is hidden.
    ui.root.classList.toggle('guessing', kind === 'guess' && !this.#revealed);
    if (!kind || !this.#report || !this.#core) return;
    if (this.#classroom?.kind !== kind) {
      const token = (this.#classroomToken = {});
      let module;
      try {
        module = await (kind === 'guess' ? loadGuess() : loadLesson());
      } catch (err) {
        console.error('arrest-breakdown: the classroom did not load', err);
        this.#setStatus([preloadWords(this.lang).loadFailed]);
        return;
      }
      if (token !== this.#classroomToken || kind !== this.#classroomKind() || !this.#report) return;
      const reveal = (shown) => {
        this.#revealed = shown;
        ui.root.classList.toggle('guessing', !shown);
        this.#changed();
      };
      const view = kind === 'guess'
        ? module.mountGuess({ core: this.#core, onReveal: () => reveal(true), onAgain: () => reveal(false) })
        : module.mountLesson();
      this.#classroom = { kind, view };
      // Shown once its styles apply (a fetch of a few hundred bytes), so it does not jump.
      await module.adoptClassroomStyles(this.shadowRoot).catch((err) => console.warn('arrest-breakdown:', err));
      if (this.#classroom?.view !== view || !this.#report) return;
      ui.classroom.replaceChildren(view.node);
    }
    const lang = this.#report.lang;
    this.#classroom.view.update({ scenario: this.#styled({ ...this.#lastGood, lang }), lang, report: this.#report, words: wordsIn(this.#core, lang) });
    this.#changed();
  }

  /** Opens or closes the practice panel: exercises from the figures on show (lib/practice.js). */
  #togglePractice() {
    const { practice, practicePanel } = this.#ui;
    const open = practicePanel.hidden;
    practice.setAttribute('aria-expanded', String(open));
    practicePanel.hidden = !open;
    if (open) this.#showPractice();
    this.#changed();
  }

  /** The open practice panel, for the figures and language on show (unchanged ones keep their place). */
  async #showPractice() {
    if (!this.#lastGood) return;
    const { openPractice } = await loadPractice().catch((err) => {
      console.error('arrest-breakdown: the practice panel did not load', err);
      return {};
    });
    await openPractice?.(this.#ui.practicePanel, this.#styled(this.#lastGood), this.#report?.lang ?? this.lang, {
      headingLevel: this.headingLevel, onChange: () => this.#changed(),
    });
  }

  // ---- Sharing -------------------------------------------------------------------------------

  /** This page's address with the reader's figures and language in its hash. */
  #shareLink() {
    const state = this.shareState();
    return state ? withState(window.location.href, state.scenario, state.lang, state.mode) : window.location.href;
  }

  /**
   * The iframe snippet, from the core: a preset as published gets its pre-rendered page
   * (embed/LANG/PRESET.html, instant to read); figures the reader changed go in embed.html's
   * address.
   */
  #embedCode() {
    const state = this.shareState();
    if (!state || !this.#core) return null;
    const preset = this.preset;
    const asPublished = preset && !this.scenario && !state.mode && sameFigures(state.scenario, this.#original);
    const url = asPublished
      ? new URL(`embed/${state.lang}/${preset}.html`, ROOT).href
      : withState(new URL('embed.html', ROOT).href, state.scenario, state.lang, state.mode);
    return this.#core.embedSnippet(url, new URL('build/embed-parent.js', ROOT).href, state.lang);
  }

  /** The core's CSV of the figures, as a file. */
  #csv() {
    const csv = this.#core && this.#lastGood ? this.#core.figuresCsv(this.#styled(this.#lastGood), this.lang) : null;
    return csv == null ? null : new Blob([csv], { type: 'text/csv;charset=utf-8' });
  }

  /** The card as an image (lib/image.js), with the picture on show: the card's, or the full layout's headline icons. */
  #image(kind) {
    if (!this.#report) return null;
    const picture = (this.#layout === 'card' ? this.#ui.pictures : this.#ui.visuals).querySelector('svg.icons');
    return cardImage(this.#report, picture, this.#ui.root, kind);
  }
}
