// The element's editor: the form of inputs for a scenario's figures. Which inputs there are, in
// which order and groups, with which labels and headings, is the core's (`core.editor`, see
// lib/core.js and docs/contract.md, "The editor"); this lays them out, shows the scenario's values
// in them, puts each of the core's messages beside its input, and reports what the reader types.
// It never changes the scenario itself: the element does (lib/scenario.js), and recalculates.

import { el, setText } from './dom.js';
import { getAt, rawText, textIn } from './scenario.js';
import { LANGS } from './i18n.js';

/**
 * One input the core lists (docs/contract.md, "The editor").
 * @typedef {object} EditorField
 * @property {string} path   the JSON path it edits, as messages name it ("stages[0].total")
 * @property {string} kind   count, category, stage_kind, date, text…
 * @property {string} group  the id of the group it sits in
 * @property {string} label
 * @property {boolean} [optional]  left blank, it leaves the scenario
 * @property {number} [stage]
 * @property {string} [category]
 */

/**
 * The words the editor shows that are not the core editor's own (from its `chrome`).
 * @typedef {{ numbers: string, reset: string, lastGood: string }} EditorWords
 */

// The editor's builder part (issue 13), loaded when the form is first built: lib/editor-builder.js,
// or build/editor-builder.js beside a bundle.
const BUILDER = new URL('./editor-builder.js', import.meta.url);

// The classes the stylesheet gives the editor's groups and inputs, by the core's kinds.
const GROUP_CLASS = { stage: 'stage', places: 'subset places', subgroups: 'subset subgroups', place: 'item', subgroup: 'item' };
const FIELD_CLASS = {
  stage_kind: 'field-kind', count: 'field-extra', date: 'field-extra', text: 'field-extra', url: 'field-extra', focus: 'field-extra',
};
// The menus, and the vocabulary each offers; parent and focus first offer "none" (the
// contract's default), named by the chrome word here.
const MENUS = { stage_kind: 'stage_kinds', unit: 'units', parent: 'categories', focus: 'categories' };
const NONE_WORD = { parent: 'wholeStage', focus: 'focusDefault' };

/**
 * A field's row: its label, the input, and the paragraph its messages go in (tied to the input
 * by aria-describedby while it has any).
 * @param {string} id  the input's id (the message paragraph's is `${id}-msg`)
 * @param {string} kind  the core's kind for the field, which picks the row's class
 * @param {HTMLElement} input
 */
export function fieldRow(id, kind, input) {
  const label = el('label', { for: id });
  const msg = el('p', { class: 'field-msg', id: `${id}-msg`, hidden: true });
  const row = el('div', { class: `field ${FIELD_CLASS[kind] ?? `field-${kind}`}` }, label, input, msg);
  return { row, label, msg };
}

export class Editor {
  /** @type {Map<string, {field: EditorField, input: HTMLInputElement | HTMLSelectElement, inputs: {input: HTMLInputElement, lang: string | null}[], label: HTMLElement, msg: HTMLElement, more: boolean}>} */
  #fields = new Map();
  #hooks;
  #lang = 'en';
  /**
   * The builder's part (issue 13: lists, paste, undo; lib/editor-builder.js), loaded on demand
   * once the form is first built, so a page's first load carries none of it.
   * @type {any}
   */
  #builder = null;
  #builderLoading = false;
  #built = null; // the last build's and label's arguments, to apply again once the builder is in
  #labelled = null;
  #shown = null;
  #tools = el('div', { class: 'form-tools' });
  /** The core's editor for the scenario, and whether the scenario changed in a way it shows. */
  #editor = null;
  #stale = true;
  #status = el('p', { class: 'form-status', role: 'status' });
  #fieldsets = el('div', { class: 'fieldsets' });
  #moreFields = el('div', { class: 'more-fields' });
  #moreSummary = el('summary');
  #more = el('details', { class: 'more' }, this.#moreSummary, this.#moreFields);
  #reset = el('button', { type: 'button', class: 'reset' });

  /**
   * @param {object} hooks
   * @param {(field: EditorField, value: string, lang: string | null) => void} hooks.onInput  the reader typed or
   *   chose a value (`lang`: the language of one of a text's side-by-side inputs)
   * @param {() => void} hooks.onReset  the reader asked for the figures as loaded
   * @param {() => object | null} [hooks.scenario]  the scenario as edited (for undo and the lists)
   * @param {(scenario: object, path: string | null) => void} [hooks.onReplace]  a new shape of the
   *   scenario (an item added, moved, removed or pasted, or an undo): the editor is built again
   * @param {() => string} [hooks.style]  the house style typed numbers are read in
   * @param {() => boolean} [hooks.full]  whether this is the newsroom's editor (mode="editor"):
   *   every field, texts in both languages side by side, the lists and undo; else a reader's
   *   inputs, the counts and the context
   */
  constructor(hooks) {
    this.#hooks = hooks;
    this.form = el('form', { class: 'inputs', id: 'ab-inputs', novalidate: true, hidden: true },
      this.#status, this.#fieldsets, this.#more, this.#tools);
    this.#tools.append(this.#reset);
    const input = (/** @type {Event} */ e) => {
      const target = /** @type {HTMLInputElement} */ (e.target);
      const entry = this.#fields.get(target?.dataset?.path ?? '');
      if (!entry) return;
      // Another kind, verb, unit or name: the headings and labels change with it.
      if (!['total', 'category', 'subgroup', 'place', 'count'].includes(entry.field.kind)) this.#stale = true;
      this.#builder?.record(`${entry.field.path}@${target.dataset.lang ?? ''}`);
      hooks.onInput(entry.field, target.value, target.dataset.lang ?? null);
    };
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.form.addEventListener('input', input);
    this.form.addEventListener('change', (e) => { if (/** @type {Element} */ (e.target).tagName === 'SELECT') input(e); });
    this.form.addEventListener('focusin', () => this.#builder?.settle());
    this.form.addEventListener('click', (e) => this.#builder?.act(/** @type {Element} */ (e.target).closest?.('button[data-action]')));
    this.form.addEventListener('paste', (e) => this.#builder?.paste(/** @type {ClipboardEvent} */ (e)));
    this.form.addEventListener('keydown', (e) => this.#builder?.keydown(e));
    this.#reset.addEventListener('click', () => { this.#stale = true; this.#builder?.record(null); hooks.onReset(); });
  }

  /** Loads the builder's part, then builds and names the form again with it. */
  #loadBuilder() {
    if (this.#builderLoading) return;
    this.#builderLoading = true;
    // By address, not by name: bundled, this module sits in build/ with the builder part beside
    // it (scripts/bundle.mjs), and the page's own bundle stays without it.
    import(/* @vite-ignore */ BUILDER.href).then(({ Builder }) => {
      this.#builder = new Builder({
        form: this.form,
        tools: this.#tools,
        hooks: this.#hooks,
        lang: () => this.#lang,
        stale: () => { this.#stale = true; },
      });
      // Built again with its buttons and boxes: what the reader sees stays (values, words,
      // messages, the focus).
      this.#builder.keepFocus();
      if (this.#built) this.build(...this.#built);
      if (this.#labelled) this.label(...this.#labelled);
      if (this.#shown) this.showMessages(...this.#shown);
    }, (err) => {
      // Without it the inputs still work; only adding, moving, pasting and undo are missing.
      console.warn('arrest-breakdown: the editor’s lists did not load', err);
      this.#builderLoading = false;
    });
  }

  /** How many inputs there are. */
  get size() {
    return this.#fields.size;
  }

  /** The core's editor for `scenario`, in `lang` (asked again only when stale). */
  #editorFor(core, scenario, lang) {
    if (this.#stale || this.#editor?.lang !== lang) {
      this.#editor = core.editor(scenario, lang);
      this.#stale = false;
    }
    return this.#editor;
  }

  /** No inputs (no scenario to edit). */
  clear() {
    this.#fields.clear();
    this.#fieldsets.replaceChildren();
    this.#moreFields.replaceChildren();
  }

  /**
   * The inputs the core lists, in its order and groups: a fieldset per stage (its kind, total
   * and breakdown, then its groups and places, each item with its buttons), the lists' add
   * buttons and paste boxes, then place, dates and comparisons.
   */
  build(core, scenario, lang) {
    this.#built = [core, scenario, lang];
    this.#fields.clear();
    this.#stale = true;
    this.#lang = lang;
    const editor = this.#editorFor(core, scenario, lang);
    const full = this.#hooks.full?.() ?? true;
    const builder = full ? this.#builder : null;
    if (full && !builder) this.#loadBuilder();
    const groups = new Map(editor.groups.map((g) => [g.id, g]));
    const nodes = new Map();
    for (const group of editor.groups) {
      const legendId = `ab-l-${group.id}`;
      const node = group.kind === 'more' ? this.#moreFields
        : el('fieldset', {
          class: GROUP_CLASS[group.kind] ?? 'subset', 'data-list': group.list ?? null, 'data-index': group.index ?? null,
          'data-item': group.list ? group.kind : null,
        }, el('legend', { 'data-group': group.id, id: legendId, class: group.kind === 'place' || group.kind === 'subgroup' ? 'item-legend' : null }));
      builder?.itemTools(node, group, editor, legendId);
      nodes.set(group.id, node);
    }
    let n = 0;
    for (const field of editor.fields) {
      if (field.builder && !full) continue;
      const id = `ab-f${n++}`;
      const langs = full && field.langs?.length ? field.langs : [null];
      const inputs = langs.map((inLang) => ({ input: this.#input(field, inLang ? `${id}-${inLang}` : id, inLang, editor), lang: inLang }));
      let row; let label; let msg;
      if (langs[0] === null) {
        ({ row, label, msg } = fieldRow(id, field.kind, inputs[0].input));
      } else {
        // Side by side, one per language: each named by the field's label and its language.
        label = el('span', { class: 'label', id: `${id}-label` });
        msg = el('p', { class: 'field-msg', id: `${id}-msg`, hidden: true });
        row = el('div', { class: 'field field-langs field-extra', role: 'group', 'aria-labelledby': label.id }, label,
          el('div', { class: 'side-by-side' }, ...inputs.map(({ input, lang: inLang }) => {
            const name = LANGS.find((l) => l.code === inLang)?.name ?? inLang;
            input.setAttribute('aria-labelledby', `${label.id} ${input.id}-lang`);
            return el('span', { class: 'one-lang' }, el('span', { class: 'lang-name', id: `${input.id}-lang`, lang: inLang, text: name }), input);
          })), msg);
      }
      this.#fields.set(field.path, { field, input: inputs[0].input, inputs, label, msg, more: groups.get(field.group).within === 'more' });
      nodes.get(field.group).append(row);
    }
    // Groups after their inputs, each in the group it sits in; then each list's own controls.
    this.#moreFields.replaceChildren();
    const sets = [];
    for (const group of editor.groups) {
      if (group.kind === 'more') continue;
      const node = nodes.get(group.id);
      if (group.within) nodes.get(group.within).append(node);
      else sets.push(node);
      // An item's buttons come after its own inputs (a stage's, before its groups and places).
      const tools = node.querySelector(':scope > .item-tools');
      if (tools) node.append(tools);
    }
    builder?.listTools(editor, nodes, sets);
    this.#fieldsets.replaceChildren(...sets);
    // A reader's inputs have no empty groups (a stage's groups or places when it has none).
    if (!full) for (const set of this.#fieldsets.querySelectorAll('fieldset')) if (!set.querySelector('input, select')) set.remove();
    this.refresh(scenario, lang);
    // Named at once in the words last given (the next recalculation names it again).
    if (this.#labelled) this.label(core, scenario, lang, this.#labelled[3], this.#labelled[4]);
    builder?.built();
  }

  /** The input for a field (in one language of a side-by-side text, `inLang`): a menu or a box. */
  #input(field, id, inLang, editor) {
    const vocabulary = MENUS[field.kind];
    if (vocabulary) {
      const none = NONE_WORD[field.kind] ? [el('option', { value: '', 'data-none': NONE_WORD[field.kind] })] : [];
      return el('select', { id, name: field.path, 'data-path': field.path }, ...none,
        ...editor.vocabulary[vocabulary].map(({ key }) => el('option', { value: key, 'data-term': `${vocabulary}:${key}`, 'data-kind': field.kind === 'stage_kind' ? key : null })));
    }
    return el('input', {
      type: field.kind === 'url' ? 'url' : 'text', id, name: inLang ? `${field.path}.${inLang}` : field.path, 'data-path': field.path,
      'data-lang': inLang, lang: inLang, autocomplete: 'off', spellcheck: 'false',
      inputmode: field.kind === 'date' ? 'numeric' : null,
    });
  }

  /** Every input shows the scenario's value (a per-language text in `lang`). */
  refresh(scenario, lang) {
    this.#lang = lang;
    if (!scenario) return;
    for (const [path, { field, inputs }] of this.#fields) {
      const value = getAt(scenario, path);
      for (const { input, lang: inLang } of inputs) {
        this.#show(field, input, value, inLang ?? lang, inLang != null);
      }
    }
  }

  /** One input shows `value` (for a text, in `lang`: exactly that language's, when `exact`). */
  #show(field, input, value, lang, exact) {
    const textual = field.kind === 'text' || field.kind === 'name';
    const text = !textual ? rawText(value)
      : exact && value && typeof value === 'object' ? value[lang] ?? '' : textIn(value, lang);
    if (input instanceof HTMLSelectElement) {
      // A kind the menu does not list (from a link) is kept as an extra option.
      if (text && ![...input.options].some((o) => o.value === text)) input.append(el('option', { value: text, text }));
      // No kind is the contract's default, the menu's first.
      input.value = text || input.options[0].value;
    } else if (input.value !== text) {
      input.value = text;
    }
  }

  /**
   * Names the form, its headings, menus and labels in `lang`: the core's words. A category the
   * core worked out shows its derived count (from `report`) as a hint in its empty box.
   * @param {EditorWords} words
   */
  label(core, scenario, lang, words, report) {
    this.#labelled = [core, scenario, lang, words, report];
    setText(this.#reset, words.reset);
    this.form.setAttribute('aria-label', words.numbers);
    const editor = this.#editorFor(core, scenario, lang);
    const headings = new Map(editor.groups.map((g) => [g.id, g.heading]));
    setText(this.#moreSummary, headings.get('more') ?? '');
    if (!scenario) return;
    for (const legend of this.form.querySelectorAll('legend[data-group]')) {
      setText(legend, headings.get(/** @type {HTMLElement} */ (legend).dataset.group) ?? '');
    }
    const terms = new Map(Object.entries(editor.vocabulary).flatMap(([name, list]) => list.map((t) => [`${name}:${t.key}`, t.label])));
    for (const option of this.#fieldsets.querySelectorAll('option[data-term]')) {
      setText(option, terms.get(/** @type {HTMLElement} */ (option).dataset.term));
    }
    for (const option of this.form.querySelectorAll('option[data-none]')) {
      setText(option, words[/** @type {HTMLElement} */ (option).dataset.none]);
    }
    this.#builder?.label(editor, words);
    const labels = new Map(editor.fields.map((f) => [f.path, f.label]));
    for (const { field, label, input } of this.#fields.values()) {
      setText(label, labels.get(field.path) ?? '');
      if (field.kind === 'category' && input instanceof HTMLInputElement) {
        const figure = report?.figures.find((f) => f.stage === field.stage && f.category === field.category);
        input.placeholder = figure?.derived ? figure.count_text : '';
      }
    }
  }

  /**
   * Each error and warning of an outcome next to its input, and `lastGood` above the form when
   * the report shown is an earlier one. Returns the errors no input can show.
   * @param {{ok: boolean, errors?: {field: string, message: string}[], warnings?: {field: string, message: string}[]}} outcome
   * @param {string} lastGood
   * @returns {string[]}
   */
  showMessages(outcome, lastGood) {
    this.#shown = [outcome, lastGood];
    const errors = outcome.ok ? [] : outcome.errors ?? [];
    const byField = new Map();
    const elsewhere = [];
    for (const [kind, list] of /** @type {const} */ ([['error', errors], ['warning', outcome.warnings ?? []]])) {
      for (const m of list) {
        if (this.#fields.has(m.field)) {
          if (!byField.has(m.field)) byField.set(m.field, []);
          byField.get(m.field).push({ kind, text: m.message });
        } else if (kind === 'error') {
          elsewhere.push(m.message);
        }
      }
    }
    for (const [path, { inputs, msg }] of this.#fields) {
      const messages = byField.get(path) ?? [];
      const invalid = messages.some((m) => m.kind === 'error');
      msg.replaceChildren(...messages.map((m) => el('span', { class: `msg-${m.kind}`, text: m.text })));
      msg.hidden = messages.length === 0;
      for (const { input } of inputs) {
        if (invalid) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
        if (messages.length) input.setAttribute('aria-describedby', msg.id);
        else input.removeAttribute('aria-describedby');
      }
    }
    this.#status.textContent = lastGood;
    this.#status.hidden = !lastGood;
    // A problem in a field under "Place, dates and comparisons" opens it.
    if ([...byField.keys()].some((path) => this.#fields.get(path)?.more && byField.get(path).some((m) => m.kind === 'error'))) {
      this.#more.open = true;
    }
    return elsewhere;
  }
}
