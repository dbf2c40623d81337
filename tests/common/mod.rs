//! Helpers shared by the integration tests.
#![allow(dead_code)]

use arrest_breakdown::report::{ErrorReport, Figure, Report};
use arrest_breakdown::{calculate_json, Lang, Outcome};

pub fn scenario_text(name: &str) -> String {
    let path = format!("{}/tests/scenarios/{name}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

pub fn report(json: &str, lang: Lang) -> Report {
    match calculate_json(json, Some(lang)) {
        Outcome::Report(r) => *r,
        Outcome::Errors(e) => panic!("expected a report, got errors: {:?}", e.errors),
    }
}

pub fn errors(json: &str, lang: Lang) -> ErrorReport {
    match calculate_json(json, Some(lang)) {
        Outcome::Errors(e) => e,
        Outcome::Report(r) => panic!("expected errors, got a report: {}", r.headline.text),
    }
}

pub fn figure<'a>(r: &'a Report, id: &str) -> &'a Figure {
    r.figures
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("no figure {id}; have {:?}", r.figures.iter().map(|f| &f.id).collect::<Vec<_>>()))
}

/// Every sentence of a report, headline first.
pub fn all_text(r: &Report) -> Vec<&str> {
    std::iter::once(&r.headline).chain(&r.details).chain(&r.caveats).map(|s| s.text.as_str()).collect()
}

pub fn has_sentence(r: &Report, needle: &str) -> bool {
    all_text(r).iter().any(|s| s.contains(needle))
}
