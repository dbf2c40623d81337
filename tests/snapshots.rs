//! A snapshot of everything the core says for every scenario the project ships — the examples,
//! the test scenarios and the presets — and for a few that fail, in both languages: the
//! headline, every sentence, the key sentences, the caveats, the working, the warnings or the
//! errors, and the table as CSV. Any change to the wording shows here as a reviewable diff
//! (`cargo insta review`, or `INSTA_UPDATE=always cargo test --test snapshots` to accept).

use arrest_breakdown::{calculate_json, csv, Lang, Outcome};
use std::fmt::Write;

/// Everything a reader could see for one scenario, as plain text.
fn said(json: &str, lang: Lang) -> String {
    let mut out = String::new();
    match calculate_json(json, Some(lang)) {
        Outcome::Report(r) => {
            let _ = writeln!(out, "# headline\n{}", r.headline.text);
            let _ = writeln!(out, "\n# details");
            for s in &r.details {
                let _ = writeln!(out, "[{:?}] {}", s.kind, s.text);
            }
            let _ = writeln!(out, "\n# key");
            for k in &r.key {
                let _ = writeln!(out, "{:?}", k);
            }
            let _ = writeln!(out, "\n# caveats");
            for s in &r.caveats {
                let _ = writeln!(out, "[{}] {}", s.code.unwrap_or(""), s.text);
            }
            let _ = writeln!(out, "\n# working");
            for block in r.working.iter().flatten() {
                let _ = writeln!(out, "{} ({})", block.title, block.figure);
                for step in &block.steps {
                    let _ = writeln!(out, "  {step}");
                }
            }
            let _ = writeln!(out, "\n# warnings");
            for w in &r.warnings {
                let _ = writeln!(out, "{}: {} — {}", w.field, w.code, w.message);
            }
            let _ = writeln!(out, "\n# table\n{}", csv::figures(&r));
        }
        Outcome::Errors(e) => {
            let _ = writeln!(out, "# errors");
            for m in &e.errors {
                let _ = writeln!(out, "{}: {} — {}", m.field, m.code, m.message);
            }
            let _ = writeln!(out, "\n# warnings");
            for w in &e.warnings {
                let _ = writeln!(out, "{}: {} — {}", w.field, w.code, w.message);
            }
        }
    }
    out
}

#[test]
fn every_shipped_scenario_in_both_languages() {
    insta::glob!("..", "{examples,tests/scenarios,www/presets}/*.json", |path| {
        let json = std::fs::read_to_string(path).unwrap();
        for lang in Lang::ALL {
            insta::assert_snapshot!(format!("{}", lang.code()), said(&json, lang));
        }
    });
}

#[test]
fn scenarios_that_fail_in_both_languages() {
    let cases = [
        ("not-a-number", r#"{"stages":[{"total":"abc"}]}"#),
        ("part-exceeds-whole", r#"{"stages":[{"total":"100","breakdown":{"convicted":"200"}}]}"#),
        ("no-stages", r#"{"stages":[]}"#),
        ("unknown-field", r#"{"stages":[{"total":5,"misspelt":1}]}"#),
        ("bad-dates", r#"{"context":{"period":{"start":"2025-06-30","end":"2025-01-01"}},"stages":[{"total":"10"}]}"#),
        ("small-base", r#"{"stages":[{"total":"7","breakdown":{"no_record":"1"}}]}"#),
    ];
    for (name, json) in cases {
        for lang in Lang::ALL {
            insta::assert_snapshot!(format!("{name}-{}", lang.code()), said(json, lang));
        }
    }
}
