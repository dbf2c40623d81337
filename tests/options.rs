//! Leaving the working and the table out: the same report without them, and JSON without
//! their fields.

mod common;

use arrest_breakdown::{calculate_json, calculate_json_with, Lang, Options, Outcome};
use serde_json::Value;

fn report(text: &str, lang: Lang, options: &Options) -> arrest_breakdown::report::Report {
    match calculate_json_with(text, Some(lang), options) {
        Outcome::Report(r) => *r,
        Outcome::Errors(e) => panic!("expected a report, got errors: {:?}", e.errors),
    }
}

#[test]
fn without_the_working_the_rest_is_the_same() {
    let short = Options::SENTENCES;
    for name in ["los-angeles", "operation-safe-city"] {
        let text = common::scenario_text(name);
        for lang in [Lang::En, Lang::Es] {
            let full = report(&text, lang, &Options::default());
            let sentences = report(&text, lang, &short);
            assert!(full.working.as_ref().is_some_and(|w| !w.is_empty()));
            assert!(sentences.working.is_none());
            assert!(full.table.as_ref().is_some_and(|t| !t.sections.is_empty()));
            assert!(sentences.table.is_none());
            assert_eq!(sentences, arrest_breakdown::report::Report { working: None, table: None, ..full.clone() });
            // Each part alone: asking for one leaves the other out and changes nothing else.
            let table_only = report(&text, lang, &Options { working: false, table: true });
            assert_eq!(table_only, arrest_breakdown::report::Report { working: None, ..full.clone() });
            let working_only = report(&text, lang, &Options { working: true, table: false });
            assert_eq!(working_only, arrest_breakdown::report::Report { table: None, ..full });
        }
    }
}

#[test]
fn without_the_working_the_json_has_no_working_field() {
    let text = common::scenario_text("los-angeles");
    let full: Value = serde_json::from_str(&calculate_json(&text, None).to_json()).unwrap();
    let short_text = calculate_json_with(&text, None, &Options::SENTENCES).to_json();
    let mut short: Value = serde_json::from_str(&short_text).unwrap();
    assert!(short.get("working").is_none(), "{short_text}");
    assert!(short.get("table").is_none(), "{short_text}");
    short["working"] = full["working"].clone();
    short["table"] = full["table"].clone();
    assert_eq!(short, full);
}

#[test]
fn an_empty_working_is_still_given_when_asked_for() {
    // A stage with nothing to work out: the field is there, empty, as before.
    let text = r#"{"stages":[{"total":120}]}"#;
    let full = calculate_json(text, None).to_json();
    assert!(full.contains(r#""working":[]"#), "{full}");
    let short = calculate_json_with(text, None, &Options::SENTENCES).to_json();
    let short: Value = serde_json::from_str(&short).unwrap();
    assert!(short.get("working").is_none(), "{short}");
}

#[test]
fn errors_are_the_same_either_way() {
    let text = r#"{"stages":[{"total":"five"}]}"#;
    assert_eq!(calculate_json(text, None), calculate_json_with(text, None, &Options::SENTENCES));
}

#[test]
fn without_the_table_the_csv_and_html_have_no_rows() {
    use arrest_breakdown::{csv, html};
    let text = common::scenario_text("los-angeles");
    let full = report(&text, Lang::En, &Options::default());
    let short = report(&text, Lang::En, &Options::SENTENCES);
    assert!(csv::figures(&full).lines().count() > 10);
    // The header row alone: nothing is invented when the table was not made.
    assert_eq!(csv::figures(&short).lines().count(), 1);
    assert!(html::fragment(&full).contains("<table"));
    assert!(!html::fragment(&short).contains("<table"));
}
