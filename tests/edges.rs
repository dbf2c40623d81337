//! Issue 10, grammar at the edges: each case written out by hand in both languages beside its
//! arithmetic (docs/phrasing.md, "Near all and near none" and "One, none and one day").

mod common;
use arrest_breakdown::Lang;
use common::*;

/// (scenario, arithmetic, English sentence, Spanish sentence): each sentence must be said
/// whole, by the headline or a detail or a caveat.
const CASES: &[(&str, &str, &str, &str)] = &[
    (
        r#"{"stages":[{"total":1,"breakdown":{"convicted":1,"pending":0,"no_record":0}}]}"#,
        "1 of 1 = 100%: all, and all is one person",
        "The one person arrested had been convicted of a crime.",
        "La única persona arrestada había sido condenada por un delito.",
    ),
    (
        r#"{"stages":[{"total":1,"breakdown":{"convicted":1,"pending":0,"no_record":0}}]}"#,
        "1 person moves a share by 100 points: every share is 0 or 100",
        "With only one person, every share is either 0 or 100 percent; treat the percentages with care.",
        "Con solo una persona, cada proporción es del 0 o del 100 por ciento; conviene tomar los porcentajes con cautela.",
    ),
    (
        r#"{"stages":[{"total":2,"breakdown":{"criminal_history":1},"subgroups":[{"label":{"en":"alleged gang members","es":"presuntos pandilleros"},"count":1,"parent":"criminal_history"}]}]}"#,
        "a group of 1 within 1 with a history: 1 ÷ 1 = 100%; 1 ÷ 2 = 50%",
        "Of the one person with a criminal history, 1 was alleged gang members (100.0 percent); that is 50.0 percent of all 2 people arrested, or half.",
        "De la única persona con antecedentes penales, 1 era presuntos pandilleros (100,0 por ciento); es decir, el 50,0 por ciento del total de 2 personas arrestadas, o la mitad.",
    ),
    (
        r#"{"stages":[{"total":2,"breakdown":{"criminal_history":1}}]}"#,
        "2 − 1 = 1 derived; 1 of 2 each: one person per part, singular verb in Spanish",
        "The figure of 1 person who had no criminal history is derived — 2 − 1 = 1 — not reported directly.",
        "De las 2 personas arrestadas, 1 (50,0 por ciento) tenía antecedentes penales y 1 (50,0 por ciento) no tenía antecedentes penales.",
    ),
    (
        r#"{"stages":[{"total":2,"breakdown":{"criminal_history":1}}]}"#,
        "1 with a criminal history: whether that one was convicted is not known",
        "“Criminal history” counts pending criminal charges as well as convictions: the figures do not say whether the one person with a criminal history was convicted.",
        "«Antecedentes penales» abarca tanto condenas como cargos penales pendientes: las cifras no dicen si la única persona con antecedentes penales fue condenada.",
    ),
    (
        r#"{"stages":[{"total":2,"places":[{"name":"Denver","count":1},{"name":"Houston","count":1}]}]}"#,
        "a place of 1: 1 ÷ 2 = 50%",
        "By place: Denver, 1 (50.0 percent), and Houston, 1 (50.0 percent).",
        "Por lugar: Denver, 1 (50,0 por ciento) y Houston, 1 (50,0 por ciento).",
    ),
    (
        r#"{"stages":[{"total":1,"unit":"charges","breakdown":{"convicted":1}}]}"#,
        "1 charge of 1: all, and all is one charge; 1 − 1 = 0 not convicted is not stated",
        "The one charge against people arrested fell under “convicted of a crime”.",
        "El único cargo contra personas arrestadas correspondía a la categoría «condenadas por un delito».",
    ),
    (
        r#"{"stages":[{"total":1,"unit":"charges"}]}"#,
        "a count of 1 charge",
        "In all, one charge was recorded against people arrested.",
        "En total, se registró un cargo contra personas arrestadas.",
    ),
    (
        r#"{"stages":[{"total":1}]}"#,
        "a count of 1 person",
        "In all, one person was arrested.",
        "En total, una persona fue arrestada.",
    ),
    (
        r#"{"context":{"period":{"start":"2025-06-01","end":"2025-06-01"}},"stages":[{"total":1200,"breakdown":{"no_record":400}}]}"#,
        "start = end: one day; 400 ÷ 1,200 = 1/3 exactly",
        "One in three people arrested on June 1, 2025 had no criminal history: 400 of 1,200 (33.3 percent).",
        "Una de cada tres personas arrestadas el 1 de junio de 2025 no tenía antecedentes penales: 400 de 1.200 (33,3 por ciento).",
    ),
    (
        r#"{"focus":"criminal_history","stages":[{"total":100000,"breakdown":{"criminal_history":99999}}]}"#,
        "100,000 − 99,999 = 1 ≤ 9 and 1 × 20 ≤ 100,000: all but one",
        "All but one of the 100,000 people arrested had a criminal history: 99,999 (more than 99.9 percent).",
        "Todas menos una de las 100.000 personas arrestadas tenían antecedentes penales: 99.999 (más del 99,9 por ciento).",
    ),
    (
        r#"{"focus":"criminal_history","stages":[{"total":100000,"breakdown":{"criminal_history":99600}}]}"#,
        "rest 400 > 9; 99,600 × 200 = 19,920,000 ≥ 100,000 × 199 = 19,900,000: nearly all",
        "Nearly all people arrested had a criminal history: 99,600 of 100,000 (99.6 percent).",
        "Casi todas las personas arrestadas tenían antecedentes penales: 99.600 de 100.000 (99,6 por ciento).",
    ),
    (
        r#"{"stages":[{"total":100000,"breakdown":{"criminal_history":100000}}]}"#,
        "100,000 of 100,000: all; the derived 0 with no record is not stated",
        "All 100,000 people arrested had a criminal history.",
        "Todas las 100.000 personas arrestadas tenían antecedentes penales.",
    ),
    (
        r#"{"stages":[{"total":100000,"breakdown":{"no_record":1}}]}"#,
        "1 ≤ 9 and 1 × 20 ≤ 100,000: only one",
        "Only one of the 100,000 people arrested had no criminal history (less than 0.1 percent).",
        "Solo una de las 100.000 personas arrestadas no tenía antecedentes penales (menos del 0,1 por ciento).",
    ),
    (
        r#"{"stages":[{"total":500,"breakdown":{"convicted":0,"pending":0,"no_record":500}}]}"#,
        "0 + 0 + 500 = 500: all had none, said once; Spanish negates the other way",
        "All 500 people arrested had no criminal history.",
        "Ninguna de las 500 personas arrestadas tenía antecedentes penales.",
    ),
    (
        r#"{"focus":"convicted","stages":[{"total":500,"breakdown":{"convicted":0,"pending":0,"no_record":500}}]}"#,
        "focus 0 of 500: none",
        "None of the 500 people arrested had been convicted of a crime.",
        "Ninguna de las 500 personas arrestadas había sido condenada por un delito.",
    ),
    (
        r#"{"focus":"convicted","stages":[{"total":500,"breakdown":{"convicted":0,"pending":0,"no_record":500}}]}"#,
        "the lead is about the empty part: the full part is said once, in the breakdown's place",
        "All 500 people arrested had no criminal history.",
        "Ninguna de las 500 personas arrestadas tenía antecedentes penales.",
    ),
    (
        r#"{"stages":[{"total":500,"breakdown":{"convicted":300,"pending":0,"no_record":200}}]}"#,
        "300 + 0 + 200 = 500: the empty part is left out of the sentence",
        "Of the 500 people arrested, 300 (60.0 percent) had been convicted of a crime and 200 (40.0 percent) had no criminal history.",
        "De las 500 personas arrestadas, 300 (60,0 por ciento) habían sido condenadas por un delito y 200 (40,0 por ciento) no tenían antecedentes penales.",
    ),
    (
        r#"{"stages":[{"total":2,"breakdown":{"convicted":2,"pending":0}}]}"#,
        "2 of 2: both",
        "Both people arrested had been convicted of a crime.",
        "Las dos personas arrestadas habían sido condenadas por un delito.",
    ),
];

#[test]
fn edges_in_both_languages() {
    for (json, arithmetic, en, es) in CASES {
        for (lang, want) in [(Lang::En, en), (Lang::Es, es)] {
            let r = report(json, lang);
            assert!(all_text(&r).contains(want), "{arithmetic} ({lang:?}): want {want}\n{:#?}", all_text(&r));
        }
    }
}

#[test]
fn no_empty_part_is_stated_and_no_count_meets_a_plural_for_one() {
    for (json, ..) in CASES {
        for lang in [Lang::En, Lang::Es] {
            let r = report(json, lang);
            for s in all_text(&r) {
                for bad in ["0 (0.0 percent)", "0 (0,0 por ciento)", " 1 people", " 1 personas", " 1 charges", " 1 cargos", "one people", "uno personas", "uno día", "to June 1, 2025", "al 1 de junio"] {
                    assert!(!s.contains(bad), "{bad:?} in: {s}");
                }
            }
        }
    }
}

#[test]
fn one_day_has_no_per_day_rate_and_the_table_keeps_empty_parts() {
    let one_day = r#"{"context":{"period":{"start":"2025-06-01","end":"2025-06-01"}},"stages":[{"total":1200}]}"#;
    let r = report(one_day, Lang::En);
    assert!(!r.figures.iter().any(|f| f.id.ends_with("per_day")), "{:#?}", all_text(&r));
    assert!(!has_sentence(&r, "a day"), "{:#?}", all_text(&r));
    let zero = r#"{"stages":[{"total":500,"breakdown":{"convicted":0,"pending":0,"no_record":500}}]}"#;
    let r = report(zero, Lang::En);
    assert_eq!(figure(&r, "arrests.convicted").count, 0);
}
