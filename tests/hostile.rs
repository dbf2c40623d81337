//! Hostile text in every text field: the core passes it on as data, never as markup. The HTML
//! fragment escapes it, the CSV defuses formulas, and links are only plain web addresses.
//! (tests/browser/injection.test.mjs puts the same corpus through the widget.)

mod common;
use arrest_breakdown::{calculate_json, csv, html, Lang, Outcome};
use serde_json::{json, Value};

fn corpus() -> Vec<String> {
    let text = std::fs::read_to_string(format!("{}/tests/data/hostile.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let v: Value = serde_json::from_str(&text).unwrap();
    v["payloads"].as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_string()).collect()
}

/// A scenario with `text` in every text field.
fn everywhere(text: &str) -> String {
    json!({
        "context": {
            "place": text, "agency": text,
            "period": {"label": text},
            "source": {"text": text, "url": text}
        },
        "stages": [{
            "verb": text, "kind": "custom", "total": 100,
            "breakdown": {"criminal_history": 60},
            "subgroups": [{"label": text, "count": 5, "parent": "criminal_history"}],
            "places": [{"name": text, "count": 40}]
        }],
        "reference": {"population": {"count": 1000, "label": text}, "comparison": {"count": 90, "label": text}}
    })
    .to_string()
}

#[test]
fn the_corpus_has_at_least_fifty_payloads() {
    assert!(corpus().len() >= 50);
}

#[test]
fn hostile_text_is_data_everywhere() {
    for payload in corpus() {
        for lang in [Lang::En, Lang::Es] {
            let outcome = calculate_json(&everywhere(&payload), Some(lang));
            let json: Value = serde_json::from_str(&outcome.to_json()).expect("always JSON");
            let Outcome::Report(r) = outcome else {
                // Refused (blank once trimmed, say): with a message, never silently.
                assert!(!json["errors"].as_array().unwrap().is_empty(), "{payload:?}");
                continue;
            };
            let fragment = html::fragment(&r);
            for tag in ["<script", "<img", "<svg", "<iframe", "<object", "<embed", "<math", "<a href=\"javascript", "<style", "<link", "<meta", "<base", "<form", "<input", "<video", "<audio", "<body", "<details", "<x "] {
                assert!(!fragment.to_lowercase().contains(tag), "{payload:?} left {tag} in the HTML");
            }
            assert!(!fragment.contains("href=\"javascript") && !fragment.contains("href=\"data:"), "{payload:?}");
            assert_eq!(r.source.as_ref().and_then(|s| s.url.clone()), None, "{payload:?} became a link");
            for line in csv::figures(&r).split("\r\n") {
                for cell in line.split(',') {
                    let c = cell.trim_start_matches('"');
                    assert!(!c.starts_with(['=', '+', '@']), "{payload:?} left a formula: {cell}");
                }
            }
        }
    }
}

#[test]
fn a_megabyte_of_text_is_refused_with_a_message() {
    let big = "A".repeat(1024 * 1024);
    let e = common::errors(&everywhere(&big), Lang::En);
    assert_eq!(e.errors[0].code, "scenario_too_large");
    let e = common::errors(&json!({"stages": [{"total": 10, "subgroups": [{"label": "x".repeat(600), "count": 1}]}]}).to_string(), Lang::En);
    assert_eq!(e.errors[0].code, "text_too_long");
}

/// Pasted rows (src/paste.rs): hostile text in every cell comes back as data, JSON that reads,
/// with the text kept as typed, and nothing panics on any clipboard.
#[test]
fn hostile_cells_are_pasted_as_text() {
    use arrest_breakdown::paste::{paste, PasteInto};
    for text in corpus() {
        for into in [PasteInto::Places, PasteInto::Subgroups, PasteInto::Stage] {
            let clipboard = format!("{text}\t12\n\"{}\"\t{text}\n{text}", text.replace('"', "\"\""));
            let p = paste(&clipboard, into, Lang::En);
            let json: Value = serde_json::from_str(&p.to_json()).unwrap_or_else(|e| panic!("{e}: {}", p.to_json()));
            let names: Vec<&str> = json["places"].as_array().or(json["subgroups"].as_array()).into_iter().flatten()
                .filter_map(|r| r["name"].as_str().or(r["label"].as_str()))
                .collect();
            if text.chars().count() <= 500 && !text.trim().is_empty() && !text.contains(['\t', '\n', '\r', '"', ';', ',']) {
                assert!(names.contains(&text.trim()), "{text:?} not kept: {names:?}");
            }
        }
    }
}

proptest::proptest! {
    #[test]
    fn any_clipboard_pastes_without_panicking(text in "(?s).{0,300}", comma in proptest::bool::ANY) {
        use arrest_breakdown::paste::{paste, PasteInto};
        let text = if comma { text.replace('\t', ",") } else { text };
        for into in [PasteInto::Places, PasteInto::Subgroups, PasteInto::Stage] {
            let p = paste(&text, into, Lang::Es);
            let _: Value = serde_json::from_str(&p.to_json()).unwrap();
            proptest::prop_assert!(p.places.len() <= 60 && p.subgroups.len() <= 30);
        }
    }
}
