// <arrest-breakdown>: the calculator as a custom element, for embedding in articles.
//
//   <script type="module" src="arrest-breakdown.js"></script>
//   <arrest-breakdown preset="los-angeles" lang="en" mode="reader" theme="auto"></arrest-breakdown>
//
// Attributes: preset (a file in presets/), scenario (inline JSON, wins over preset),
// lang (en|es), mode (reader|editor), theme (light|dark|auto), heading-level (2–6, default 2).
// The Rust core (wasm) does all the arithmetic and writes every sentence; this file only lays
// out its report and feeds it what the reader types, as typed.

import { loadCore } from './lib/core.js';
import { el } from './lib/dom.js';
import { chrome, LANGS, pickLang } from './lib/i18n.js';
import { renderCaveats, renderDetails, renderSource, renderTable, renderVisuals, renderWorking, figureMap } from './lib/render.js';
import { editableFields, getAt, rawText, setAt, textIn } from './lib/scenario.js';

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

class ArrestBreakdown extends HTMLElement {
  static observedAttributes = ['preset', 'scenario', 'lang', 'mode', 'theme', 'heading-level'];

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.core = null;
    this.original = null; // the scenario as loaded, for "reset"
    this.scenario = null; // the scenario as the reader has edited it
    this.report = null; // the last report that worked
    this.lastGood = null; // the scenario it came from
    this.fields = new Map(); // path → {field, input, label, msg}
    this.loadToken = 0;
    this.adjustOpen = false;
    this.workingOpen = false;
    this.onBeforePrint = () => this.setWorkingOpen(true, true);
    this.onAfterPrint = () => this.setWorkingOpen(this.workingOpen, true);
  }

  connectedCallback() {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    if (this.ui) return;
    this.buildSkeleton();
    this.start();
  }

  disconnectedCallback() {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.ui || oldValue === newValue) return;
    if (name === 'preset' || name === 'scenario') this.loadScenario();
    else if (name === 'lang') this.recalculate();
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
    this.setStatus([chrome(this.currentLang()).loading], { problem: false });
    if (canAdopt) {
      loadSheet().then((sheet) => {
        this.shadowRoot.adoptedStyleSheets = [sheet];
        this.changed();
      }, () => this.linkStyles());
    } else {
      this.linkStyles();
    }
    try {
      this.core = await loadCore();
    } catch (err) {
      console.error('arrest-breakdown: the wasm core did not load', err);
      this.dataset.state = 'error';
      this.setStatus([chrome(this.currentLang()).loadFailed]);
      return;
    }
    await this.loadScenario();
  }

  linkStyles() {
    this.shadowRoot.prepend(el('link', {
      rel: 'stylesheet', href: new URL('arrest-breakdown.css', BASE).href, onload: () => this.changed(),
    }));
  }

  buildSkeleton() {
    const ui = {};
    ui.langs = el('div', { class: 'langs', role: 'group' },
      ...LANGS.map(({ code, name }) => el('button', {
        type: 'button', lang: code, 'data-lang': code, 'aria-pressed': 'false', text: name,
        onclick: () => this.setAttribute('lang', code),
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
    ui.form = el('form', { class: 'inputs', id: 'ab-inputs', novalidate: true, hidden: true },
      ui.formStatus, ui.fieldsets, ui.reset);
    ui.form.addEventListener('submit', (e) => e.preventDefault());
    ui.form.addEventListener('input', (e) => this.onInput(e));
    ui.details = el('div', { class: 'details' });
    ui.caveats = el('section', { class: 'caveats-section' });
    ui.table = el('div', { class: 'table-holder' });
    ui.working = el('div', { class: 'working-holder' });
    ui.source = el('div', { class: 'source-holder' });
    ui.root = el('div', { class: 'ab', part: 'root' },
      el('div', { class: 'toolbar' }, ui.langs, ui.adjust),
      // The inputs sit right under the headline, so it stays in view while the reader types.
      ui.status, ui.headline, ui.form, ui.visuals, ui.details, ui.caveats, ui.table, ui.working, ui.source);
    this.shadowRoot.append(ui.root);
    this.ui = ui;
    this.updateChrome();
    this.applyMode();
  }

  /** Reads the scenario from the scenario attribute or the preset file, then calculates. */
  async loadScenario() {
    if (!this.core) return;
    const token = ++this.loadToken;
    const lang = this.currentLang();
    const words = chrome(lang);
    const inline = this.getAttribute('scenario');
    const preset = this.getAttribute('preset');
    let scenario;
    let problems = null;
    if (inline && inline.trim()) {
      try {
        scenario = JSON.parse(inline);
      } catch {
        // The core words the JSON error, in the reader's language, like any other.
        problems = JSON.parse(this.core.calculateJson(inline, lang)).errors.map((e) => e.message);
      }
    } else if (preset) {
      try {
        if (!PRESET_NAME.test(preset)) throw new Error(`not a preset name: ${preset}`);
        const res = await fetch(new URL(`presets/${preset}.json`, BASE));
        if (!res.ok) throw new Error(`preset ${preset}: HTTP ${res.status}`);
        scenario = await res.json();
      } catch (err) {
        console.error('arrest-breakdown:', err);
        problems = [words.presetFailed];
      }
    } else {
      problems = [words.noScenario];
    }
    if (token !== this.loadToken) return; // a newer preset or scenario took over meanwhile
    this.report = null;
    this.lastGood = null;
    this.clearReport();
    if (problems) {
      this.original = this.scenario = null;
      this.fields.clear();
      this.ui.fieldsets.replaceChildren();
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

  /** Runs the core on the scenario as edited, in the current language, and shows the outcome. */
  recalculate() {
    if (!this.core || this.scenario == null) {
      this.updateChrome();
      return;
    }
    const lang = this.currentLang();
    if (typeof this.scenario === 'object' && !Array.isArray(this.scenario)) this.scenario.lang = lang;
    const outcome = this.core.calculate(this.scenario, lang);
    if (outcome.ok) {
      this.report = outcome;
      this.lastGood = structuredClone(this.scenario);
      this.renderReport();
    } else if (this.report && this.report.lang !== lang && this.lastGood) {
      // Switching language while a field is wrong: the last good figures, re-worded.
      const again = this.core.calculate({ ...this.lastGood, lang }, lang);
      if (again.ok) {
        this.report = again;
        this.renderReport();
      }
    }
    this.showMessages(outcome);
    this.updateChrome();
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
    // The text goes to the core exactly as typed ("1.4 million", "5,232"); it reads it.
    setAt(this.scenario, path, event.target.value);
    this.recalculate();
  }

  reset() {
    if (!this.original) return;
    this.scenario = structuredClone(this.original);
    for (const [path, { input }] of this.fields) input.value = rawText(getAt(this.original, path));
    this.recalculate();
  }

  applyMode() {
    const editor = this.getAttribute('mode') === 'editor';
    this.ui.adjust.hidden = editor;
    this.ui.adjust.setAttribute('aria-expanded', String(this.adjustOpen));
    this.ui.form.hidden = !(editor || this.adjustOpen);
    this.ui.root.classList.toggle('editor', editor);
    this.changed();
  }

  /** The line above the headline: loading, or problems no input can show. */
  setStatus(lines, { problem = true } = {}) {
    this.ui.status.classList.toggle('problem', problem);
    this.ui.status.replaceChildren(...lines.map((text) => el('p', { text })));
  }

  clearReport() {
    const { headline, visuals, details, caveats, table, working, source } = this.ui;
    headline.textContent = '';
    for (const node of [visuals, details, caveats, table, working, source]) node.replaceChildren();
  }

  renderReport() {
    const report = this.report;
    const words = chrome(report.lang);
    const ui = this.ui;
    ui.root.lang = report.lang;
    // Only a changed headline is written, so screen readers announce changes, not keystrokes.
    if (ui.headline.textContent !== report.headline.text) ui.headline.textContent = report.headline.text;
    ui.visuals.replaceChildren(...renderVisuals(report, words));
    ui.details.replaceChildren(...renderDetails(report));
    ui.caveats.replaceChildren(...renderCaveats(report, this.headingLevel()));
    ui.table.replaceChildren(renderTable(report, words, 'ab-table-caption'));
    const working = renderWorking(report, this.workingOpen);
    working.addEventListener('toggle', () => {
      if (!this.printing) this.workingOpen = working.open;
      this.changed();
    });
    ui.working.replaceChildren(working);
    ui.source.replaceChildren(...renderSource(report));
  }

  /** Opens the working for printing (teachers print it) and restores it afterwards. */
  setWorkingOpen(open, printing) {
    const details = this.ui?.working.querySelector('details');
    if (!details) return;
    this.printing = printing;
    details.open = open;
    queueMicrotask(() => { this.printing = false; });
  }

  /** One fieldset per stage: its total and breakdown, then its groups and places. */
  buildInputs() {
    this.fields.clear();
    const byStage = new Map();
    for (const field of editableFields(this.scenario)) {
      if (!byStage.has(field.stage)) byStage.set(field.stage, []);
      byStage.get(field.stage).push(field);
    }
    const sets = [];
    let n = 0;
    for (const [s, fields] of byStage) {
      const rows = { main: [], subgroup: [], place: [] };
      for (const field of fields) {
        const id = `ab-f${n++}`;
        const input = el('input', {
          type: 'text', id, name: field.path, 'data-path': field.path,
          value: rawText(getAt(this.scenario, field.path)), autocomplete: 'off', spellcheck: 'false',
        });
        const label = el('label', { for: id });
        const msg = el('p', { class: 'field-msg', id: `${id}-msg`, hidden: true });
        this.fields.set(field.path, { field, input, label, msg });
        const bucket = field.kind === 'subgroup' || field.kind === 'place' ? field.kind : 'main';
        rows[bucket].push(el('div', { class: `field field-${field.kind}` }, label, input, msg));
      }
      const legend = el('legend', { 'data-stage': s });
      const subsets = [];
      if (rows.subgroup.length) subsets.push(el('fieldset', { class: 'subset' }, el('legend', { 'data-chrome': 'groups' }), ...rows.subgroup));
      if (rows.place.length) subsets.push(el('fieldset', { class: 'subset places' }, el('legend', { 'data-chrome': 'places' }), ...rows.place));
      sets.push(el('fieldset', { class: 'stage' }, legend, ...rows.main, ...subsets));
    }
    this.ui.fieldsets.replaceChildren(...sets);
  }

  /** Names of buttons, legends and input labels, in the current language. */
  updateChrome() {
    const lang = this.report?.lang ?? this.currentLang();
    const words = chrome(lang);
    const ui = this.ui;
    ui.langs.setAttribute('aria-label', words.language);
    for (const button of ui.langs.querySelectorAll('button')) {
      button.setAttribute('aria-pressed', String(button.dataset.lang === this.currentLang()));
    }
    ui.adjust.textContent = words.adjust;
    ui.reset.textContent = words.reset;
    ui.form.setAttribute('aria-label', words.numbers);
    for (const legend of ui.fieldsets.querySelectorAll('legend[data-chrome]')) legend.textContent = words[legend.dataset.chrome];
    const report = this.report;
    const byId = report ? figureMap(report) : new Map();
    for (const legend of ui.fieldsets.querySelectorAll('legend[data-stage]')) {
      const s = Number(legend.dataset.stage);
      legend.textContent = report?.stages[s]?.label ?? textIn(this.scenario?.stages?.[s]?.kind, lang);
    }
    for (const { field, label } of this.fields.values()) label.textContent = this.fieldLabel(field, report, byId, words, lang);
  }

  /** An input's label: the core's figure label where the report has one. */
  fieldLabel(field, report, byId, words, lang) {
    const stage = report?.stages[field.stage];
    const source = this.scenario?.stages?.[field.stage];
    if (field.kind === 'total') return words.total;
    if (field.kind === 'category') {
      const figure = report?.figures.find((f) => f.stage === field.stage && f.category === field.key);
      return figure?.label ?? words.categories[field.key];
    }
    if (field.kind === 'subgroup') {
      return byId.get(stage?.subgroups[field.index])?.label ?? textIn(source?.subgroups?.[field.index]?.label, lang);
    }
    return byId.get(stage?.places[field.index])?.label ?? textIn(source?.places?.[field.index]?.name, lang);
  }

  /** Each error and warning next to its input; anything without an input goes to the status. */
  showMessages(outcome) {
    const words = chrome(this.currentLang());
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
    this.setStatus(elsewhere);
  }
}

if (!customElements.get('arrest-breakdown')) customElements.define('arrest-breakdown', ArrestBreakdown);

export { ArrestBreakdown };
