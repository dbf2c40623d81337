//! Sentences at the edges: a share stated alone is rounded alone, nothing non-zero reads as
//! zero, charges are never called people, and Spanish agrees with its subject.

mod common;
use arrest_breakdown::{calculate_json, Lang, Outcome};
use common::*;

#[test]
fn a_share_stated_alone_is_rounded_alone() {
    // 1,000 of 3,000 is 33.33…%: 33.3 alone, though the three equal parts are shown as
    // 33.4 + 33.3 + 33.3 in the breakdown so that they add up to 100.
    let json = r#"{"focus":"convicted","stages":[{"total":3000,"breakdown":{"convicted":1000,"pending":1000,"no_record":1000}}]}"#;
    let r = report(json, Lang::En);
    assert_eq!(r.headline.text, "One in three people arrested had been convicted of a crime: 1,000 of 3,000 (33.3 percent).");
    assert!(has_sentence(&r, "1,000 (33.4 percent) had been convicted of a crime, 1,000 (33.3 percent)"), "{:#?}", all_text(&r));
}

#[test]
fn percentage_points_are_the_difference_of_the_percentages_shown() {
    // 201 ÷ 2,000 = 10.05% → 10.1 (half up); 402 ÷ 2,000 = 20.1%; 20.1 − 10.1 = 10.0 points.
    let json = r#"{"stages":[{"kind":"arrests","total":2000,"breakdown":{"no_record":201}},{"kind":"deportations","total":2000,"breakdown":{"no_record":402}}]}"#;
    let r = report(json, Lang::En);
    assert!(has_sentence(&r, "10.0 percentage points higher among deportations (20.1 percent) than among arrests (10.1 percent)"), "{:#?}", all_text(&r));
}

#[test]
fn when_no_one_is_in_the_focus_group_the_headline_says_who_all_were() {
    let json = r#"{"stages":[{"total":100,"breakdown":{"convicted":60,"pending":40,"no_record":0}}]}"#;
    let r = report(json, Lang::En);
    assert_eq!(r.headline.text, "All 100 people arrested had a criminal history.");
}

#[test]
fn nothing_that_happened_reads_as_zero() {
    // 1 deportation per 5,000 arrests is 0.02 per 100: "less than 0.1", never "0".
    let json = r#"{"stages":[{"kind":"arrests","total":5000},{"kind":"deportations","total":1}]}"#;
    let r = report(json, Lang::En);
    assert!(has_sentence(&r, "For every 100 arrests, there were less than 0.1 deportations"), "{:#?}", all_text(&r));
}

#[test]
fn a_count_larger_than_the_population_is_not_shown_as_100_percent() {
    // 600 ÷ 500 = 120.0%.
    let json = r#"{"stages":[{"total":600}],"reference":{"population":{"count":500,"label":"residents"}}}"#;
    let r = report(json, Lang::En);
    assert!(has_sentence(&r, "The 600 arrests equal 120.0 percent of the 500 residents."), "{:#?}", all_text(&r));
}

#[test]
fn charges_are_counted_as_charges() {
    let json = r#"{"stages":[{"total":900,"unit":"charges"}]}"#;
    let en = report(json, Lang::En);
    assert_eq!(en.headline.text, "In all, 900 charges were recorded against people arrested.");
    let es = report(json, Lang::Es);
    assert_eq!(es.headline.text, "En total, se registraron 900 cargos contra personas arrestadas.");
}

#[test]
fn spanish_takes_a_plural_verb_after_two_or_more_of_each() {
    // 60 of 100 is exactly three in five: "tres de cada cinco personas … no tenían".
    let json = r#"{"stages":[{"total":100,"breakdown":{"no_record":60}}]}"#;
    let r = report(json, Lang::Es);
    assert!(r.headline.text.starts_with("Tres de cada cinco personas arrestadas no tenían antecedentes penales"), "{}", r.headline.text);
    // …and a singular one after "una de cada".
    let r = report(r#"{"stages":[{"total":300,"breakdown":{"no_record":100}}]}"#, Lang::Es);
    assert!(r.headline.text.starts_with("Una de cada tres personas arrestadas no tenía"), "{}", r.headline.text);
}

#[test]
fn groups_about_equal_in_size_are_not_said_to_outnumber_each_other() {
    let json = r#"{"stages":[{"total":201,"breakdown":{"criminal_history":101}}]}"#;
    let r = report(json, Lang::En);
    assert!(has_sentence(&r, "were about equal in number (101 and 100)"), "{:#?}", all_text(&r));
    assert!(!has_sentence(&r, "outnumbered"));
}

#[test]
fn no_ratio_when_part_of_the_whole_is_not_accounted_for() {
    let json = r#"{"stages":[{"total":100,"breakdown":{"convicted":10,"not_convicted":20}}]}"#;
    let r = report(json, Lang::En);
    assert!(!has_sentence(&r, "outnumbered"), "{:#?}", all_text(&r));
    assert!(r.caveats.iter().any(|c| c.code == Some("unaccounted")));
}

#[test]
fn every_figure_a_sentence_cites_is_in_the_table() {
    for json in [
        scenario_text("los-angeles"),
        scenario_text("operation-safe-city"),
        r#"{"stages":[{"total":1000,"breakdown":{"convicted":450,"pending":250}}]}"#.to_string(),
    ] {
        let r = report(&json, Lang::En);
        for s in std::iter::once(&r.headline).chain(&r.details).chain(&r.caveats) {
            for id in &s.figures {
                assert!(r.figures.iter().any(|f| &f.id == id), "{id} cited by: {}", s.text);
            }
        }
    }
}

/// The small-base warning and caveat state one figure, by the one rounding rule, in percentage
/// points: a total of 7 moves a share by 14.3 points (1 ÷ 7 = 14.29 → 14.3), in both.
#[test]
fn the_small_base_warning_and_caveat_agree() {
    for (total, en, es) in [(7, "14.3", "14,3"), (3, "33.3", "33,3"), (29, "3.4", "3,4"), (6, "16.7", "16,7")] {
        for (lang, figure, points) in [(Lang::En, en, "percentage points"), (Lang::Es, es, "puntos porcentuales")] {
            let json = format!(r#"{{"stages":[{{"total":"{total}","breakdown":{{"no_record":"1"}}}}]}}"#);
            let Outcome::Report(r) = calculate_json(&json, Some(lang)) else { panic!("{json}") };
            let warning = r.warnings.iter().find(|w| w.code == "small_base").expect("a small-base warning");
            let caveat = r.caveats.iter().find(|c| c.code == Some("small_base")).expect("a small-base caveat");
            for text in [&warning.message, &caveat.text] {
                assert!(text.contains(&format!("{figure} {points}")), "{total} {lang:?}: {text}");
            }
        }
    }
}

/// Issue 10, the closest honest reading (docs/phrasing.md, "Which rung"), in sentences: 86
/// percent is "nearly nine in 10" (9/10 −4.4%), not "more than three in four" (3/4 +14.7%);
/// 36.5 percent stays "more than one in three" (1/3 +9.4% and 2/5 −8.8% are in the same step);
/// a ratio of 2.84 to 1 is "nearly 3 to 1" (−5.3%), not "more than 5 to 2" (+13.6%).
#[test]
fn the_closest_honest_reading_in_sentences() {
    let ninety = r#"{"focus":"criminal_history","stages":[{"kind":"deportations","total":100,"breakdown":{"criminal_history":86}}]}"#;
    let third = r#"{"stages":[{"kind":"deportations","total":3257,"breakdown":{"criminal_history":2069}}]}"#;
    let ratio = r#"{"stages":[{"total":384,"breakdown":{"criminal_history":284}}]}"#;
    let cases = [
        (ninety, Lang::En, "Nearly nine in 10 people deported had a criminal history: 86 of 100 (86.0 percent)."),
        (ninety, Lang::Es, "Casi nueve de cada diez personas deportadas tenían antecedentes penales: 86 de 100 (86,0 por ciento)."),
        (third, Lang::En, "More than one in three people deported had no criminal history: 1,188 of 3,257 (36.5 percent)."),
        (third, Lang::Es, "Más de una de cada tres personas deportadas no tenía antecedentes penales: 1.188 de 3.257 (36,5 por ciento)."),
    ];
    for (json, lang, headline) in cases {
        assert_eq!(report(json, lang).headline.text, headline);
    }
    let en = report(ratio, Lang::En);
    assert!(has_sentence(&en, "outnumbered those with no criminal history nearly 3 to 1 (284 to 100)."), "{:#?}", all_text(&en));
    let es = report(ratio, Lang::Es);
    assert!(has_sentence(&es, "en una proporción de casi 3 a 1 (284 frente a 100)."), "{:#?}", all_text(&es));
}
