// The builder's edits to a scenario (issue 13): writing a field of any kind the core lists (a
// text in one language or side by side in both, a menu, a count), and the lists a reader adds
// to, takes from and reorders (stages, groups, places), and the rows the core read from a
// spreadsheet. Mechanics only: which fields and lists there are, what a blank item is and how
// pasted text reads are the core's (`core.editor`, `core.pasteRows`).

import { getAt, setAt, writeAt } from './scenario.js';

/** A blank item of each kind of list, as the contract needs it to be read (docs/contract.md). */
const BLANK = {
  stage: () => ({ kind: 'arrests', total: '' }),
  subgroup: () => ({ label: '', count: '' }),
  place: () => ({ name: '', count: '' }),
};

/**
 * Writes what the reader typed or chose into `scenario`, as typed.
 * - `inputLang` is set for one of a text's side-by-side inputs: only that language is written
 *   (a text given once becomes one per language, the other keeping the text given);
 * - else a text or name replaces the reader's language (`readerLang`) in a per-language text,
 *   or the whole text given once;
 * - an optional field left blank leaves the scenario (and objects emptied on the way).
 */
export function writeField(scenario, field, value, inputLang, readerLang) {
  const textual = field.kind === 'text' || field.kind === 'name';
  if (textual && inputLang) {
    const current = getAt(scenario, field.path);
    const both = current && typeof current === 'object' ? { ...current }
      : typeof current === 'string' && current ? { en: current, es: current } : {};
    if (value === '') delete both[inputLang];
    else both[inputLang] = value;
    if (Object.keys(both).length === 0) {
      if (field.optional) writeAt(scenario, field.path, '', null);
      else setAt(scenario, field.path, '');
    } else {
      writeAt(scenario, field.path, 'x', null); // the objects on the way
      setAt(scenario, field.path, both);
    }
    return;
  }
  if (field.optional) {
    writeAt(scenario, field.path, value, textual ? readerLang : null);
  } else if (field.kind === 'name' && getAt(scenario, field.path) && typeof getAt(scenario, field.path) === 'object') {
    getAt(scenario, field.path)[readerLang] = value;
  } else {
    setAt(scenario, field.path, value);
  }
}

/** The array at a list's path, made when missing ("stages[0].places" of a stage with none). */
function listAt(scenario, path, make) {
  let list = getAt(scenario, path);
  if (!Array.isArray(list) && make) {
    writeAt(scenario, path, 'x', null);
    list = [];
    setAt(scenario, path, list);
  }
  return Array.isArray(list) ? list : null;
}

/** Drops a stage's empty lists, which the contract leaves out. */
function tidy(scenario, path) {
  const list = getAt(scenario, path);
  if (path !== 'stages' && Array.isArray(list) && list.length === 0) writeAt(scenario, path, '', null);
}

/** Adds a blank item of `item`'s kind at the end of the list; returns its index. */
export function addItem(scenario, path, item) {
  const list = listAt(scenario, path, true);
  list.push(BLANK[item]());
  return list.length - 1;
}

/** Removes the item at `index`. */
export function removeItem(scenario, path, index) {
  const list = listAt(scenario, path, false);
  if (!list || index < 0 || index >= list.length) return;
  list.splice(index, 1);
  tidy(scenario, path);
}

/** Moves the item at `index` by `by` (−1 up, +1 down); returns its new index. */
export function moveItem(scenario, path, index, by) {
  const list = listAt(scenario, path, false);
  const to = index + by;
  if (!list || to < 0 || to >= list.length) return index;
  const [item] = list.splice(index, 1);
  list.splice(to, 0, item);
  return to;
}

/**
 * Puts the core's reading of pasted rows into the scenario: the rows replace `count` items
 * from `from` on (the whole list when pasted into the list's own box; as many as there are
 * rows when pasted into an item's input), up to `max`; for the stages, the core's stage is
 * added. Returns the first index written, or -1 when nothing was.
 * @param {{places?: object[], subgroups?: object[], stage?: object}} pasted
 */
export function applyPaste(scenario, path, item, pasted, from, count, max) {
  if (item === 'stage') {
    const stages = listAt(scenario, path, true);
    if (!pasted.stage || stages.length >= max) return -1;
    stages.push(pasted.stage);
    return stages.length - 1;
  }
  const rows = (item === 'subgroup' ? pasted.subgroups : pasted.places) ?? [];
  if (!rows.length) return -1;
  const list = listAt(scenario, path, true);
  list.splice(from, count ?? list.length, ...rows);
  list.length = Math.min(list.length, max);
  return from;
}
