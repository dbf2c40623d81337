// The editor's lists (issue 13): the buttons that move and remove an item (a stage, a group, a
// place), the button that adds one, and the box spreadsheet rows are pasted into. The lists,
// their limits and every word are the core's (`core.editor`: `lists`, groups with `list` and
// `index`, `chrome`); this makes the controls and names them. lib/editor.js acts on them.

import { el, setText } from './dom.js';

const ACTIONS = [['up', '↑'], ['down', '↓'], ['remove', '×']];
const WORD = { up: 'moveUp', down: 'moveDown', remove: 'remove' };

/**
 * An item's buttons: move up, move down, remove. Each is named by its word and the item's
 * heading (aria-labelledby: the button itself, then the legend `legendId`), so a screen
 * reader hears "Move up Philadelphia".
 * @param {{id: string, list: string, index: number}} group  the core's group for the item
 * @param {number} len  how many items its list has
 */
export function itemTools(group, len, legendId) {
  return el('div', { class: 'item-tools' }, ...ACTIONS.map(([action, glyph]) => {
    const id = `${group.id}-${action}`;
    const first = action === 'up' && group.index === 0;
    const last = action === 'down' && group.index === len - 1;
    return el('button', {
      type: 'button', id, class: `item-${action}`, 'data-action': action, 'data-list': group.list,
      'data-index': group.index, 'aria-labelledby': `${id} ${legendId}`, disabled: first || last,
    }, el('span', { class: 'tool-glyph', 'aria-hidden': 'true', text: glyph }), el('span', { class: 'tool-word' }));
  }));
}

/**
 * A list's own controls: "Add a place", and a box to paste rows into (with its hint and the
 * line the core's messages for the rows go in).
 * @param {{path: string, item: string, len: number, max: number}} list
 * @param {string} id  unique in the form
 */
export function listTools(list, id) {
  const full = list.len >= list.max;
  const box = el('textarea', {
    id: `${id}-paste`, class: 'paste-box', rows: 1, 'data-paste': list.path, 'data-item': list.item,
    'aria-describedby': `${id}-hint ${id}-paste-msg`, spellcheck: 'false', disabled: full && list.item === 'stage',
  });
  return el('div', { class: `list-tools list-${list.item}` },
    el('button', { type: 'button', class: 'add', 'data-action': 'add', 'data-list': list.path, 'data-item': list.item, disabled: full }),
    el('div', { class: 'paste' },
      el('label', { for: box.id, 'data-word': list.path }),
      box,
      el('p', { class: 'paste-hint', id: `${id}-hint` }),
      el('p', { class: 'field-msg paste-msg', id: `${id}-paste-msg`, role: 'status' })));
}

/**
 * Names every list control in `root` in the core's words: `lists` the core's (for the add
 * buttons' and paste boxes' own words), `words` its chrome (camel-cased keys).
 */
export function labelLists(root, lists, words) {
  const byPath = new Map(lists.map((l) => [l.path, l]));
  for (const button of root.querySelectorAll('button[data-action]')) {
    const action = /** @type {HTMLElement} */ (button).dataset.action;
    if (action === 'add') setText(button, byPath.get(/** @type {HTMLElement} */ (button).dataset.list)?.add ?? '');
    else setText(button.querySelector('.tool-word'), words[WORD[action]] ?? '');
  }
  for (const label of root.querySelectorAll('.paste > label')) {
    setText(label, byPath.get(/** @type {HTMLElement} */ (label).dataset.word)?.paste ?? '');
  }
  for (const hint of root.querySelectorAll('.paste-hint')) setText(hint, words.pasteHint);
}

/**
 * Shows the core's reading of a paste beside its box: its messages (row and column, as the
 * spreadsheet numbers them), or the word that it went in.
 * @param {HTMLElement} box
 * @param {{ok: boolean, errors: {message: string}[]}} pasted
 */
export function showPasted(box, pasted, words) {
  const msg = box.parentElement?.querySelector('.paste-msg');
  if (!msg) return;
  msg.replaceChildren(...(pasted.ok ? [el('span', { class: 'msg-ok', text: words.pasted })]
    : pasted.errors.map((e) => el('span', { class: 'msg-error', text: e.message }))));
  if (pasted.ok) box.removeAttribute('aria-invalid');
  else box.setAttribute('aria-invalid', 'true');
}
