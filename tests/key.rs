//! The key sentences a compact card shows beside the headline (src/key.rs): which, in which
//! order, for every preset and for the edges — one stage with no breakdown, charges, a single
//! stage with nothing to say beyond its headline.

use arrest_breakdown::report::{KeySentence, Report};
use arrest_breakdown::{calculate_json, Lang, Outcome};

fn report(json: &str, lang: Lang) -> Report {
    match calculate_json(json, Some(lang)) {
        Outcome::Report(r) => *r,
        Outcome::Errors(e) => panic!("{:?}", e.errors),
    }
}

fn preset(name: &str) -> String {
    std::fs::read_to_string(format!("{}/www/presets/{name}.json", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// The key sentences as (kind or caveat code, start of the text).
fn key(r: &Report) -> Vec<(String, String)> {
    r.key
        .iter()
        .map(|k| {
            let s = k.in_report(r).expect("a key sentence exists");
            let what = s.code.map_or_else(|| format!("{:?}", s.kind).to_lowercase(), str::to_string);
            (what, s.text.chars().take(40).collect())
        })
        .collect()
}

fn kinds(r: &Report) -> Vec<String> {
    key(r).into_iter().map(|(k, _)| k).collect()
}

#[test]
fn los_angeles_leads_with_the_breakdown_the_conviction_caveat_and_the_deportations() {
    let r = report(&preset("los-angeles"), Lang::En);
    assert_eq!(r.key, [KeySentence::Detail(0), KeySentence::Caveat(2), KeySentence::Detail(5)]);
    assert_eq!(
        key(&r),
        [
            ("breakdown".into(), "Of the 5,232 people arrested by ICE in t".into()),
            ("history_is_not_conviction".into(), "“Criminal history” counts pending crimin".into()),
            ("lead".into(), "More than one in three people deported b".into()),
        ]
    );
    // The same choice in Spanish: it is about what is said, not how.
    assert_eq!(report(&preset("los-angeles"), Lang::Es).key, r.key);
}

#[test]
fn the_four_day_operation_has_no_second_stage_so_a_group_takes_its_place() {
    let r = report(&preset("operation-safe-city"), Lang::En);
    assert_eq!(kinds(&r), ["breakdown", "not_convicted_is_not_no_record", "subgroup"]);
    assert!(key(&r)[2].1.starts_with("Among the 181 people with no criminal"));
}

#[test]
fn with_no_breakdown_the_goal_leads_then_the_caveat_then_the_next_stage() {
    let r = report(&preset("national"), Lang::En);
    assert_eq!(kinds(&r), ["target", "stages_not_same_people", "lead"]);
}

#[test]
fn the_edges() {
    // A total alone: nothing beyond the headline, so no key sentences (not an error).
    assert!(report(r#"{"stages":[{"total":"500"}]}"#, Lang::En).key.is_empty());
    // Charges: that they are not people is the caveat that matters most.
    let charges = report(r#"{"stages":[{"total":"500","unit":"charges","breakdown":{"criminal_history":"200"}}]}"#, Lang::En);
    assert_eq!(kinds(&charges), ["breakdown", "charges_not_people"]);
    // Two stages, no breakdown: a daily rate stands in for the breakdown, the lead stays last.
    let stages = report(
        r#"{"context":{"period":{"start":"2025-01-01","end":"2025-01-31"}},"stages":[{"total":"500"},{"kind":"deportations","total":"300"}]}"#,
        Lang::Es,
    );
    assert_eq!(kinds(&stages), ["rate", "stages_not_same_people", "lead"]);
}

#[test]
fn every_key_is_in_the_report_and_at_most_three() {
    let root = env!("CARGO_MANIFEST_DIR");
    for dir in ["examples", "tests/scenarios", "www/presets"] {
        for entry in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().and_then(|e| e.to_str()) != Some("json") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for lang in Lang::ALL {
                if let Outcome::Report(r) = calculate_json(&text, Some(lang)) {
                    assert!(r.key.len() <= 3, "{path:?}");
                    assert!(r.key.iter().all(|k| k.in_report(&r).is_some()), "{path:?}");
                    let mut seen = r.key.clone();
                    seen.dedup();
                    assert_eq!(seen.len(), r.key.len(), "{path:?}: no sentence twice");
                }
            }
        }
    }
}
