//! Bad input: every problem is a typed error naming its field, with a message in the reader's
//! language; legitimate oddities are warnings, not errors.

mod common;
use arrest_breakdown::Lang;
use common::*;

/// (scenario, field, code) — one row per kind of mistake a reader makes.
const MISTAKES: &[(&str, &str, &str)] = &[
    (r#"{"stages":[{"total":"-5"}]}"#, "stages[0].total", "negative"),
    (r#"{"stages":[{"total":"many"}]}"#, "stages[0].total", "not_a_number"),
    (r#"{"stages":[{"total":"5.5"}]}"#, "stages[0].total", "fractional"),
    (r#"{"stages":[{"total":5.5}]}"#, "stages[0].total", "fractional"),
    (r#"{"stages":[{"total":""}]}"#, "stages[0].total", "empty"),
    (r#"{"stages":[{"total":"2000000000000000"}]}"#, "stages[0].total", "too_large"),
    (r#"{"stages":[{"total":0}]}"#, "stages[0].total", "zero_total"),
    (r#"{"stages":[{"total":100,"breakdown":{"criminal_history":150}}]}"#, "stages[0].breakdown.criminal_history", "part_exceeds_whole"),
    (r#"{"stages":[{"total":100,"breakdown":{"convicted":60,"pending":30,"no_record":20}}]}"#, "stages[0].breakdown.no_record", "parts_exceed_total"),
    (r#"{"stages":[{"total":100,"breakdown":{"criminal_history":50,"convicted":30,"pending":30}}]}"#, "stages[0].breakdown.criminal_history", "inconsistent"),
    (r#"{"stages":[{"total":100,"breakdown":{"criminal_history":50},"subgroups":[{"label":"gang","count":60,"parent":"criminal_history"}]}]}"#, "stages[0].subgroups[0].count", "part_exceeds_whole"),
    (r#"{"stages":[{"total":100,"places":[{"name":"A","count":60},{"name":"B","count":50}]}]}"#, "stages[0].places[1].count", "parts_exceed_total"),
    (r#"{"context":{"period":{"start":"2025-06-30","end":"2024-10-01"}},"stages":[{"total":100}]}"#, "context.period.end", "dates_out_of_order"),
    (r#"{"context":{"period":{"start":"2025-02-30"}},"stages":[{"total":100}]}"#, "context.period.start", "bad_date"),
    (r#"{"stages":[{"total":100,"subgroups":[{"label":" ","count":5}]}]}"#, "stages[0].subgroups[0].label", "empty_text"),
    (r#"{"context":{"place":""},"stages":[{"total":100}],"reference":{"population":{"count":1000,"label":""}}}"#, "reference.population.label", "empty_text"),
    // Convicted 10 inside a criminal history of 50 leaves 40 pending, more than the 20 not convicted.
    (r#"{"stages":[{"total":100,"breakdown":{"convicted":10,"criminal_history":50,"not_convicted":20}}]}"#, "stages[0].breakdown.criminal_history", "contradictory"),
    // 30 with a history leaves 70 with none, more than the 20 not convicted.
    (r#"{"stages":[{"total":100,"breakdown":{"criminal_history":30,"not_convicted":20}}]}"#, "stages[0].breakdown.criminal_history", "contradictory"),
    // A half-filled pair gets its message beside the empty box.
    (r#"{"stages":[{"total":100}],"reference":{"comparison":{"count":90}}}"#, "reference.comparison.label", "empty_text"),
    (r#"{"stages":[]}"#, "", "no_stages"),
    (r#"{"stages":[{"total":100}"#, "", "invalid_json"),
    (r#"{"version":2,"stages":[{"total":100}]}"#, "", "unsupported_version"),
];

#[test]
fn each_mistake_gets_its_field_and_code() {
    for &(json, field, code) in MISTAKES {
        let e = errors(json, Lang::En);
        assert!(!e.ok);
        assert!(
            e.errors.iter().any(|m| m.field == field && m.code == code),
            "{json}: expected {field} {code}, got {:?}",
            e.errors
        );
    }
}

#[test]
fn every_message_is_written_in_both_languages() {
    for &(json, ..) in MISTAKES {
        let en = errors(json, Lang::En);
        let es = errors(json, Lang::Es);
        for (a, b) in en.errors.iter().zip(&es.errors) {
            assert!(!a.message.is_empty() && !b.message.is_empty());
            if a.code != "invalid_json" {
                assert_ne!(a.message, b.message, "{json}: not translated");
            }
        }
    }
}

#[test]
fn messages_say_why_in_words_a_reader_understands() {
    let e = errors(r#"{"stages":[{"total":"5.232"}]}"#, Lang::En);
    assert!(e.errors[0].message.contains("not a whole number"), "{}", e.errors[0].message);
    let e = errors(r#"{"lang":"es","stages":[{"total":"-3"}]}"#, Lang::Es);
    assert_eq!(e.errors[0].message, "Un número de personas no puede ser negativo.");
    let e = errors(r#"{"stages":[{"total":100,"breakdown":{"criminal_history":150}}]}"#, Lang::En);
    assert_eq!(e.errors[0].message, "150 is more than the total (100): a part cannot be larger than its whole.");
}

#[test]
fn places_past_the_total_are_flagged_once_where_it_happens() {
    let e = errors(r#"{"stages":[{"total":100,"places":[{"name":"A","count":60},{"name":"B","count":50},{"name":"C","count":5}]}]}"#, Lang::En);
    let fields: Vec<&str> = e.errors.iter().map(|m| m.field.as_str()).collect();
    assert_eq!(fields, ["stages[0].places[1].count"]);
}

#[test]
fn every_problem_is_reported_at_once() {
    let e = errors(r#"{"stages":[{"total":"abc"},{"total":"-1"}]}"#, Lang::En);
    let fields: Vec<&str> = e.errors.iter().map(|m| m.field.as_str()).collect();
    assert_eq!(fields, ["stages[0].total", "stages[1].total"]);
}

#[test]
fn more_deportations_than_arrests_is_a_warning_not_an_error() {
    let r = report(r#"{"stages":[{"kind":"arrests","total":100},{"kind":"deportations","total":150}]}"#, Lang::En);
    assert!(r.warnings.iter().any(|w| w.code == "later_stage_larger" && w.field == "stages[1].total"));
}

#[test]
fn a_small_base_is_a_warning_and_a_caveat() {
    let r = report(r#"{"stages":[{"total":12,"breakdown":{"convicted":5}}]}"#, Lang::En);
    assert!(r.warnings.iter().any(|w| w.code == "small_base"));
    assert!(r.caveats.iter().any(|c| c.code == Some("small_base")));
}

#[test]
fn an_oversize_scenario_is_refused_before_it_is_read() {
    let huge = format!(r#"{{"stages":[{{"total":10}}],"context":{{"place":"{}"}}}}"#, "x".repeat(300 * 1024));
    let e = errors(&huge, Lang::Es);
    assert_eq!(e.errors[0].code, "scenario_too_large");
    assert_eq!(e.errors[0].message, "El escenario es demasiado grande para leerlo: el límite es de 256 KB.");
}

#[test]
fn hostile_text_is_refused_when_too_long_and_links_only_when_plain_web_addresses() {
    let long = "x".repeat(10_000);
    let json = format!(r#"{{"context":{{"place":"{long}"}},"stages":[{{"total":10}}]}}"#);
    assert!(errors(&json, Lang::En).errors.iter().any(|m| m.code == "text_too_long"));
    let json = r#"{"context":{"source":{"text":"memo","url":"javascript:alert(1)"}},"stages":[{"total":10}]}"#;
    let r = report(json, Lang::En);
    assert_eq!(r.source.as_ref().and_then(|s| s.url.clone()), None);
}
