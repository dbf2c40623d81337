// Undo for the editor (issue 13): copies of the scenario as it was before each of the reader's
// last edits. Typing in one input is one edit until the reader moves to another input or
// changes the scenario's shape, so Ctrl/Cmd+Z takes back a whole figure, not a keystroke.

const LIMIT = 100;

export class Undo {
  #done = [];
  #typing = null; // the input being typed in, while its edit is the last one

  /** Keeps a copy of `scenario` before an edit; `key` names the input typed in (null: another kind of edit). */
  record(scenario, key = null) {
    if (key != null && key === this.#typing) return;
    this.#typing = key;
    if (scenario == null) return;
    this.#done.push(structuredClone(scenario));
    if (this.#done.length > LIMIT) this.#done.shift();
  }

  /** The next edit starts a new step, even in the same input. */
  settle() {
    this.#typing = null;
  }

  /** The scenario before the last edit, taken off the list; undefined when there is none. */
  take() {
    this.#typing = null;
    return this.#done.pop();
  }

  get size() {
    return this.#done.length;
  }

  clear() {
    this.#done = [];
    this.#typing = null;
  }
}
