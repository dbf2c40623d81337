//! The tools' wasm boundary (feature `tools`: www/pkg-tools/), run in headless Chromium by
//! wasm-bindgen-test (./build.sh test does it): the exercise set and the checker, the lesson,
//! pasted rows and the element's embed code, JSON text in and out, the same as the Rust API's,
//! byte for byte; the worksheet; errors as reports.
#![cfg(all(target_arch = "wasm32", feature = "tools"))]

use arrest_breakdown::wasm::{check_answer, element_snippet, exercises, lesson, paste_rows, worksheet};
use arrest_breakdown::{check_answer_json, exercises_json, Lang};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const LOS_ANGELES: &str = include_str!("../examples/los-angeles.json");

#[wasm_bindgen_test]
fn the_set_and_a_check_are_the_rust_apis() {
    assert_eq!(exercises(LOS_ANGELES, "es"), exercises_json(LOS_ANGELES, Some(Lang::Es)).to_json());
    let check = check_answer(LOS_ANGELES, "es", "missing.arrests", "1.719");
    assert_eq!(check, check_answer_json(LOS_ANGELES, Some(Lang::Es), "missing.arrests", "1.719").to_json());
    assert!(check.contains("\"correct\":true") && check.contains("Correcto: 1.719."), "{check}");
}

#[wasm_bindgen_test]
fn a_bad_scenario_gives_its_errors_and_no_worksheet() {
    let bad = r#"{"stages":[{"total":"abc"}]}"#;
    assert!(exercises(bad, "en").contains("\"ok\":false"));
    assert!(check_answer(bad, "en", "share.arrests", "1").contains("\"ok\":false"));
    assert!(worksheet(bad, "en").is_none());
    assert!(worksheet(LOS_ANGELES, "en").is_some_and(|html| html.contains("break-before:page")));
}

#[wasm_bindgen_test]
fn the_lesson_pasted_rows_and_the_element_code_are_the_rust_apis() {
    let l = lesson(LOS_ANGELES, "");
    assert_eq!(l, arrest_breakdown::lesson::lesson_json(LOS_ANGELES, None).to_json());
    assert!(l.contains("\"steps\":["), "{l}");
    let pasted = paste_rows("Place\tArrests\nPhiladelphia\t107\nBaltimore\t28\n", "stage", "en", "");
    let expected = arrest_breakdown::paste::paste("Place\tArrests\nPhiladelphia\t107\nBaltimore\t28\n", arrest_breakdown::paste::PasteInto::Stage, Lang::En);
    assert_eq!(pasted, expected.to_json());
    assert!(pasted.contains("\"total\":135"), "{pasted}");
    let code = element_snippet("https://example.org/build/arrest-breakdown.js", LOS_ANGELES, "es", "lesson");
    assert!(code.contains("<arrest-breakdown") && code.contains("mode=\"lesson\""), "{code}");
}
