//! The browser boundary: the same JSON contract as the CLI (docs/contract.md), exported with
//! wasm-bindgen. One path in and out: the scenario crosses as JSON text and is read by the same
//! `serde_json::from_str` as the CLI's (so `deny_unknown_fields`, the size limit and every
//! message are the CLI's), and the result crosses back as JSON text. `www/lib/core.js` wraps it
//! in `JSON.stringify` / `JSON.parse` so the widget still deals in plain objects.
//!
//! Why text and not JS objects: a second deserializer (serde-wasm-bindgen) would double the
//! serde code in the module, and the browser parses JSON faster than any glue could walk
//! objects field by field. Like fend's wasm crate, this is a string-in, string-out adapter.
//!
//! Nothing here may panic: the release build aborts on panic, which would kill the one wasm
//! instance every widget on the page shares. Every failure becomes an `ErrorReport`.

use crate::calculate::{calculate_json as calculate_text, calculate_json_with, Options, Outcome};
use crate::lang::Lang;
use crate::model::CONTRACT_VERSION;
use wasm_bindgen::prelude::*;

/// Calculates a scenario given as JSON text and returns the `Report` or `ErrorReport` as JSON
/// text. `lang` ("en", "es", "es-MX"…), when known, overrides the scenario's own; an empty or
/// unknown code leaves it. `working` and `table`: whether to work out the steps and lay out the
/// table of figures too (the widget asks only while they are shown; without them the report has
/// no `working` or `table` field). Errors are `{field, code, message}` objects, never exceptions.
#[wasm_bindgen]
pub fn calculate(scenario: &str, lang: &str, working: bool, table: bool) -> String {
    calculate_json_with(scenario, parse_lang(lang), &Options { working, table }).to_json()
}

/// The table of figures as CSV (docs: "Download CSV"), or `undefined` when the scenario has
/// errors: the caller already shows those beside their fields.
#[wasm_bindgen(js_name = figuresCsv)]
pub fn figures_csv(scenario: &str, lang: &str) -> Option<String> {
    match calculate_text(scenario, parse_lang(lang)) {
        Outcome::Report(r) => Some(crate::csv::figures(&r)),
        Outcome::Errors(_) => None,
    }
}

/// The iframe snippet for "Copy embed code": `embed_url` is the embed page's address (carrying
/// the reader's figures, or a preset's pre-rendered page), `script_url` the parent-side
/// resizer's; the result is escaped HTML to paste into an article.
#[wasm_bindgen(js_name = embedSnippet)]
pub fn embed_snippet(embed_url: &str, script_url: &str, lang: &str) -> String {
    crate::html::embed_snippet(embed_url, script_url, parse_lang(lang).unwrap_or_default())
}

/// The builder's element code (issue 13): the module at `script_url` and an `<arrest-breakdown>`
/// carrying `scenario` (JSON text) in its attribute, with `lang` and `mode`; escaped HTML.
#[cfg(feature = "tools")]
#[wasm_bindgen(js_name = elementSnippet)]
pub fn element_snippet(script_url: &str, scenario: &str, lang: &str, mode: &str) -> String {
    crate::html::element_snippet(script_url, scenario, parse_lang(lang).unwrap_or_default(), mode)
}

/// The editor for a scenario given as JSON text (docs/contract.md, "The editor"): its inputs in
/// reading order with paths and labels, the vocabulary and the widget's words, in `lang` (else
/// the scenario's own). Text that is not a scenario still gets the words and the fields every
/// scenario has: the widget asks with an empty scenario for its words alone.
#[wasm_bindgen]
pub fn editor(scenario: &str, lang: &str) -> String {
    crate::editor::editor_json(scenario, parse_lang(lang)).to_json()
}

/// Rows pasted from a spreadsheet (docs/contract.md, "Pasting rows"), read into `into`
/// ("places", "subgroups", or "stage" for an empty widget's first stage), with counts read in
/// `lang` and the house style `style` (a scenario's "style"; unknown names are left out, as
/// the calculation reports them on the style's own field). The result as JSON text.
#[cfg(feature = "tools")]
#[wasm_bindgen(js_name = pasteRows)]
pub fn paste_rows(text: &str, into: &str, lang: &str, style: &str) -> String {
    let base = parse_lang(lang).unwrap_or_default();
    let lang = base.styled(style).unwrap_or(base);
    let into = crate::paste::PasteInto::from_name(into).unwrap_or(crate::paste::PasteInto::Places);
    crate::paste::paste(text, into, lang).to_json()
}

/// The contract version this build reads and writes, so a page can check what it loaded.
#[wasm_bindgen(js_name = contractVersion)]
pub fn contract_version() -> u32 {
    CONTRACT_VERSION
}

// ---- Classroom (issue 12): guess, then reveal; step through the working -------------------

/// A guess against the headline's figure (docs/contract.md, "Guess, then reveal"): the question,
/// and for a guess typed as the reader typed it ("" for none yet) the comparison or what is
/// wrong with it, as JSON text; or the scenario's `ErrorReport`.
#[wasm_bindgen]
pub fn guess(scenario: &str, typed: &str, lang: &str) -> String {
    crate::guess::guess_json(scenario, typed, parse_lang(lang)).to_json()
}

/// The working step by step, with a pause before each hedge decision (docs/contract.md, "Step
/// through"), as JSON text; or the scenario's `ErrorReport`.
#[cfg(feature = "tools")]
#[wasm_bindgen]
pub fn lesson(scenario: &str, lang: &str) -> String {
    crate::lesson::lesson_json(scenario, parse_lang(lang)).to_json()
}

/// An unknown language code is ignored rather than an error: the scenario's own language wins.
fn parse_lang(lang: &str) -> Option<Lang> {
    Lang::from_code(lang)
}

// --- exercises (issue 12): the set and the checker, as JSON text (docs/contract.md,
// "Exercises"); the practice panel loads them on demand ---

/// The exercises for a scenario given as JSON text, in `lang` (else the scenario's own): the
/// `Exercises` set, or the scenario's `ErrorReport`, as JSON text.
#[cfg(feature = "tools")]
#[wasm_bindgen]
pub fn exercises(scenario: &str, lang: &str) -> String {
    crate::exercise::exercises_json(scenario, parse_lang(lang)).to_json()
}

/// Checks `answer` to the question `question` of the scenario's exercises: the `Check`, or the
/// scenario's `ErrorReport`, as JSON text.
#[cfg(feature = "tools")]
#[wasm_bindgen(js_name = checkAnswer)]
pub fn check_answer(scenario: &str, lang: &str, question: &str, answer: &str) -> String {
    crate::exercise::check_answer_json(scenario, parse_lang(lang), question, answer).to_json()
}

/// The exercises as a printable HTML page (escaped), or `undefined` when the scenario has errors.
#[cfg(feature = "tools")]
#[wasm_bindgen]
pub fn worksheet(scenario: &str, lang: &str) -> Option<String> {
    match crate::exercise::exercises_json(scenario, parse_lang(lang)) {
        crate::exercise::ExercisesOutcome::Set(set) => Some(set.worksheet()),
        crate::exercise::ExercisesOutcome::Errors(_) => None,
    }
}
