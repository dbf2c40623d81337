//! The wasm boundary, run in headless Chromium by wasm-bindgen-test (./build.sh test does it):
//! JSON text in, JSON text out — the CLI's contract, byte for byte — and errors as reports.
#![cfg(target_arch = "wasm32")]

use arrest_breakdown::wasm::{calculate, contract_version, embed_snippet, figures_csv};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const LOS_ANGELES: &str = include_str!("../examples/los-angeles.json");

fn field(json: &str, path: &[&str]) -> JsValue {
    let mut value = js_sys::JSON::parse(json).expect("the core answers with JSON");
    for key in path {
        value = js_sys::Reflect::get(&value, &JsValue::from_str(key)).expect("a readable property");
    }
    value
}

#[wasm_bindgen_test]
fn a_scenario_gives_the_report_the_cli_gives() {
    let report = calculate(LOS_ANGELES, "", true, true);
    assert_eq!(field(&report, &["ok"]), JsValue::TRUE);
    assert_eq!(report, arrest_breakdown::calculate_json(LOS_ANGELES, None).to_json(), "the CLI's JSON, byte for byte");
    let headline = field(&report, &["headline", "text"]).as_string().unwrap();
    assert!(headline.starts_with("About one in three people arrested by ICE"), "{headline}");
}

#[wasm_bindgen_test]
fn the_working_only_when_asked_for() {
    assert!(field(&calculate(LOS_ANGELES, "", true, false), &["working"]).is_array());
    assert!(field(&calculate(LOS_ANGELES, "", false, true), &["table"]).is_object());
    assert!(field(&calculate(LOS_ANGELES, "", false, false), &["table"]).is_undefined());
    assert!(field(&calculate(LOS_ANGELES, "", false, false), &["working"]).is_undefined());
    assert_eq!(
        field(&calculate(LOS_ANGELES, "", false, false), &["headline", "text"]),
        field(&calculate(LOS_ANGELES, "", true, true), &["headline", "text"])
    );
}

#[wasm_bindgen_test]
fn the_language_argument_overrides_the_scenario() {
    let report = calculate(LOS_ANGELES, "es-MX", true, true);
    let headline = field(&report, &["headline", "text"]).as_string().unwrap();
    assert!(headline.contains("1.719 de 5.232 (32,9 por ciento)"), "{headline}");
    assert_eq!(field(&calculate(LOS_ANGELES, "fr", true, true), &["lang"]).as_string().as_deref(), Some("en"));
}

#[wasm_bindgen_test]
fn errors_are_reports_with_field_code_and_message() {
    let report = calculate(r#"{"stages":[{"total":"abc"}]}"#, "", true, true);
    assert_eq!(field(&report, &["ok"]), JsValue::FALSE);
    let first = field(&report, &["errors", "0"]);
    let get = |key: &str| js_sys::Reflect::get(&first, &JsValue::from_str(key)).unwrap().as_string();
    assert_eq!(get("field").as_deref(), Some("stages[0].total"));
    assert_eq!(get("code").as_deref(), Some("not_a_number"));
    assert!(get("message").unwrap().contains("is not a number"));
}

#[wasm_bindgen_test]
fn text_that_is_not_a_scenario_is_an_error_report_not_an_exception() {
    for text in ["", "null", "42", "[]", r#"{"stagez":[]}"#, r#"{"stages":[{"total":1.5}]}"#, "{\"stages\": ["] {
        let report = calculate(text, "es", false, false);
        assert_eq!(field(&report, &["ok"]), JsValue::FALSE, "{text}");
        assert_eq!(field(&report, &["lang"]).as_string().as_deref(), Some("es"), "{text}");
    }
}

#[wasm_bindgen_test]
fn csv_and_embed_code_come_from_the_core() {
    let csv = figures_csv(LOS_ANGELES, "").expect("a CSV for a good scenario");
    assert!(csv.starts_with("Stage,Figure,Number,Derived,"));
    assert!(figures_csv(r#"{"stages":[{"total":0}]}"#, "").is_none());
    let snippet = embed_snippet("https://example.org/x/embed.html#s=1", "https://example.org/x/build/embed-parent.js", "en");
    assert!(snippet.contains("title=\"Arrest breakdown calculator\""));
    assert_eq!(contract_version(), 1);
}

// ---- Classroom (issue 12) ----

#[wasm_bindgen_test]
fn the_classroom_through_the_boundary_is_the_rust_apis() {
    use arrest_breakdown::wasm::guess;
    let g = guess(LOS_ANGELES, "60", "es");
    assert_eq!(g, arrest_breakdown::guess::guess_json(LOS_ANGELES, "60", Some(arrest_breakdown::Lang::Es)).to_json());
    let text = field(&g, &["answer", "text"]).as_string().unwrap();
    assert!(text.ends_with("27,1 puntos por debajo."), "{text}");
    assert_eq!(field(&guess(LOS_ANGELES, "abc", ""), &["problem", "code"]), JsValue::from_str("not_a_number"));
    assert_eq!(field(&guess("{", "60", ""), &["ok"]), JsValue::FALSE);
}
