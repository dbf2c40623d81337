//! The browser boundary: the same JSON contract as the CLI (docs/contract.md), exported with
//! wasm-bindgen. Scenarios come in as plain JS objects (or JSON text) and reports go out as plain
//! JS objects, so the widget never parses numbers or words sentences itself.
//!
//! Nothing here may panic: the release build aborts on panic, which would kill the one wasm
//! instance every widget on the page shares. Every failure becomes an `ErrorReport`.

use crate::calculate::{calculate as calculate_scenario, calculate_json as calculate_json_text, input_error, Outcome};
use crate::error::{ErrorKind, MAX_SCENARIO_BYTES};
use crate::lang::Lang;
use crate::model::{Scenario, CONTRACT_VERSION};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Calculates a scenario given as a JS object. `lang` ("en", "es", "es-MX"…), when given and
/// known, overrides the scenario's own language. Returns the `Report` or `ErrorReport` as a
/// plain object; errors are `{field, code, message}` objects, never thrown strings.
#[wasm_bindgen]
pub fn calculate(scenario: JsValue, lang: Option<String>) -> JsValue {
    to_js(&calculate_value(scenario, lang))
}

/// The same for JSON text, for callers that already hold a string (and for comparing with the
/// CLI byte for byte).
#[wasm_bindgen(js_name = calculateJson)]
pub fn calculate_json(text: &str, lang: Option<String>) -> String {
    calculate_json_text(text, parse_lang(lang)).to_json()
}

/// The table of figures as CSV (docs: "Download CSV"), or `undefined` when the scenario has
/// errors: the caller already shows those beside their fields.
#[wasm_bindgen(js_name = figuresCsv)]
pub fn figures_csv(scenario: JsValue, lang: Option<String>) -> Option<String> {
    match calculate_value(scenario, lang) {
        Outcome::Report(r) => Some(crate::csv::figures(&r)),
        Outcome::Errors(_) => None,
    }
}

/// The iframe snippet for "Copy embed code": `embed_url` is the embed page's address carrying
/// the reader's figures; the result is escaped HTML to paste into an article.
#[wasm_bindgen(js_name = embedSnippet)]
pub fn embed_snippet(embed_url: &str, lang: Option<String>) -> String {
    crate::html::embed_snippet(embed_url, parse_lang(lang).unwrap_or_default())
}

/// The contract version this build reads and writes, so a page can check what it loaded.
#[wasm_bindgen(js_name = contractVersion)]
pub fn contract_version() -> u32 {
    CONTRACT_VERSION
}

/// Reads the scenario from a JS value and calculates it. A value that is not the shape of a
/// scenario goes down the core's JSON error path, so the browser sees the same error report
/// (field "", code "invalid_json") the CLI gives for a malformed file.
pub fn calculate_value(scenario: JsValue, lang: Option<String>) -> Outcome {
    let lang = parse_lang(lang);
    match read_scenario(scenario) {
        Ok(mut s) => {
            if let Some(l) = lang {
                s.lang = l;
            }
            calculate_scenario(&s)
        }
        Err(kind) => input_error(kind, lang.unwrap_or_default()),
    }
}

/// JS value → JSON value → `Scenario`. Why the detour: serde-wasm-bindgen reads a struct by
/// looking up only the field names it knows, so `deny_unknown_fields` would never fire and a
/// misspelt key ("breakdwon") would be silently dropped in the browser but rejected by the CLI.
/// Going through `serde_json::Value` gives exactly the CLI's rules; the scenario is tiny.
/// The size limit is the CLI's too, measured on the JSON text of the value.
fn read_scenario(scenario: JsValue) -> Result<Scenario, ErrorKind> {
    let json = |e: &dyn std::fmt::Display| ErrorKind::Json(e.to_string());
    let value: serde_json::Value = serde_wasm_bindgen::from_value(scenario).map_err(|e| json(&e))?;
    let size = serde_json::to_string(&value).map_or(usize::MAX, |t| t.len());
    if size > MAX_SCENARIO_BYTES {
        return Err(ErrorKind::ScenarioTooLarge { limit: MAX_SCENARIO_BYTES });
    }
    serde_json::from_value(value).map_err(|e| json(&e))
}

/// An unknown language code is ignored rather than an error: the scenario's own language wins.
fn parse_lang(lang: Option<String>) -> Option<Lang> {
    lang.as_deref().and_then(Lang::from_code)
}

/// Plain JS objects (not `Map`s), with integers as numbers: what `JSON.parse` of the CLI's
/// output would give.
fn to_js(outcome: &Outcome) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let value = match outcome {
        Outcome::Report(r) => r.serialize(&serializer),
        Outcome::Errors(e) => e.serialize(&serializer),
    };
    // Serializing strings and small integers cannot fail; if it ever did, fall back to the JSON
    // text path, which has its own valid answer.
    value.unwrap_or_else(|_| js_sys::JSON::parse(&outcome.to_json()).unwrap_or(JsValue::NULL))
}
