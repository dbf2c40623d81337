//! The wasm boundary, run in headless Chromium by wasm-bindgen-test (./build.sh test does it):
//! the exports carry the CLI's contract as plain JS objects, and errors cross as objects.
#![cfg(target_arch = "wasm32")]

use arrest_breakdown::wasm::{calculate, calculate_json, embed_snippet, figures_csv};
use js_sys::Reflect;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const LOS_ANGELES: &str = include_str!("../examples/los-angeles.json");

fn js_object(json: &str) -> JsValue {
    js_sys::JSON::parse(json).expect("test JSON parses")
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("a readable property")
}

#[wasm_bindgen_test]
fn a_scenario_object_gives_the_report_the_cli_gives() {
    let report = calculate(js_object(LOS_ANGELES), None);
    assert_eq!(get(&report, "ok"), JsValue::TRUE);
    let headline = get(&get(&report, "headline"), "text").as_string().unwrap();
    let from_text = calculate_json(LOS_ANGELES, None);
    assert!(from_text.contains(&headline), "the object and text paths agree");
    assert!(headline.starts_with("About one in three people arrested by ICE"), "{headline}");
}

#[wasm_bindgen_test]
fn the_language_argument_overrides_the_scenario() {
    let report = calculate(js_object(LOS_ANGELES), Some("es-MX".into()));
    let headline = get(&get(&report, "headline"), "text").as_string().unwrap();
    assert!(headline.contains("1.719 de 5.232 (32,9 por ciento)"), "{headline}");
}

#[wasm_bindgen_test]
fn errors_cross_as_objects_with_field_code_and_message() {
    let report = calculate(js_object(r#"{"stages":[{"total":"abc"}]}"#), None);
    assert_eq!(get(&report, "ok"), JsValue::FALSE);
    let first = Reflect::get_u32(&get(&report, "errors"), 0).unwrap();
    assert_eq!(get(&first, "field").as_string().as_deref(), Some("stages[0].total"));
    assert_eq!(get(&first, "code").as_string().as_deref(), Some("not_a_number"));
    assert!(get(&first, "message").as_string().unwrap().contains("is not a number"));
}

#[wasm_bindgen_test]
fn values_that_are_not_scenarios_are_error_reports_not_exceptions() {
    for value in [JsValue::UNDEFINED, JsValue::NULL, JsValue::from_f64(42.0), js_object(r#"{"stagez":[]}"#)] {
        let report = calculate(value, None);
        assert_eq!(get(&report, "ok"), JsValue::FALSE);
    }
}

#[wasm_bindgen_test]
fn csv_and_embed_code_come_from_the_core() {
    let csv = figures_csv(js_object(LOS_ANGELES), None).expect("a CSV for a good scenario");
    assert!(csv.starts_with("Stage,Figure,Number,Derived,"));
    assert!(figures_csv(js_object(r#"{"stages":[{"total":0}]}"#), None).is_none());
    let snippet = embed_snippet("https://example.org/x/embed.html#s=1", Some("en".into()));
    assert!(snippet.contains("title=\"Arrest breakdown calculator\""));
}
