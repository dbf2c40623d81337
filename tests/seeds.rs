//! The figures from the reporting this tool comes from (../shared/seeds/), each expected number
//! worked out by hand in the comment beside it — never copied from the program's output.

mod common;
use arrest_breakdown::Lang;
use common::*;

/// (figure id, count, derived, tenths of a percent of the stage, worked by hand)
const LOS_ANGELES: &[(&str, u64, bool, u64)] = &[
    // 3,513 ÷ 5,232 = 0.67144… → 67.1%
    ("arrests.criminal_history", 3513, false, 671),
    // 5,232 − 3,513 = 1,719; 1,719 ÷ 5,232 = 0.32855… → 32.9%
    ("arrests.no_record", 1719, true, 329),
    // 350 ÷ 5,232 = 0.06689… → 6.7%
    ("arrests.subgroup.0", 350, false, 67),
    // 43 ÷ 5,232 = 0.00821… → 0.8%
    ("arrests.subgroup.1", 43, false, 8),
    // 2,069 ÷ 3,257 = 0.63524… → 63.5%
    ("deportations.criminal_history", 2069, false, 635),
    // 3,257 − 2,069 = 1,188; 1,188 ÷ 3,257 = 0.36475… → 36.5%
    ("deportations.no_record", 1188, true, 365),
    // 185 ÷ 3,257 = 0.05680… → 5.7%
    ("deportations.subgroup.0", 185, false, 57),
    // 18 ÷ 3,257 = 0.00552… → 0.6%
    ("deportations.subgroup.1", 18, false, 6),
];

#[test]
fn los_angeles_counts_and_shares_of_each_stage() {
    let r = report(&scenario_text("los-angeles"), Lang::En);
    for &(id, count, derived, tenths) in LOS_ANGELES {
        let f = figure(&r, id);
        assert_eq!(f.count, count, "{id} count");
        assert_eq!(f.derived, derived, "{id} derived");
        assert_eq!(f.of_total.as_ref().map(|s| s.tenths), Some(tenths), "{id} share");
    }
}

#[test]
fn los_angeles_subgroups_as_shares_of_those_with_a_criminal_history() {
    let r = report(&scenario_text("los-angeles"), Lang::En);
    // 350 ÷ 3,513 = 0.09963 → 10.0%; 43 ÷ 3,513 = 0.01224 → 1.2%
    // 185 ÷ 2,069 = 0.08941 → 8.9%; 18 ÷ 2,069 = 0.00870 → 0.9%
    for (id, tenths) in [("arrests.subgroup.0", 100), ("arrests.subgroup.1", 12), ("deportations.subgroup.0", 89), ("deportations.subgroup.1", 9)] {
        assert_eq!(figure(&r, id).of_parent.as_ref().map(|s| s.tenths), Some(tenths), "{id}");
    }
}

#[test]
fn los_angeles_icon_arrays_add_up_to_100_and_10() {
    let r = report(&scenario_text("los-angeles"), Lang::En);
    // 67.14 → 67 and 32.86 → 33 of 100; 6.71 → 7 and 3.29 → 3 of 10.
    let ch = figure(&r, "arrests.criminal_history").of_total.clone().unwrap();
    let none = figure(&r, "arrests.no_record").of_total.clone().unwrap();
    assert_eq!((ch.per_100, none.per_100), (67, 33));
    assert_eq!((ch.per_10, none.per_10), (7, 3));
}

#[test]
fn los_angeles_headline_in_english() {
    let r = report(&scenario_text("los-angeles"), Lang::En);
    // 32.86% is 0.48 points under one in three (33.33%): within the narrow band, so "about".
    assert_eq!(
        r.headline.text,
        "About one in three people arrested by ICE in the Los Angeles area from October to June had no criminal history: 1,719 of 5,232 (32.9 percent)."
    );
}

#[test]
fn los_angeles_headline_in_spanish() {
    let r = report(&scenario_text("los-angeles"), Lang::Es);
    assert_eq!(
        r.headline.text,
        "Alrededor de una de cada tres personas arrestadas por ICE en el área de Los Ángeles de octubre a junio no tenía antecedentes penales: 1.719 de 5.232 (32,9 por ciento)."
    );
}

#[test]
fn deportations_with_no_criminal_history_are_more_than_one_in_three_never_one_in_three() {
    // 1,188 ÷ 3,257 = 36.48%: 3.1 points above one in three, outside the "about" band.
    let en = report(&scenario_text("los-angeles"), Lang::En);
    assert!(has_sentence(&en, "More than one in three people deported by ICE"), "{:#?}", all_text(&en));
    assert!(!all_text(&en).iter().any(|s| s.starts_with("One in three people deported") || s.starts_with("About one in three people deported")));
    let es = report(&scenario_text("los-angeles"), Lang::Es);
    assert!(has_sentence(&es, "Más de una de cada tres personas deportadas"), "{:#?}", all_text(&es));
}

#[test]
fn los_angeles_compares_stages_per_100_and_in_points_with_a_caveat() {
    let en = report(&scenario_text("los-angeles"), Lang::En);
    // 3,257 ÷ 5,232 × 100 = 62.25 → 62.3
    assert!(has_sentence(&en, "For every 100 arrests, there were 62.3 deportations"));
    // 36.475% − 32.855% = 3.62 → 3.6 percentage points (never "percent")
    assert!(has_sentence(&en, "3.6 percentage points higher among deportations (36.5 percent) than among arrests (32.9 percent)"));
    assert!(en.caveats.iter().any(|c| c.code == Some("stages_not_same_people")));
    let es = report(&scenario_text("los-angeles"), Lang::Es);
    assert!(has_sentence(&es, "Por cada 100 arrestos hubo 62,3 deportaciones"));
    assert!(has_sentence(&es, "3,6 puntos porcentuales mayor"));
}

#[test]
fn los_angeles_rates_per_day_and_share_of_the_population() {
    let en = report(&scenario_text("los-angeles"), Lang::En);
    // Oct. 1, 2024, to June 30, 2025 = 273 days; 5,232 ÷ 273 = 19.16 → 19.2; 3,257 ÷ 273 = 11.93 → 11.9
    assert!(has_sentence(&en, "The 5,232 arrests average 19.2 a day over 273 days."));
    assert!(has_sentence(&en, "The 3,257 deportations average 11.9 a day over 273 days."));
    // 5,232 ÷ 480,869 = 1.088% → 1.1%; 480,869 ÷ 5,232 = 91.9 → 1 in 92
    assert!(has_sentence(&en, "equal 1.1 percent of the 480,869"));
    assert!(has_sentence(&en, "about 1 in 92"));
}

#[test]
fn criminal_history_is_never_worded_as_conviction() {
    for lang in [Lang::En, Lang::Es] {
        let r = report(&scenario_text("los-angeles"), lang);
        assert!(r.caveats.iter().any(|c| c.code == Some("history_is_not_conviction")));
        assert!(r.caveats.iter().any(|c| c.code == Some("derived")));
        for s in all_text(&r) {
            let lower = s.to_lowercase();
            assert!(!lower.contains("convicted of a crime") && !lower.contains("condenadas por"), "{s}");
        }
    }
}

#[test]
fn los_angeles_ratio_of_those_with_and_without_a_history() {
    // 3,513 ÷ 1,719 = 2.044: 2.2% above 2 to 1, inside the "about" band.
    let r = report(&scenario_text("los-angeles"), Lang::En);
    assert!(has_sentence(&r, "about 2 to 1 (3,513 to 1,719)"), "{:#?}", all_text(&r));
}

#[test]
fn safe_city_convicted_and_not_convicted() {
    let r = report(&scenario_text("operation-safe-city"), Lang::En);
    // 317 ÷ 498 = 0.63655 → 63.7%; 181 ÷ 498 = 0.36345 → 36.3%
    assert_eq!(figure(&r, "arrests.convicted").of_total.as_ref().unwrap().tenths, 637);
    assert_eq!(figure(&r, "arrests.not_convicted").of_total.as_ref().unwrap().tenths, 363);
    // 104 ÷ 181 = 0.57459 → 57.5% of those not convicted; 104 ÷ 498 = 0.20884 → 20.9% of all
    let prev = figure(&r, "arrests.subgroup.0");
    assert_eq!(prev.of_parent.as_ref().unwrap().tenths, 575);
    assert_eq!(prev.of_total.as_ref().unwrap().tenths, 209);
    // 18 ÷ 498 = 3.61% → 3.6%; 498 ÷ 18 = 27.7 → 1 in 28
    assert!(has_sentence(&r, "18 were alleged gang members or affiliates (3.6 percent), or about 1 in 28"), "{:#?}", all_text(&r));
    // "Not convicted" is not "no record": some may have pending charges.
    assert!(r.caveats.iter().any(|c| c.code == Some("not_convicted_is_not_no_record")));
    assert!(!has_sentence(&r, "no criminal record") || has_sentence(&r, "is not “no criminal record”"));
}

#[test]
fn safe_city_places_add_up_to_100_by_largest_remainder() {
    let r = report(&scenario_text("operation-safe-city"), Lang::En);
    // Tenths of a percent, 1000 × count ÷ 498, floors and remainders worked by hand:
    // Philadelphia 214.86, Los Angeles 202.81, Denver 126.51, Massachusetts 100.40, New York 90.36,
    // Portland 66.27, Cook 60.24, Baltimore 56.22, Santa Clara 54.22, Washington 28.11.
    // Floors add up to 996; the four largest remainders (.86, .81, .51, .40) get one more each.
    let expected = [
        ("arrests.place.0", 215), // Philadelphia
        ("arrests.place.1", 56),  // Baltimore
        ("arrests.place.2", 60),  // Cook County
        ("arrests.place.3", 127), // Denver
        ("arrests.place.4", 203), // Los Angeles
        ("arrests.place.5", 90),  // New York
        ("arrests.place.6", 66),  // Portland
        ("arrests.place.7", 54),  // Santa Clara
        ("arrests.place.8", 28),  // Washington
        ("arrests.place.9", 101), // Massachusetts: 10.04% alone, 10.1% so the parts make 100%
    ];
    let mut sum = 0;
    for (id, tenths) in expected {
        let t = figure(&r, id).of_total.as_ref().unwrap().tenths;
        assert_eq!(t, tenths, "{id}");
        sum += t;
    }
    assert_eq!(sum, 1000);
    assert!(has_sentence(&r, "Philadelphia, 107 (21.5 percent); Los Angeles, 101 (20.3 percent); and Denver, 63 (12.7 percent)"), "{:#?}", all_text(&r));
}

#[test]
fn spanish_reads_spanish_numbers() {
    // "5.232" is five thousand two hundred thirty-two in Spanish.
    let json = r#"{"lang":"es","stages":[{"total":"5.232","breakdown":{"criminal_history":"3.513"}}]}"#;
    let r = report(json, Lang::Es);
    assert_eq!(figure(&r, "arrests.no_record").count, 1719);
    assert!(r.headline.text.contains("1.719 de 5.232 (32,9 por ciento)"), "{}", r.headline.text);
}

#[test]
fn working_shows_the_derivation_and_the_division() {
    let r = report(&scenario_text("los-angeles"), Lang::En);
    let steps: Vec<&str> = r.working.iter().flatten().flat_map(|w| w.steps.iter().map(String::as_str)).collect();
    assert!(steps.contains(&"5,232 − 3,513 = 1,719 (derived)"), "{steps:#?}");
    assert!(steps.contains(&"1,719 ÷ 5,232 = 0.3286 → 32.9%"), "{steps:#?}");
    assert!(steps.iter().any(|s| s.starts_with("one in three = 33.3%; 32.9% is 0.5 points below")), "{steps:#?}");
    let es = report(&scenario_text("los-angeles"), Lang::Es);
    let steps: Vec<&str> = es.working.iter().flatten().flat_map(|w| w.steps.iter().map(String::as_str)).collect();
    assert!(steps.contains(&"5.232 − 3.513 = 1.719 (derivado)"), "{steps:#?}");
    assert!(steps.contains(&"1.719 ÷ 5.232 = 0,3286 → 32,9\u{a0}%"), "{steps:#?}");
}

#[test]
fn three_way_breakdown_derives_the_missing_part() {
    // ICE's three categories, one missing: 1,000 − 450 − 250 = 300 with no record.
    let json = r#"{"stages":[{"total":1000,"breakdown":{"convicted":450,"pending":250}}]}"#;
    let r = report(json, Lang::En);
    let none = figure(&r, "arrests.no_record");
    assert_eq!((none.count, none.derived), (300, true));
    assert!(has_sentence(&r, "450 (45.0 percent) had been convicted of a crime, 250 (25.0 percent) had pending criminal charges but no conviction and 300 (30.0 percent) had no criminal history"), "{:#?}", all_text(&r));
    // 30% is exactly three in 10.
    assert!(r.headline.text.starts_with("Three in 10 people"), "{}", r.headline.text);
}

#[test]
fn parts_that_fall_short_leave_some_not_accounted_for() {
    let json = r#"{"stages":[{"total":1000,"breakdown":{"convicted":400,"pending":200,"no_record":300}}]}"#;
    let r = report(json, Lang::En);
    let rest = figure(&r, "arrests.unaccounted");
    assert_eq!(rest.count, 100);
    assert!(r.caveats.iter().any(|c| c.code == Some("unaccounted") && c.text.contains("100 of the 1,000 are not accounted for")));
}

#[test]
fn charges_are_not_people() {
    let json = r#"{"stages":[{"total":"74,000","unit":"charges","breakdown":{"convicted":"50,000"}}]}"#;
    let r = report(json, Lang::En);
    assert!(r.caveats.iter().any(|c| c.code == Some("charges_not_people")));
    assert!(!all_text(&r).iter().any(|s| s.contains("people arrested had")), "{:#?}", all_text(&r));
}

#[test]
fn a_daily_goal_measured_against_an_observed_pace() {
    // 1,400 ÷ 3,000 = 0.4667 → 46.7% of the goal.
    let json = r#"{"stages":[{"total":"100,000"}],"reference":{"target":{"per_day":"3,000","observed_per_day":"1,400"}}}"#;
    let r = report(json, Lang::En);
    assert!(has_sentence(&r, "the pace is 46.7 percent of the goal of 3,000 a day"), "{:#?}", all_text(&r));
}

#[test]
fn a_comparison_period_gives_the_change_in_percent() {
    // (5,232 − 2,100) ÷ 2,100 = 1.4914 → an increase of 149.1 percent.
    let json = r#"{"stages":[{"total":5232}],"reference":{"comparison":{"count":2100,"label":"the same months a year earlier"}}}"#;
    let r = report(json, Lang::En);
    assert!(has_sentence(&r, "compare with 2,100 in the same months a year earlier, an increase of 149.1 percent"), "{:#?}", all_text(&r));
}
