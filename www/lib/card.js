// The compact card's two interactive pieces: the stage switcher (one picture at a time, the ARIA
// tabs pattern) and the disclosure buttons that open the rest of the report in place. Both are
// plain DOM; the element decides what goes in them.

import { el } from './dom.js';

/**
 * Tabs, one per stage: arrow keys, Home and End move between them and select (automatic
 * activation), only the selected tab is in the tab order, and the panel is labelled by its tab.
 * `onSelect(index)` is called on a change; the caller re-renders with the new selection.
 */
export function tabList({ id, label, names, selected, onSelect }) {
  const tabs = names.map((name, i) => el('button', {
    type: 'button', role: 'tab', id: `${id}-tab-${i}`, 'aria-controls': `${id}-panel`,
    'aria-selected': String(i === selected), tabindex: i === selected ? '0' : '-1', text: name,
    onclick: () => onSelect(i),
  }));
  const list = el('div', { role: 'tablist', class: 'tabs', 'aria-label': label }, ...tabs);
  list.addEventListener('keydown', (event) => {
    // The tabs on screen now: later renders patch this list in place and may add or drop tabs.
    const tabs = [...list.querySelectorAll('[role="tab"]')];
    const at = tabs.indexOf(event.target);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const to = (next + tabs.length) % tabs.length;
    onSelect(to);
    // The tabs are rendered anew on select: focus the one now selected, by its id.
    queueMicrotask(() => list.getRootNode().getElementById?.(`${id}-tab-${to}`)?.focus());
  });
  return list;
}

/**
 * A disclosure: a button with aria-expanded that shows or hides its panel in place. Escape, on
 * the button or in the open panel, closes it and puts focus back on the button. `onToggle(open)` lets the caller
 * close the others and re-measure.
 */
export function disclosure({ id, className = '', onToggle }) {
  const button = el('button', {
    type: 'button', class: `disclosure ${className}`.trim(), id: `${id}-button`, 'aria-expanded': 'false', 'aria-controls': id,
    onclick: () => onToggle(button.getAttribute('aria-expanded') !== 'true'),
  });
  // Not a landmark: a part of the card, named by its button.
  const panel = el('div', { class: 'panel', id, hidden: true });
  const escape = (event) => {
    if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
    event.stopPropagation();
    onToggle(false);
    button.focus();
  };
  panel.addEventListener('keydown', escape);
  button.addEventListener('keydown', escape);
  const set = (open) => {
    button.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  };
  return { button, panel, set };
}
