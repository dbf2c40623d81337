// The element's editor: the form of inputs for a scenario's figures. Which inputs there are, in
// which order and groups, with which labels and headings, is the core's (`core.editor`, see
// lib/core.js and docs/contract.md, "The editor"); this lays them out, shows the scenario's values
// in them, puts each of the core's messages beside its input, and reports what the reader types.
// It never changes the scenario itself: the element does (lib/scenario.js), and recalculates.

import { el, setText } from './dom.js';
import { getAt, rawText, textIn } from './scenario.js';

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

// The classes the stylesheet gives the editor's groups and inputs, by the core's kinds.
const GROUP_CLASS = { stage: 'stage', places: 'subset places' };
const FIELD_CLASS = { stage_kind: 'field-kind', count: 'field-extra', date: 'field-extra', text: 'field-extra' };

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
  /** @type {Map<string, {field: EditorField, input: HTMLInputElement | HTMLSelectElement, label: HTMLElement, msg: HTMLElement, more: boolean}>} */
  #fields = new Map();
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
   * @param {(field: EditorField, value: string) => void} hooks.onInput  the reader typed or chose a value
   * @param {() => void} hooks.onReset  the reader asked for the figures as loaded
   */
  constructor({ onInput, onReset }) {
    this.form = el('form', { class: 'inputs', id: 'ab-inputs', novalidate: true, hidden: true },
      this.#status, this.#fieldsets, this.#more, this.#reset);
    const input = (/** @type {Event} */ e) => {
      const target = /** @type {HTMLInputElement} */ (e.target);
      const entry = this.#fields.get(target?.dataset?.path ?? '');
      if (!entry) return;
      // Another kind: the stage's heading changes with it.
      if (entry.field.kind === 'stage_kind') this.#stale = true;
      onInput(entry.field, target.value);
    };
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.form.addEventListener('input', input);
    this.form.addEventListener('change', (e) => { if (/** @type {Element} */ (e.target).tagName === 'SELECT') input(e); });
    this.#reset.addEventListener('click', () => { this.#stale = true; onReset(); });
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
   * and breakdown, then its groups and places), then place, dates and comparisons.
   */
  build(core, scenario, lang) {
    this.#fields.clear();
    this.#stale = true;
    const editor = this.#editorFor(core, scenario, lang);
    const groups = new Map(editor.groups.map((g) => [g.id, g]));
    const nodes = new Map();
    for (const group of editor.groups) {
      nodes.set(group.id, group.kind === 'more' ? this.#moreFields
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
      const { row, label, msg } = fieldRow(id, field.kind, input);
      this.#fields.set(field.path, { field, input, label, msg, more: groups.get(field.group).within === 'more' });
      nodes.get(field.group).append(row);
    }
    // Groups after their inputs, each in the group it sits in.
    this.#moreFields.replaceChildren();
    const sets = [];
    for (const group of editor.groups) {
      if (group.kind === 'more') continue;
      if (group.within) nodes.get(group.within).append(nodes.get(group.id));
      else sets.push(nodes.get(group.id));
    }
    this.#fieldsets.replaceChildren(...sets);
    this.refresh(scenario, lang);
  }

  /** Every input shows the scenario's value (a per-language text in `lang`). */
  refresh(scenario, lang) {
    if (!scenario) return;
    for (const [path, { field, input }] of this.#fields) {
      const value = getAt(scenario, path);
      const text = field.kind === 'text' ? textIn(value, lang) : rawText(value);
      if (input instanceof HTMLSelectElement) {
        // A kind the menu does not list (from a link) is kept as an extra option.
        if (text && ![...input.options].some((o) => o.value === text)) input.append(el('option', { value: text, text }));
        // No kind is the contract's default, the menu's first.
        input.value = text || input.options[0].value;
      } else if (input.value !== text) {
        input.value = text;
      }
    }
  }

  /**
   * Names the form, its headings, menus and labels in `lang`: the core's words. A category the
   * core worked out shows its derived count (from `report`) as a hint in its empty box.
   * @param {EditorWords} words
   */
  label(core, scenario, lang, words, report) {
    setText(this.#reset, words.reset);
    this.form.setAttribute('aria-label', words.numbers);
    const editor = this.#editorFor(core, scenario, lang);
    const headings = new Map(editor.groups.map((g) => [g.id, g.heading]));
    setText(this.#moreSummary, headings.get('more') ?? '');
    if (!scenario) return;
    for (const legend of this.form.querySelectorAll('legend[data-group]')) {
      setText(legend, headings.get(/** @type {HTMLElement} */ (legend).dataset.group) ?? '');
    }
    const kinds = new Map(editor.vocabulary.stage_kinds.map((k) => [k.key, k.label]));
    for (const option of this.#fieldsets.querySelectorAll('option[data-kind]')) {
      setText(option, kinds.get(/** @type {HTMLElement} */ (option).dataset.kind));
    }
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
    for (const [path, { input, msg }] of this.#fields) {
      const messages = byField.get(path) ?? [];
      const invalid = messages.some((m) => m.kind === 'error');
      msg.replaceChildren(...messages.map((m) => el('span', { class: `msg-${m.kind}`, text: m.text })));
      msg.hidden = messages.length === 0;
      if (invalid) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      if (messages.length) input.setAttribute('aria-describedby', msg.id);
      else input.removeAttribute('aria-describedby');
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
