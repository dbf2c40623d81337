// Loads the Rust core (wasm) once per page. Every <arrest-breakdown> on the page awaits the same
// promise, so ten widgets in one article still fetch and compile the .wasm a single time.
//
// The core speaks JSON text (one path, the CLI's: src/wasm.rs); this wrapper turns objects into
// text and back, so the widget deals in plain objects.

import init, * as wasm from '../pkg/arrest_breakdown.js';

// Addresses worked out from this file: lib/ and the bundles in build/ (scripts/bundle.mjs, and
// the npm package's, scripts/package.mjs) all sit one folder below www/, so they hold bundled and
// unbundled alike. The wasm and the presets are written as `new URL('../…', import.meta.url)`
// with the path spelled out, the form bundlers (Vite, webpack, Parcel) recognise: a page that
// bundles the npm package gets them as assets, copied beside its own files.
// ROOT (www/, for the embed pages the embed code points at) is not in that form on purpose: a
// bundler would take the folder itself for an asset.
const HERE = import.meta.url;
export const ROOT = new URL('../', HERE);
export const WASM_URL = new URL('../pkg/arrest_breakdown_bg.wasm', import.meta.url);

/** The address of a preset's figures (`name` already checked against PRESET_NAME). */
export const presetUrl = (name) => new URL(`../presets/${name}.json`, import.meta.url);

let loading = null;

/**
 * Resolves to the core once its .wasm is instantiated (streamed: compiled while it downloads).
 * Its functions are synchronous from then on and never throw for bad input:
 * - `calculate(scenario, lang, {working, table})`: a Report or an ErrorReport ({ok: false,
 *   errors: [{field, code, message}]}) for a scenario object (anything JSON can carry); with
 *   `working: false` the steps are not worked out and the report has no `working`, with
 *   `table: false` the table of figures is not laid out and the report has no `table`;
 * - `calculateJson(text, lang)`: the same for JSON text, as JSON text;
 * - `figuresCsv(scenario, lang)`: the table as CSV, or undefined when the scenario has errors;
 * - `editor(scenario, lang)`: the editor's inputs for a scenario object (any: `null` for the
 *   words alone) in reading order, with paths, kinds and labels, its headings, the vocabulary
 *   and the widget's words (docs/contract.md, "The editor");
 * - `embedSnippet(pageUrl, scriptUrl, lang)`, `contractVersion()`;
 * - the card's "Guess first" (docs/contract.md, "Guess, then reveal"): `guess(scenario, typed,
 *   lang)`, the question, and the comparison or the guess's problem.
 * The teacher's and the reporter's tools (the lesson, pasted rows, the element's code, the
 * exercises) are in a second core that only the tools load: lib/tools.js.
 */
export function loadCore() {
  if (!loading) {
    loading = init({ module_or_path: WASM_URL }).then(() => core);
    // A failed load (offline, blocked) may be retried by the next widget that asks.
    loading.catch(() => { loading = null; });
  }
  return loading;
}

// JSON.stringify gives undefined for undefined and functions: the core then words the error.
const text = (scenario) => JSON.stringify(scenario) ?? '';

export const core = {
  calculate: (scenario, lang, { working = true, table = true } = {}) =>
    JSON.parse(wasm.calculate(text(scenario), lang ?? '', working, table)),
  calculateJson: (json, lang) => wasm.calculate(String(json), lang ?? '', true, true),
  editor: (scenario, lang) => JSON.parse(wasm.editor(text(scenario), lang ?? '')),
  figuresCsv: (scenario, lang) => wasm.figuresCsv(text(scenario), lang ?? ''),
  embedSnippet: (url, script, lang) => wasm.embedSnippet(String(url), String(script), lang ?? ''),
  contractVersion: () => wasm.contractVersion(),
  // The card's guess (lib/guess.js).
  guess: (scenario, typed, lang) => JSON.parse(wasm.guess(text(scenario), String(typed ?? ''), lang ?? '')),
};
