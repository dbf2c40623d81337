// The editor's builder part (issue 13), loaded by lib/editor.js on demand once its form is first
// built, so a page's first load carries none of it: each list's items get buttons that move and
// remove them and each list a button that adds one and a box spreadsheet rows are pasted into
// (read by the core: `core.pasteRows`); Ctrl/Cmd+Z and a button take back the last edits. Every
// change of shape goes to the element as a whole new scenario (`hooks.onReplace`), which builds
// the form again; the focus is then put back where the reader was working.

import { el, setText } from './dom.js';
import { itemTools, labelLists, listTools, showPasted } from './editor-lists.js';
import { addItem, applyPaste, moveItem, removeItem } from './scenario-edit.js';
import { loadTools } from './tools.js';
import { Undo } from './undo.js';

// What a pasted list is called in the core's pasteRows.
const PASTE_INTO = { stage: 'stage', subgroup: 'subgroups', place: 'places' };

export class Builder {
  #api;
  #undo = new Undo();
  #undoButton = el('button', { type: 'button', class: 'undo', disabled: true });
  /** The core's lists, by path; what to focus once rebuilt; the last paste's reading, to show again. */
  #lists = new Map();
  #focusAfter = null;
  #selection = null; // the caret or selection in the input the focus comes back to
  #pasteNote = null;
  #words = {};

  /**
   * @param {object} api  the editor's: its form and the row its buttons sit in, the element's
   *   hooks, the language and a way to mark the core's editor stale (pasted rows are read by
   *   the tools' core, lib/tools.js)
   */
  constructor(api) {
    this.#api = api;
    api.tools.prepend(this.#undoButton);
    this.#undoButton.addEventListener('click', () => this.undo());
  }

  /** The form is about to be built again as it is: the focus is to come back where it is now. */
  keepFocus() {
    const active = /** @type {HTMLInputElement | null} */ (this.#api.form.getRootNode().activeElement);
    this.#focusAfter = this.#focusKey(active);
    // The caret or selection too: a reader typing as the form is rebuilt (the lists arrive a
    // moment after the form) carries on where they were, not before what they selected.
    this.#selection = active?.tagName === 'INPUT' && active.selectionStart != null ? [active.selectionStart, active.selectionEnd] : null;
  }

  /** The next edit starts a new step of undo, even in the same input. */
  settle() {
    this.#undo.settle();
  }

  /** Ctrl/Cmd+Z: undo, while there is something to take back. */
  keydown(/** @type {KeyboardEvent} */ e) {
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z' && this.#undo.size) {
      e.preventDefault();
      this.undo();
    }
  }

  /** An item's buttons (a stage, a group, a place), into its group's node. */
  itemTools(node, group, editor, legendId) {
    if (!group.list) return;
    node.append(itemTools(group, editor.lists.find((l) => l.path === group.list)?.len ?? 0, legendId));
  }

  /** Each list's add button and paste box, after its items (the stages', after the stages). */
  listTools(editor, nodes, sets) {
    this.#lists = new Map(editor.lists.map((l) => [l.path, l]));
    editor.lists.forEach((list, i) => {
      const tools = listTools(list, `ab-list${i}`);
      if (list.within) nodes.get(list.within).append(tools);
      else sets.push(tools);
    });
  }

  /** Once the form is built: the last paste's reading by its box, and the focus where it belongs. */
  built() {
    const form = this.#api.form;
    if (this.#pasteNote) {
      const box = form.querySelector(`[data-paste="${this.#pasteNote.list}"]`);
      if (box) showPasted(/** @type {HTMLElement} */ (box), this.#pasteNote.pasted, this.#words);
    }
    if (this.#focusAfter) {
      this.#focus(this.#focusAfter);
      this.#focusAfter = null;
      const active = /** @type {HTMLInputElement | null} */ (form.getRootNode().activeElement);
      if (this.#selection && active?.tagName === 'INPUT') {
        try {
          active.setSelectionRange(...this.#selection);
        } catch {
          // Inputs without a selection (numbers, dates) keep the browser's caret.
        }
      }
      this.#selection = null;
    }
  }

  /** Names the buttons and boxes in the core's words. */
  label(editor, words) {
    this.#words = words;
    setText(this.#undoButton, words.undo);
    labelLists(this.#api.form, editor.lists, words);
  }

  /** Keeps the scenario as it is before an edit, for undo (`key`: the input typed in). */
  record(key) {
    this.#undo.record(this.#api.hooks.scenario?.(), key);
    this.#undoButton.disabled = this.#undo.size === 0;
  }

  /** Takes back the last edit: the scenario as it was, the editor built for it, the focus kept. */
  undo() {
    const before = this.#undo.take();
    this.#undoButton.disabled = this.#undo.size === 0;
    if (before === undefined || !this.#api.hooks.onReplace) return;
    this.#pasteNote = null;
    // The input or box the reader was in, if it is still there; else the undo button.
    const key = this.#focusKey(this.#api.form.getRootNode().activeElement);
    this.#focusAfter = [key?.startsWith('[data-path') || key?.startsWith('[data-paste') ? key : null, '.undo'];
    this.#api.stale();
    this.#api.hooks.onReplace(before, null);
  }

  /** A selector that finds `node` again after the editor is built anew. */
  #focusKey(node) {
    const d = node?.dataset;
    if (!d || !this.#api.form.contains(node)) return null;
    if (d.path) return `[data-path="${d.path}"]${d.lang ? `[data-lang="${d.lang}"]` : ''}`;
    if (d.paste) return `[data-paste="${d.paste}"]`;
    if (d.action) return `button[data-action="${d.action}"][data-list="${d.list}"]${d.index ? `[data-index="${d.index}"]` : ''}`;
    return null;
  }

  /** Changes the scenario's shape with `mutate`, then has it built again, focusing `focus` (selectors, in order of preference). */
  #reshape(mutate, focus, path = null) {
    const scenario = this.#api.hooks.scenario?.();
    if (!scenario || !this.#api.hooks.onReplace) return;
    this.record(null);
    this.#undo.settle();
    mutate(scenario);
    this.#focusAfter = focus;
    this.#api.stale();
    this.#api.hooks.onReplace(scenario, path);
  }

  /** A list button: add an item, move one up or down, remove one. */
  act(button) {
    if (!button || button.disabled) return;
    this.#pasteNote = null;
    const { action, list, item } = button.dataset;
    const index = Number(button.dataset.index);
    const at = (i) => `fieldset[data-list="${list}"][data-index="${i}"]`;
    if (action === 'add') {
      let added = 0;
      this.#reshape((s) => { added = addItem(s, list, item); }, null, list);
      this.#focus(`${at(added)} input, ${at(added)} select`);
    } else if (action === 'remove') {
      const len = this.#lists.get(list)?.len ?? 0;
      const next = index < len - 1 ? index : index - 1;
      this.#reshape((s) => removeItem(s, list, index), [
        next >= 0 ? `${at(next)} .item-remove` : null, `button[data-action="add"][data-list="${list}"]`,
      ], list);
    } else {
      let to = index;
      this.#reshape((s) => { to = moveItem(s, list, index, action === 'up' ? -1 : 1); }, null, list);
      // The same button on the item moved, unless it cannot move further that way: the other one.
      this.#focus([`${at(to)} .item-${action}:not([disabled])`, `${at(to)} .item-${action === 'up' ? 'down' : 'up'}`]);
    }
  }

  /**
   * Rows pasted from a spreadsheet, into a list's paste box (replacing its items) or into an
   * input of one of its items (filling items from there). The core reads the text.
   */
  paste(/** @type {ClipboardEvent} */ e) {
    const target = /** @type {HTMLElement} */ (e.target);
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!text) return;
    let list; let item; let from = 0; let whole = true;
    if (target.dataset.paste) {
      ({ paste: list, item } = target.dataset);
    } else {
      const holder = /** @type {HTMLElement | null} */ (target.closest('fieldset[data-list]'));
      // One value pasted into one input is typing; rows and cells are a table.
      if (!holder || holder.dataset.item === 'stage' || !/[\t\n]/.test(text.trim())) return;
      ({ list, item } = holder.dataset);
      from = Number(holder.dataset.index);
      whole = false;
    }
    e.preventDefault();
    // The rows are read by the tools' core (lib/tools.js), fetched at the first paste: a page
    // that only edits (or a widget its bundler copied without it) never asks for it.
    loadTools().then(
      (tools) => this.#applyPaste(tools.pasteRows(text, PASTE_INTO[item], this.#api.lang(), this.#api.hooks.style?.() ?? ''), list, item, from, whole),
      (err) => console.error('arrest-breakdown: pasted rows could not be read', err),
    );
  }

  /** Puts rows the core read into `list`: the whole list, or from item `from` on. */
  #applyPaste(pasted, list, item, from, whole) {
    this.#pasteNote = { list, pasted };
    const rows = (item === 'subgroup' ? pasted.subgroups : pasted.places) ?? [];
    const max = this.#lists.get(list)?.max ?? 0;
    const len = this.#lists.get(list)?.len ?? 0;
    this.#reshape((s) => applyPaste(s, list, item, pasted, from, whole ? len : rows.length, max),
      whole ? `[data-paste="${list}"]` : `fieldset[data-list="${list}"][data-index="${from}"] input`, list);
  }

  /** Focuses the first of `selectors` (one, or a list in order of preference) that the form has. */
  #focus(selectors) {
    for (const selector of [selectors].flat()) {
      const node = selector && this.#api.form.querySelector(selector);
      if (node) {
        /** @type {HTMLElement} */ (node).focus();
        return;
      }
    }
  }
}
