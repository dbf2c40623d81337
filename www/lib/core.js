// Loads the Rust core (wasm) once per page. Every <arrest-breakdown> on the page awaits the same
// promise, so ten widgets in one article still fetch and compile the .wasm a single time.

let loading = null;

/**
 * Resolves to the wasm-bindgen module once its .wasm is instantiated. Its functions are
 * synchronous from then on: `calculate(scenarioObject, lang)` gives a Report or an ErrorReport
 * ({ok: false, errors: [{field, code, message}]}) and never throws for bad input;
 * `calculateJson(text, lang)` does the same for JSON text and returns JSON text.
 */
export function loadCore() {
  if (!loading) {
    loading = import('../pkg/arrest_breakdown.js').then(async (mod) => {
      // The default export fetches pkg/arrest_breakdown_bg.wasm relative to its own URL.
      await mod.default();
      return mod;
    });
    // A failed load (offline, blocked) may be retried by the next widget that asks.
    loading.catch(() => { loading = null; });
  }
  return loading;
}
