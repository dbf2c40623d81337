//! Issue 10, counts of one: every sentence kind with a count of 1, in both languages, each
//! expected sentence written out by hand beside its arithmetic (docs/phrasing.md, "One, none and
//! one day"); then a sweep over the sentences, the working and the table of many scenarios with
//! ones in them, for a plural noun or verb meeting a 1.

mod common;
use arrest_breakdown::report::Report;
use arrest_breakdown::Lang;
use common::*;

const FIVE_DAYS: &str = r#""period":{"start":"2025-01-01","end":"2025-01-05"}"#;

/// (scenario, arithmetic, English sentence, Spanish sentence): each sentence must be said whole,
/// by the headline, a detail or a caveat.
fn cases() -> Vec<(String, &'static str, &'static str, &'static str)> {
    let dated = |rest: &str| format!(r#"{{"context":{{{FIVE_DAYS}}},{rest}}}"#);
    vec![
        (
            dated(r#""stages":[{"total":1}]"#),
            "per day: 1 ÷ 5 days = 0.2",
            "The one arrest averages 0.2 a day over five days.",
            "El único arresto equivale a un promedio de 0,2 al día durante cinco días.",
        ),
        (
            dated(r#""stages":[{"total":1,"kind":"removals"}]"#),
            "per day, a feminine noun in Spanish: 1 ÷ 5 = 0.2",
            "The one removal averages 0.2 a day over five days.",
            "La única expulsión equivale a un promedio de 0,2 al día durante cinco días.",
        ),
        (
            dated(r#""stages":[{"total":1,"kind":"detentions"}]"#),
            "per day: 1 ÷ 5 = 0.2",
            "The one book-in into detention averages 0.2 a day over five days.",
            "El único ingreso en detención equivale a un promedio de 0,2 al día durante cinco días.",
        ),
        (
            dated(r#""stages":[{"total":1,"kind":"custom","verb":{"en":"released","es":"liberadas"}}]"#),
            "per day, a reporter's verb: 1 ÷ 5 = 0.2",
            "The one person released averages 0.2 a day over five days.",
            "La única persona liberada equivale a un promedio de 0,2 al día durante cinco días.",
        ),
        (
            dated(r#""stages":[{"total":1,"unit":"charges"}]"#),
            "per day, charges: 1 ÷ 5 = 0.2",
            "The one charge averages 0.2 a day over five days.",
            "El único cargo equivale a un promedio de 0,2 al día durante cinco días.",
        ),
        (
            r#"{"stages":[{"total":1}],"reference":{"population":{"count":1000,"label":{"en":"residents","es":"residentes"}}}}"#.into(),
            "population: 1 ÷ 1,000 = 0.1%; 1,000 ÷ 1 = 1 in 1,000",
            "The one arrest equals 0.1 percent of the 1,000 residents, or 1 in 1,000.",
            "El único arresto equivale al 0,1 por ciento de un total de 1.000 residentes, o una de cada 1.000.",
        ),
        (
            r#"{"stages":[{"total":1}],"reference":{"comparison":{"count":2,"label":"2024"}}}"#.into(),
            "comparison: (1 − 2) ÷ 2 = −50.0%",
            "The one arrest compares with 2 in 2024, a decrease of 50.0 percent.",
            "El único arresto se compara con 2 en 2024: una disminución del 50,0 por ciento.",
        ),
        (
            r#"{"stages":[{"total":1}],"reference":{"target":{"total":2}}}"#.into(),
            "goal: 1 ÷ 2 = 50.0%",
            "The one arrest is 50.0 percent of the goal of 2.",
            "El único arresto supone el 50,0 por ciento de la meta de 2.",
        ),
        (
            dated(r#""stages":[{"total":5}],"reference":{"target":{"per_day":2}}"#),
            "pace: 5 ÷ 5 days = 1.0 a day; 1 ÷ 2 = 50.0% of the goal",
            "At 1 arrest a day on average, the pace is 50.0 percent of the goal of 2 a day.",
            "A un ritmo de 1 arresto al día en promedio, se alcanza el 50,0 por ciento de la meta de 2 diarios.",
        ),
        (
            r#"{"stages":[{"total":100},{"kind":"removals","total":1}]}"#.into(),
            "per 100: 1 ÷ 100 × 100 = 1.0",
            "For every 100 arrests, there was 1 removal: 1 in all.",
            "Por cada 100 arrestos hubo 1 expulsión: 1 en total.",
        ),
        (
            r#"{"stages":[{"total":3,"breakdown":{"convicted":1,"pending":0,"no_record":1}}]}"#.into(),
            "3 − 1 − 0 − 1 = 1 not accounted for: 1 ÷ 3 = 33.3%",
            "Of the 3 people arrested, 1 (33.4 percent) had been convicted of a crime, 1 (33.3 percent) had no criminal history and 1 (33.3 percent) is not accounted for in the figures.",
            "De las 3 personas arrestadas, 1 (33,4 por ciento) había sido condenada por un delito, 1 (33,3 por ciento) no tenía antecedentes penales y 1 (33,3 por ciento) no figura en ninguna categoría.",
        ),
        (
            r#"{"stages":[{"total":3,"breakdown":{"convicted":1,"pending":0,"no_record":1}}]}"#.into(),
            "the categories add up to 1 + 0 + 1 = 2; 3 − 2 = 1",
            "The categories given add up to 2; 1 of the 3 is not accounted for.",
            "Las categorías dadas suman 2; 1 de 3 no figura en ninguna.",
        ),
        (
            r#"{"stages":[{"total":3,"places":[{"name":"Denver","count":1},{"name":"Houston","count":1}]}]}"#.into(),
            "the places add up to 1 + 1 = 2; 3 − 2 = 1",
            "The places listed add up to 2; 1 of the 3 is not assigned to a place.",
            "Los lugares enumerados suman 2; 1 de 3 no tiene lugar asignado.",
        ),
        (
            r#"{"stages":[{"total":3,"breakdown":{"convicted":1,"pending":1,"no_record":1},"subgroups":[{"label":{"en":"alleged gang members","es":"presuntos pandilleros"},"count":1,"parent":"convicted"}]}]}"#.into(),
            "a group of 1 within the 1 convicted: 1 ÷ 1 = 100%; 1 ÷ 3 = 33.3%, one in three",
            "Of the one person convicted of a crime, 1 was alleged gang members (100.0 percent); that is 33.3 percent of all 3 people arrested, or one in three.",
            "De la única persona condenada por un delito, 1 era presuntos pandilleros (100,0 por ciento); es decir, el 33,3 por ciento del total de 3 personas arrestadas, o una de cada tres.",
        ),
        (
            r#"{"stages":[{"total":"more than 1"}]}"#.into(),
            "a lower bound of 1: the noun is singular, the figure as typed",
            "More than 1 person was arrested.",
            "Más de 1 persona fue arrestada.",
        ),
        (
            r#"{"stages":[{"total":"about 1","unit":"charges"}]}"#.into(),
            "an approximate 1 charge",
            "About 1 charge was recorded against people arrested.",
            "Se registró alrededor de 1 cargo contra personas arrestadas.",
        ),
        (
            r#"{"stages":[{"total":"more than 3","subgroups":[{"label":{"en":"women","es":"mujeres"},"count":1}]}]}"#.into(),
            "1 of more than 3: 1 ÷ 3 = 33.3%, an upper bound, rounded up to 34",
            "Among the more than 3 people arrested, less than 34 percent (1) was women.",
            "Entre las más de 3 personas arrestadas, menos del 34 por ciento (1) era mujeres.",
        ),
        (
            dated(r#""stages":[{"total":"about 1"}]"#),
            "per day from about 1: 1 ÷ 5 = 0.2, half up",
            "The roughly 1 arrest averages about 0.2 a day over five days.",
            "El aproximadamente 1 arresto equivale a un promedio de alrededor de 0,2 al día durante cinco días.",
        ),
    ]
}

#[test]
fn every_sentence_kind_with_a_count_of_one_in_both_languages() {
    for (json, arithmetic, en, es) in cases() {
        for (lang, want) in [(Lang::En, en), (Lang::Es, es)] {
            let r = report(&json, lang);
            assert!(all_text(&r).contains(&want), "{arithmetic} ({lang:?}): want {want}\n{:#?}", all_text(&r));
        }
    }
}

/// Every text a report shows: sentences, working steps and titles, and table cells.
fn every_text(r: &Report) -> Vec<String> {
    let mut out: Vec<String> = all_text(r).into_iter().map(str::to_owned).collect();
    for block in r.working.iter().flatten() {
        out.push(block.title.clone());
        out.extend(block.steps.iter().cloned());
    }
    for section in r.table.iter().flat_map(|t| &t.sections) {
        out.push(section.heading.clone());
        for row in &section.rows {
            out.extend([row.label.clone(), row.count.clone(), row.of_total.clone(), row.natural.clone()]);
        }
    }
    out
}

/// A plural noun or verb right after a 1 (or "one", "una", "un"), or a plural article before it.
const PLURAL_AFTER_ONE: &[&str] = &[
    " 1 people", " 1 arrests", " 1 charges", " 1 removals", " 1 deportations", " 1 detainers", " 1 book-ins",
    "one arrests", "one charges", "1 are ", "1 were ", "The 1 ", "the 1 ", " 1 personas", " 1 arrestos", " 1 cargos",
    " 1 expulsiones", " 1 deportaciones", " 1 solicitudes", " 1 ingresos", "Los 1 ", "Las 1 ", "los 1 ", "las 1 ",
    "1 no tienen", "1 no figuran", "1 eran", "única personas", "única persona condenadas", "1 equivalen",
];

#[test]
fn no_plural_meets_a_one_in_sentences_working_or_table() {
    let mut scenarios: Vec<String> = cases().into_iter().map(|c| c.0).collect();
    for kind in ["arrests", "detentions", "removals", "deportations", "detainers", "custom"] {
        for unit in ["people", "charges"] {
            scenarios.push(format!(
                r#"{{"context":{{{FIVE_DAYS}}},"stages":[{{"kind":"{kind}","unit":"{unit}","total":1}},{{"kind":"{kind}","unit":"{unit}","total":2,"breakdown":{{"convicted":1}},"subgroups":[{{"label":"g","count":1}}],"places":[{{"name":"A","count":1}}]}}],"reference":{{"population":{{"count":10,"label":"x"}},"target":{{"total":1}},"comparison":{{"count":1,"label":"2024"}}}}}}"#
            ));
        }
    }
    for json in &scenarios {
        for lang in [Lang::En, Lang::Es] {
            let r = report(json, lang);
            for text in every_text(&r) {
                for bad in PLURAL_AFTER_ONE {
                    assert!(!text.contains(bad), "{bad:?} in {text:?} ({lang:?}, {json})");
                }
            }
        }
    }
}
