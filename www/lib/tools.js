// The tools' core (www/pkg-tools/, feature `tools` in Cargo.toml): the reader's core with the
// teacher's and the reporter's tools compiled in (the lesson's steps, the exercises and their
// checker, pasted rows, the element's embed code). A reader's widget never loads it: the lesson,
// the practice panel, the builder's editor and the builder page do, when they are opened.
//
// Like lib/core.js, this file sits one folder below www/ unbundled (lib/) and bundled (build/),
// so '../pkg-tools/…' holds for both.

import init, * as wasm from '../pkg-tools/arrest_breakdown.js';

const WASM_URL = new URL('../pkg-tools/arrest_breakdown_bg.wasm', import.meta.url);

// JSON.stringify gives undefined for undefined and functions: the core then words the error.
const text = (scenario) => JSON.stringify(scenario) ?? '';

let loading = null;

/** Resolves to `tools` once the tools' core is instantiated; a failed load may be retried. */
export function loadTools() {
  if (!loading) {
    loading = init({ module_or_path: WASM_URL }).then(() => tools);
    loading.catch(() => { loading = null; });
  }
  return loading;
}

/**
 * The tools' functions (docs/contract.md), synchronous once `loadTools()` has resolved:
 * - `lesson(scenario, lang)`: the working step by step, with the hedge pauses ("Step through");
 * - `pasteRows(text, into, lang, style)`: spreadsheet rows read into "places", "subgroups" or a
 *   first "stage" ("Pasting rows");
 * - `elementSnippet(scriptUrl, scenario, lang, mode)`: the element's embed code;
 * - `exercises(scenarioText, lang)`, `checkAnswer(scenarioText, lang, questionId, answer)`: the
 *   exercise set and the check of one answer ("Exercises"), for scenarios given as JSON text.
 */
export const tools = {
  lesson: (scenario, lang) => JSON.parse(wasm.lesson(text(scenario), lang ?? '')),
  pasteRows: (rows, into, lang, style) => JSON.parse(wasm.pasteRows(String(rows), into, lang ?? '', style ?? '')),
  elementSnippet: (script, scenario, lang, mode) => wasm.elementSnippet(String(script), text(scenario), lang ?? '', mode ?? ''),
  exercises: (json, lang) => JSON.parse(wasm.exercises(String(json), lang ?? '')),
  checkAnswer: (json, lang, id, answer) => JSON.parse(wasm.checkAnswer(String(json), lang ?? '', String(id), String(answer))),
};
