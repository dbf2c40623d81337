//! Issue 10, stages with figures that are not exact: qualifiers typed on places, the working of
//! parts worked out from qualified figures, and a property test that an approximate or bounded
//! input never yields an unhedged figure, "In all", a natural-frequency reading, or more
//! significant figures than docs/phrasing.md allows, in the sentences, the working or the table.
//! Every expected text is written out by hand beside its arithmetic.

mod common;
use arrest_breakdown::report::Report;
use arrest_breakdown::{CountKind, Lang};
use common::*;
use proptest::prelude::*;

/// (scenario, arithmetic, English, Spanish): each must be a sentence, a working step or a table
/// cell of the report, whole.
const CASES: &[(&str, &str, &str, &str)] = &[
    (
        r#"{"stages":[{"total":1000,"places":[{"name":"Los Angeles","count":"more than 300"},{"name":"Denver","count":"nearly 400"}]}]}"#,
        "more than 300 ÷ 1,000 = 30.0%, a lower bound, rounded down: more than 30%",
        "more than 300 ÷ 1,000 = 30% → more than 30% (two significant figures, rounded down so that “more than” stays true)",
        "más de 300 ÷ 1.000 = 30\u{a0}% → más de 30\u{a0}% (dos cifras significativas, redondeado hacia abajo para que «más de» siga siendo cierto)",
    ),
    (
        r#"{"stages":[{"total":1000,"places":[{"name":"Los Angeles","count":"more than 300"},{"name":"Denver","count":"nearly 400"}]}]}"#,
        "the place's count in the table, as typed",
        "more than 300",
        "más de 300",
    ),
    (
        r#"{"stages":[{"total":1000,"places":[{"name":"Los Angeles","count":"more than 300"},{"name":"Denver","count":"nearly 400"}]}]}"#,
        "nearly 400 ÷ 1,000 = 40.0%, approximate: nearly 40%",
        "nearly 40%",
        "casi 40\u{a0}%",
    ),
    (
        r#"{"stages":[{"total":"more than 1,000","places":[{"name":"Denver","count":400}]}]}"#,
        "400 ÷ more than 1,000: dividing by a lower bound gives an upper bound; 40.0% up: less than 40%",
        "400 ÷ more than 1,000 = 40% → less than 40% (two significant figures, rounded up so that “less than” stays true)",
        "400 ÷ más de 1.000 = 40\u{a0}% → menos de 40\u{a0}% (dos cifras significativas, redondeado hacia arriba para que «menos de» siga siendo cierto)",
    ),
    (
        r#"{"stages":[{"total":"more than 1,000","places":[{"name":"Denver","count":"more than 300"}]}]}"#,
        "more than 300 ÷ more than 1,000: bounds that pull opposite ways",
        "more than 300 ÷ more than 1,000: the two are bounds that pull opposite ways, so the result could be anything; no sentence states it",
        "más de 300 ÷ más de 1.000: los dos son límites que tiran en sentidos opuestos, así que el resultado podría ser cualquiera; ninguna frase lo afirma",
    ),
    (
        r#"{"stages":[{"total":1000,"breakdown":{"convicted":"nearly 400","no_record":"fewer than 200"}}]}"#,
        "1,000 − nearly 400 − fewer than 200: taking away an upper bound gives a lower one, and nearly with it gives about; 1,000 − 400 − 200 = 400",
        "1,000 − nearly 400 − fewer than 200 = about 400 (derived)",
        "1.000 − casi 400 − menos de 200 = alrededor de 400 (derivado)",
    ),
    (
        r#"{"stages":[{"total":1000,"breakdown":{"convicted":"nearly 400","no_record":"fewer than 200"}}]}"#,
        "fewer than 200 ÷ 1,000 = 20.0%, rounded up: less than 20%",
        "fewer than 200 ÷ 1,000 = 20% → less than 20% (two significant figures, rounded up so that “less than” stays true)",
        "menos de 200 ÷ 1.000 = 20\u{a0}% → menos de 20\u{a0}% (dos cifras significativas, redondeado hacia arriba para que «menos de» siga siendo cierto)",
    ),
    (
        r#"{"stages":[{"total":"more than 1,000"}],"reference":{"population":{"count":"2 billion","label":"people"}}}"#,
        "1,000 ÷ 2,000,000,000 = 0.00005%: a lower bound rounds down to 0, which says nothing; the working says so and no sentence states it",
        "more than 1,000 ÷ 2 billion = less than 0.1% → more than 0% (two significant figures, rounded down so that “more than” stays true); “more than 0” says nothing, so no sentence states it",
        "más de 1.000 ÷ 2 mil millones = menos de 0,1\u{a0}% → más de 0\u{a0}% (dos cifras significativas, redondeado hacia abajo para que «más de» siga siendo cierto); «más de 0» no dice nada, así que ninguna frase lo afirma",
    ),
    (
        r#"{"stages":[{"total":1000,"breakdown":{"convicted":"nearly 400","no_record":"fewer than 200"}}]}"#,
        "the lead: less than 20 percent, and the count as typed",
        "Less than 20 percent of the 1,000 people arrested had no criminal history: fewer than 200.",
        "Menos del 20 por ciento de las 1.000 personas arrestadas no tenía antecedentes penales: menos de 200.",
    ),
    (
        r#"{"stages":[{"total":1000,"breakdown":{"convicted":"nearly 400","no_record":"fewer than 200"}}]}"#,
        "the breakdown and its rounding are left out, and the working says why",
        "Left out of the sentences: with figures reported as approximations or bounds, it would state more than the reporting does.",
        "Se omite en las frases: con cifras dadas como aproximaciones o límites, afirmaría más de lo que dice la información publicada.",
    ),
    (
        r#"{"stages":[{"total":"más de 1000","places":[{"name":"Denver","count":"casi 400"}]}]}"#,
        "Spanish qualifiers on a place, read in either language: casi 400 ÷ más de 1000 = 40%; nearly over a lower bound gives about",
        "about 40%",
        "alrededor de 40\u{a0}%",
    ),
];

/// Every text of a report: sentences, working steps and table cells.
fn every_text(r: &Report) -> Vec<String> {
    let mut out: Vec<String> = all_text(r).into_iter().map(str::to_owned).collect();
    for block in r.working.iter().flatten() {
        out.extend(block.steps.iter().cloned());
    }
    for row in r.table.iter().flat_map(|t| &t.sections).flat_map(|s| &s.rows) {
        out.extend([row.count.clone(), row.of_total.clone(), row.of_parent.clone(), row.natural.clone()]);
    }
    out
}

#[test]
fn qualified_places_and_parts_are_read_carried_and_worded() {
    for (json, arithmetic, en, es) in CASES {
        for (lang, want) in [(Lang::En, en), (Lang::Es, es)] {
            let r = report(json, lang);
            let texts = every_text(&r);
            assert!(texts.iter().any(|t| t == want), "{arithmetic} ({lang:?}): want {want:?}\n{texts:#?}");
        }
    }
}

#[test]
fn a_qualified_place_is_a_bound_in_the_contract_and_no_place_sentence_is_written() {
    let r = report(CASES[0].0, Lang::En);
    let la = figure(&r, "arrests.place.0");
    assert_eq!((la.count, la.count_kind, la.count_text.as_str()), (300, CountKind::LowerBound, "more than 300"));
    assert!(la.of_total.as_ref().is_some_and(|s| s.natural.is_none() && s.one_in.is_none()));
    assert!(!r.details.iter().any(|s| s.text.contains("Los Angeles")), "{:#?}", all_text(&r));
    // A share on a place is refused: a place is counted, not typed as a share.
    let e = errors(r#"{"stages":[{"total":1000,"places":[{"name":"Denver","count":"30 percent"}]}]}"#, Lang::En);
    assert_eq!(e.errors.first().map(|m| m.code), Some("share_needs_whole"));
    // "More than 0 percent" is never said.
    let r = report(r#"{"stages":[{"total":"more than 1,000"}],"reference":{"population":{"count":"2 billion","label":"people"}}}"#, Lang::En);
    assert!(!r.details.iter().any(|s| s.kind == arrest_breakdown::report::SentenceKind::Population), "{:#?}", all_text(&r));
}

/// Words after which a figure may stand in a sentence about qualified figures: the hedges, and
/// the words before figures that are not counts ("every 100", "over 141 days").
const HEDGES: &[&str] = &[
    "more than ", "at least ", "nearly ", "about ", "roughly ", "fewer than ", "less than ", "up to ", "más de ", "más del ",
    "al menos ", "al menos el ", "casi ", "casi el ", "alrededor de ", "alrededor del ", "aproximadamente ", "menos de ",
    "menos del ", "hasta ", "hasta el ", "every ", "cada ", "over ", "durante ",
];

/// The figures in `text`, each with the text before it.
fn figures(text: &str) -> Vec<(&str, &str)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() && (i == 0 || !(bytes[i - 1].is_ascii_digit() || bytes[i - 1] == b',' || bytes[i - 1] == b'.')) {
            let mut j = i;
            while j < bytes.len() && (bytes[j].is_ascii_digit() || ((bytes[j] == b',' || bytes[j] == b'.') && bytes.get(j + 1).is_some_and(u8::is_ascii_digit))) {
                j += 1;
            }
            out.push((&text[..i], &text[i..j]));
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

/// Significant figures of a figure as written: digits without separators, leading zeros or
/// trailing zeros ("700" → 1, "8.6" → 2, "1,400" → 2).
fn significant(figure: &str) -> usize {
    let digits: String = figure.chars().filter(char::is_ascii_digit).collect();
    digits.trim_start_matches('0').trim_end_matches('0').len()
}

fn qualified() -> impl Strategy<Value = String> {
    const EN: [&str; 11] = ["more than", "over", "at least", "nearly", "almost", "about", "around", "roughly", "fewer than", "less than", "up to"];
    (prop::sample::select(&EN[..]), 1u64..2_000_000).prop_map(|(q, v)| format!("{q} {v}"))
}

fn scenario() -> impl Strategy<Value = String> {
    let share = prop::sample::select(&["nearly 30 percent", "fewer than half", "more than half", "about 12%"][..]);
    (
        qualified(),
        prop::option::of((qualified(), 0u64..3)),
        prop::option::of(share),
        prop::collection::vec(qualified(), 0..3),
        prop::option::of(qualified()),
        0u8..3,
    )
        .prop_map(|(total, part, group, places, second, reference)| {
            let part = part.map_or(String::new(), |(p, c)| {
                let c = ["no_record", "criminal_history", "convicted"][c as usize];
                format!(r#","breakdown":{{"{c}":"{p}"}}"#)
            });
            let group = group.map_or(String::new(), |g| format!(r#","subgroups":[{{"label":"x","count":"{g}"}}]"#));
            let places: Vec<String> = places.iter().enumerate().map(|(i, p)| format!(r#"{{"name":"P{i}","count":"{p}"}}"#)).collect();
            let second = second.map_or(String::new(), |s| format!(r#",{{"kind":"removals","total":"{s}"}}"#));
            let reference = match reference {
                0 => r#","reference":{"target":{"per_day":"3,000"}}"#,
                1 => r#","reference":{"population":{"count":"about 1.4 million","label":"residents"}}"#,
                _ => "",
            };
            format!(
                r#"{{"context":{{"period":{{"start":"2025-01-21","end":"2025-06-10","label":"this year"}}}},"stages":[{{"total":"{total}"{part}{group},"places":[{}]}}{second}]{reference}}}"#,
                places.join(",")
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// With every total qualified, every figure a sentence states is hedged (or a number of
    /// days, or the 100 of "for every 100"); a hedged figure worked out (not typed) has at most
    /// two significant figures; nothing says "In all"; the working never calls a share exact or
    /// reads it as "one in three"; the table gives no natural-frequency reading.
    #[test]
    fn an_approximate_input_is_never_stated_more_precisely_than_typed(json in scenario(), es in any::<bool>()) {
        let lang = if es { Lang::Es } else { Lang::En };
        let r = match arrest_breakdown::calculate_json(&json, Some(lang)) {
            arrest_breakdown::Outcome::Report(r) => r,
            // Parts and places that the bounds make impossible are refused, as they should be.
            arrest_breakdown::Outcome::Errors(_) => return Ok(()),
        };
        let typed: Vec<String> = figures(&json).into_iter().map(|(_, f)| f.replace([',', '.'], "")).collect();
        // Figures typed bare (the goal's "3,000") are exact, and may be stated as typed.
        let exact: Vec<String> =
            figures(&json).into_iter().filter(|(before, _)| before.ends_with('"')).map(|(_, f)| f.replace([',', '.'], "")).collect();
        for s in std::iter::once(&r.headline).chain(&r.details) {
            let lower = s.text.to_lowercase();
            prop_assert!(!lower.contains("in all") && !lower.contains("en total"), "{}", s.text);
            for (before, figure) in figures(&lower) {
                prop_assert!(exact.contains(&figure.replace([',', '.'], "")) || HEDGES.iter().any(|h| before.ends_with(h)), "unhedged {figure} in {}", s.text);
                let bare = figure.replace([',', '.'], "");
                let is_days = before.ends_with("over ") || before.ends_with("durante ") || before.ends_with("every ") || before.ends_with("cada ");
                prop_assert!(is_days || typed.contains(&bare) || significant(figure) <= 2, "{figure} has more than two significant figures: {}", s.text);
            }
        }
        for step in r.working.iter().flatten().flat_map(|b| &b.steps) {
            for word in ["exactly", "exactamente", " in three", " de cada "] {
                prop_assert!(!step.contains(word), "{word:?} in working: {step}");
            }
        }
        for row in r.table.iter().flat_map(|t| &t.sections).flat_map(|s| &s.rows) {
            prop_assert!(row.natural.is_empty(), "natural reading {:?} for {}", row.natural, row.label);
        }
    }
}
