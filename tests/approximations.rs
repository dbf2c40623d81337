//! Approximate and bounded figures (issue 10): each qualifier and share form, read, carried
//! through the arithmetic and worded, in both languages. Every expected sentence is written out
//! by hand, with its arithmetic beside it, never copied from the program's output.

mod common;
use arrest_breakdown::{CountKind, Lang};
use common::*;

/// 2025-01-21 to 2025-06-10, counting both days: 11 + 28 + 31 + 30 + 31 + 10 = 141.
const PERIOD: &str = r#""context":{"period":{"start":"2025-01-21","end":"2025-06-10"}}"#;

/// (scenario, language, a sentence the report must contain, exactly)
const SENTENCES: &[(&str, Lang, &str)] = &[
    // "more than 100,000": a lower bound stays one.
    (r#"{"stages":[{"total":"more than 100,000"}]}"#, Lang::En, "More than 100,000 people were arrested."),
    (r#"{"stages":[{"total":"más de 100.000"}]}"#, Lang::Es, "Más de 100.000 personas fueron arrestadas."),
    // Other qualifiers, as typed.
    (r#"{"stages":[{"total":"over 300"}]}"#, Lang::En, "More than 300 people were arrested."),
    (r#"{"stages":[{"total":"at least 25,000"}]}"#, Lang::En, "At least 25,000 people were arrested."),
    (r#"{"stages":[{"total":"al menos 25.000"}]}"#, Lang::Es, "Al menos 25.000 personas fueron arrestadas."),
    (r#"{"stages":[{"total":"almost 500"}]}"#, Lang::En, "Nearly 500 people were arrested."),
    (r#"{"stages":[{"total":"casi 500"}]}"#, Lang::Es, "Casi 500 personas fueron arrestadas."),
    (r#"{"stages":[{"total":"around 2,000"}]}"#, Lang::En, "About 2,000 people were arrested."),
    (r#"{"stages":[{"total":"unos 2.000"}]}"#, Lang::Es, "Alrededor de 2.000 personas fueron arrestadas."),
    (r#"{"stages":[{"total":"less than 50"}]}"#, Lang::En, "Fewer than 50 people were arrested."),
    (r#"{"stages":[{"total":"menos de 50"}]}"#, Lang::Es, "Menos de 50 personas fueron arrestadas."),
    (r#"{"stages":[{"total":"up to 3,000"}]}"#, Lang::En, "Up to 3,000 people were arrested."),
    (r#"{"stages":[{"total":"hasta 3.000"}]}"#, Lang::Es, "Hasta 3.000 personas fueron arrestadas."),
    // A scale word stays in the sentence, AP style.
    (r#"{"stages":[{"total":"about 1.4 million"}]}"#, Lang::En, "About 1.4 million people were arrested."),
    (r#"{"stages":[{"total":"alrededor de 1,4 millones"}]}"#, Lang::Es, "Alrededor de 1,4 millones de personas fueron arrestadas."),
    (r#"{"stages":[{"total":"1 million"}]}"#, Lang::En, "In all, 1 million people were arrested."),
    (r#"{"stages":[{"total":"1 millón"}]}"#, Lang::Es, "En total, 1 millón de personas fueron arrestadas."),
    // A rate from a lower bound: 100,000 ÷ 141 = 709.2; two significant figures, rounded down so
    // "more than" stays true: 700.
    (
        r#"{PERIOD,"stages":[{"total":"more than 100,000"}]}"#,
        Lang::En,
        "The more than 100,000 arrests average more than 700 a day over 141 days.",
    ),
    (
        r#"{PERIOD,"stages":[{"total":"más de 100.000"}]}"#,
        Lang::Es,
        "Los más de 100.000 arrestos equivalen a un promedio de más de 700 al día durante 141 días.",
    ),
    // From an upper bound: 1,000 ÷ 141 = 7.09…, rounded up to two figures: 7.1.
    (r#"{PERIOD,"stages":[{"total":"fewer than 1,000"}]}"#, Lang::En, "The fewer than 1,000 arrests average fewer than 7.1 a day over 141 days."),
    // Approximate: 5,000 ÷ 141 = 35.46 → about 35.
    (r#"{PERIOD,"stages":[{"total":"about 5,000"}]}"#, Lang::En, "The roughly 5,000 arrests average about 35 a day over 141 days."),
    (
        r#"{PERIOD,"stages":[{"total":"unos 5.000"}]}"#,
        Lang::Es,
        "Los aproximadamente 5.000 arrestos equivalen a un promedio de alrededor de 35 al día durante 141 días.",
    ),
    // A share typed as the fact: nearly 30% of more than 300. No count is stated: of a whole
    // that is only a bound it could be 85 or 4,000 (the working says so).
    (
        r#"{"stages":[{"total":"more than 300","breakdown":{"no_record":"nearly 30 percent"}}]}"#,
        Lang::En,
        "Nearly 30 percent of the more than 300 people arrested had no criminal history.",
    ),
    (
        r#"{"stages":[{"total":"más de 300","breakdown":{"no_record":"casi el 30 %"}}]}"#,
        Lang::Es,
        "Casi el 30 por ciento de las más de 300 personas arrestadas no tenía antecedentes penales.",
    ),
    // An exact share of an exact whole: 30% × 1,000 = 300, still "about" (30 percent as
    // reported may be 29.6).
    (
        r#"{"stages":[{"total":"1,000","breakdown":{"no_record":"30%"}}]}"#,
        Lang::En,
        "30 percent of the 1,000 people arrested had no criminal history: about 300.",
    ),
    (
        r#"{"stages":[{"total":"1.000","breakdown":{"no_record":"30 por ciento"}}]}"#,
        Lang::Es,
        "El 30 por ciento de las 1.000 personas arrestadas no tenía antecedentes penales: alrededor de 300.",
    ),
    // Fewer than half of an exact whole: fewer than 500 of 1,000.
    (
        r#"{"stages":[{"total":"1,000","breakdown":{"no_record":"fewer than half"}}]}"#,
        Lang::En,
        "Fewer than half of the 1,000 people arrested had no criminal history: fewer than 500.",
    ),
    (
        r#"{"stages":[{"total":"1.000","breakdown":{"no_record":"menos de la mitad"}}]}"#,
        Lang::Es,
        "Menos de la mitad de las 1.000 personas arrestadas no tenía antecedentes penales: menos de 500.",
    ),
    // More than half, as a group of the whole: more than 500 of 1,000.
    (
        r#"{"stages":[{"total":"1.000","subgroups":[{"label":"presuntos pandilleros","count":"más de la mitad"}]}]}"#,
        Lang::Es,
        "Entre las 1.000 personas arrestadas, más de la mitad (más de 500) eran presuntos pandilleros.",
    ),
    // A share of two approximate counts: 1,700 ÷ 5,000 = 34.0% → about 34 percent.
    (
        r#"{"stages":[{"total":"about 5,000","breakdown":{"no_record":"about 1,700"}}]}"#,
        Lang::En,
        "About 34 percent of the roughly 5,000 people arrested had no criminal history: about 1,700.",
    ),
    // Two significant figures at most: 1,719 ÷ 5,232 = 32.86% → about 33 percent.
    (
        r#"{"stages":[{"total":"about 5,232","breakdown":{"no_record":"about 1,719"}}]}"#,
        Lang::En,
        "About 33 percent of the roughly 5,232 people arrested had no criminal history: about 1,719.",
    ),
    // An exact part of a lower bound is an upper bound on the share: 100 ÷ 300 = 33.3% →
    // rounded up to two figures: less than 34 percent.
    (
        r#"{"stages":[{"total":"more than 300","breakdown":{"no_record":"100"}}]}"#,
        Lang::En,
        "Less than 34 percent of the more than 300 people arrested had no criminal history: 100.",
    ),
    (
        r#"{"stages":[{"total":"más de 300","breakdown":{"no_record":"100"}}]}"#,
        Lang::Es,
        "Menos del 34 por ciento de las más de 300 personas arrestadas no tenía antecedentes penales: 100.",
    ),
    // An exact count over a lower bound: 5,000 × 100 ÷ 100,000 = 5.0, an upper bound.
    (
        r#"{"stages":[{"kind":"arrests","total":"more than 100,000"},{"kind":"deportations","total":"5,000"}]}"#,
        Lang::En,
        "For every 100 arrests, there were fewer than 5 deportations.",
    ),
    (
        r#"{"stages":[{"kind":"arrests","total":"más de 100.000"},{"kind":"deportations","total":"5.000"}]}"#,
        Lang::Es,
        "Por cada 100 arrestos hubo menos de 5 deportaciones.",
    ),
    // A goal against a lower bound: 100,000 ÷ (141 × 3,000) = 23.6% → more than 23 percent.
    (
        r#"{PERIOD,"stages":[{"total":"more than 100,000"}],"reference":{"target":{"per_day":"3,000"}}}"#,
        Lang::En,
        "At more than 700 arrests a day on average, the pace is more than 23 percent of the goal of 3,000 a day.",
    ),
    // A population typed with a scale word: 200,000 ÷ 1,400,000 = 14.3% → more than 14 percent.
    (
        r#"{"stages":[{"kind":"removals","total":"more than 200,000"}],"reference":{"population":{"count":"1.4 million","label":"people with final orders"}}}"#,
        Lang::En,
        "The more than 200,000 removals equal more than 14 percent of the 1.4 million people with final orders.",
    ),
    (
        r#"{"stages":[{"kind":"removals","total":"más de 200.000"}],"reference":{"population":{"count":"1,4 millones","label":"personas con órdenes definitivas"}}}"#,
        Lang::Es,
        "Las más de 200.000 expulsiones equivalen a más del 14 por ciento de un total de 1,4 millones de personas con órdenes definitivas.",
    ),
    // A part known exactly of a lower bound: 300 − 200 leaves more than 100 without a record,
    // but more than 100 of more than 300 is no share at all: the count alone.
    (
        r#"{"stages":[{"total":"more than 300","breakdown":{"criminal_history":"200"}}]}"#,
        Lang::En,
        "Of the more than 300 people arrested, more than 100 had no criminal history.",
    ),
    (
        r#"{"stages":[{"total":"más de 300","breakdown":{"criminal_history":"200"}}]}"#,
        Lang::Es,
        "De las más de 300 personas arrestadas, más de 100 no tenían antecedentes penales.",
    ),
    // A share too small to show: 1,000 ÷ 2 billion = 0.00005%. A lower bound rounds down to 0,
    // and "more than 0 percent" says nothing, so no sentence states it (tests/inexact.rs);
    // anything else reads "less than 0.1 percent", a bound already.
    (
        r#"{"stages":[{"total":"about 1,000"}],"reference":{"population":{"count":"2 billion","label":"people"}}}"#,
        Lang::En,
        "The roughly 1,000 arrests equal less than 0.1 percent of the 2 billion people.",
    ),
    (
        r#"{"stages":[{"total":"unos 1.000"}],"reference":{"population":{"count":"2 mil millones","label":"personas"}}}"#,
        Lang::Es,
        "Los aproximadamente 1.000 arrestos equivalen a menos del 0,1 por ciento de un total de 2 mil millones de personas.",
    ),
    // A period that runs up to now ("since Jan. 21") takes the present perfect in English.
    (
        r#"{"context":{"agency":"ICE","period":{"label":{"en":"since Jan. 21","es":"desde el 21 de enero"}}},"stages":[{"total":"more than 100,000"}]}"#,
        Lang::En,
        "More than 100,000 people have been arrested by ICE since Jan. 21.",
    ),
    (
        r#"{"context":{"period":{"label":"since March"}},"stages":[{"total":"1"}]}"#,
        Lang::En,
        "In all, one person has been arrested since March.",
    ),
    // An exact population typed with a scale word keeps it: 5,232 ÷ 1,400,000 = 0.37% → 0.4.
    (
        r#"{"stages":[{"total":"5,232"}],"reference":{"population":{"count":"1.4 million","label":"residents"}}}"#,
        Lang::En,
        "The 5,232 arrests equal 0.4 percent of the 1.4 million residents.",
    ),
];

#[test]
fn each_qualifier_and_share_form_is_read_carried_and_worded() {
    let mut failures = Vec::new();
    for (json, lang, expected) in SENTENCES {
        let json = json.replace("{PERIOD,", &format!("{{{PERIOD},"));
        let r = report(&json, *lang);
        if !all_text(&r).contains(expected) {
            failures.push(format!("{json} ({lang:?})\n  expected: {expected}\n  got: {:#?}", all_text(&r)));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn bounds_that_pull_opposite_ways_state_no_comparison_and_the_working_says_why() {
    // More than 200,000 removals against more than 100,000 arrests: the ratio could be anything.
    let json = r#"{"stages":[{"kind":"arrests","total":"more than 100,000"},{"kind":"removals","total":"more than 200,000"}]}"#;
    let r = report(json, Lang::En);
    assert!(!r.details.iter().any(|s| s.text.contains("For every 100")), "{:#?}", all_text(&r));
    let working = r.working.as_ref().unwrap();
    let block = working.iter().find(|w| w.figure == "removals.per_100_arrests").unwrap();
    assert_eq!(
        block.steps,
        ["more than 200,000 ÷ more than 100,000 × 100: the two are bounds that pull opposite ways, so the result could be anything; no sentence states it"]
    );
    // Nor is one said to be larger than the other.
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
}

#[test]
fn a_count_worked_out_from_a_share_is_marked_derived_with_its_rounding_shown() {
    let json = r#"{"stages":[{"total":"more than 300","subgroups":[{"label":"people with declined detainers","count":"nearly 30 percent"}]}]}"#;
    let r = report(json, Lang::En);
    let f = figure(&r, "arrests.subgroup.0");
    assert!(f.derived);
    // Nearly 30 percent of more than 300 could be 85 or 4,000: no count is stated, only the share.
    assert_eq!(f.count_text.as_str(), "");
    assert_eq!(f.of_total.as_ref().map(|s| s.percent.as_str()), Some("nearly 30%"));
    let total = figure(&r, "arrests.total");
    assert_eq!((total.count_kind, total.count_text.as_str()), (CountKind::LowerBound, "more than 300"));
    let block = r.working.as_ref().unwrap().iter().find(|w| w.figure == "arrests.subgroup.0").unwrap();
    assert_eq!(
        block.steps,
        ["nearly 30% of more than 300: of a whole that is only a bound (“more than”, “fewer than”) the count could be almost anything, so it is not stated: the share is what was reported"]
    );
}

#[test]
fn a_share_where_a_count_is_needed_is_an_error_that_says_so() {
    let e = errors(r#"{"stages":[{"total":"30 percent"}]}"#, Lang::En);
    assert_eq!(e.errors[0].code, "share_needs_whole");
    assert_eq!(e.errors[0].field, "stages[0].total");
}

/// The words a hedged figure may follow, in either language, and the exact numbers a sentence
/// may state whatever the figures (the 100 of "for every 100", the days of a period).
const HEDGES: &[&str] = &[
    "more than ", "at least ", "nearly ", "about ", "roughly ", "fewer than ", "less than ", "up to ", "más de ", "más del ",
    "al menos ", "al menos el ", "casi ", "casi el ", "alrededor de ", "alrededor del ", "aproximadamente ", "menos de ",
    "menos del ", "hasta ", "hasta el ", "every ", "cada ", "over ", "durante ",
];

/// Every figure in `text` follows a hedge word: (the sentence, the bare figure) for each that does not.
fn unhedged(text: &str) -> Option<String> {
    let text = &arrest_breakdown_lower(text);
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() && (i == 0 || !(bytes[i - 1].is_ascii_digit() || bytes[i - 1] == b',' || bytes[i - 1] == b'.')) {
            let before = &text[..i];
            if !HEDGES.iter().any(|h| before.ends_with(h)) {
                return Some(format!("{text:?}: figure at byte {i}"));
            }
        }
        i += 1;
    }
    None
}

/// Lower case, for comparing a sentence's first word ("About") with the hedges.
fn arrest_breakdown_lower(text: &str) -> String {
    text.to_lowercase()
}

#[test]
fn an_approximate_input_never_yields_an_unhedged_figure_or_in_all() {
    let quals_en = ["more than", "over", "at least", "nearly", "almost", "about", "around", "roughly", "fewer than", "less than", "up to"];
    let quals_es = ["más de", "al menos", "casi", "cerca de", "unos", "alrededor de", "aproximadamente", "menos de", "hasta"];
    // Shares with a qualifier: a share typed bare ("30 percent") is itself an exact input.
    let shares = ["nearly 30 percent", "fewer than half", "more than half", "about 12%", "casi el 30 %", "menos de la mitad"];
    let seed = std::cell::Cell::new(0x2545_f491_4f6c_dd1d_u64);
    let next = |n: usize| {
        seed.set(seed.get().wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407));
        (seed.get() >> 33) as usize % n
    };
    let mut failures = Vec::new();
    for case in 0..400 {
        let lang = if case % 2 == 0 { Lang::En } else { Lang::Es };
        let quals: &[&str] = if lang == Lang::En { &quals_en } else { &quals_es };
        let total = 1000 + next(900_000);
        let q = || quals[next(quals.len())];
        let part = match next(3) {
            0 => format!(r#","breakdown":{{"no_record":"{} {}"}}"#, q(), 1 + total / (2 + next(5))),
            1 => format!(r#","breakdown":{{"criminal_history":"{}"}}"#, shares[next(shares.len())]),
            _ => String::new(),
        };
        let group = if next(2) == 0 { format!(r#","subgroups":[{{"label":"x","count":"{}"}}]"#, shares[next(shares.len())]) } else { String::new() };
        let second = if next(2) == 0 { format!(r#",{{"kind":"removals","total":"{} {}"}}"#, q(), 1 + next(2 * total)) } else { String::new() };
        let reference = match next(3) {
            0 => format!(r#","reference":{{"target":{{"per_day":"{} {}"}}}}"#, q(), 1 + next(5000)),
            1 => format!(r#","reference":{{"population":{{"count":"{} {}","label":"residents"}}}}"#, q(), total * 3),
            _ => String::new(),
        };
        let json = format!(
            r#"{{"context":{{"period":{{"start":"2025-01-21","end":"2025-06-10","label":"this year"}}}},"stages":[{{"total":"{} {total}"{part}{group}}}{second}]{reference}}}"#,
            q()
        );
        let r = match arrest_breakdown::calculate_json(&json, Some(lang)) {
            arrest_breakdown::Outcome::Report(r) => r,
            arrest_breakdown::Outcome::Errors(e) => {
                failures.push(format!("{json}: {:?}", e.errors));
                continue;
            }
        };
        for s in std::iter::once(&r.headline).chain(&r.details) {
            if s.text.contains("In all") || s.text.contains("En total") || s.text.contains("in all") || s.text.contains("en total") {
                failures.push(format!("{json}: {}", s.text));
            }
            if let Some(why) = unhedged(&s.text) {
                failures.push(format!("{json}: {why}"));
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.iter().take(20).cloned().collect::<Vec<_>>().join("\n"));
}

#[test]
fn a_share_of_a_bound_and_the_part_worked_out_from_it_state_no_count() {
    // Nearly 30 percent of more than 300: no count for it, nor for the rest (more than 300 less
    // it could be 215 or 2,800); their shares stand, and the CSV leaves both numbers blank.
    let json = r#"{"stages":[{"total":"more than 300","breakdown":{"no_record":"nearly 30 percent"}}]}"#;
    let r = report(json, Lang::En);
    for id in ["arrests.no_record", "arrests.criminal_history"] {
        let f = figure(&r, id);
        assert_eq!((f.count_text.as_str(), f.count_kind), ("", CountKind::Approximate), "{id}");
    }
    assert_eq!(figure(&r, "arrests.criminal_history").of_total.as_ref().map(|s| s.percent.as_str()), Some("about 70%"));
    let csv = arrest_breakdown::csv::figures(&r);
    assert!(csv.contains("Criminal history (conviction or pending charge),,yes,about 70%"), "{csv}");
    assert!(csv.contains("No criminal history,,yes,nearly 30%"), "{csv}");
    // The working says why, and shows no count for the rest either.
    let block = r.working.as_ref().unwrap().iter().find(|w| w.figure == "arrests.criminal_history").unwrap();
    assert_eq!(
        block.steps,
        ["more than 300 less the parts reported as shares of it: the count could be almost anything, so it is not stated; its share is what the others leave: about 70%"]
    );
}
