//! Issue 10: stages whose total was not reported, and a population set against a later stage.
//! Every expected sentence is written out by hand beside what it rests on, in both languages.

mod common;
use arrest_breakdown::Lang;
use common::*;

fn preset(name: &str) -> String {
    std::fs::read_to_string(format!("{}/www/presets/{name}.json", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// (scenario, what it rests on, English, Spanish): each must be a sentence of the report, whole.
const CASES: &[(&str, &str, &str, &str)] = &[
    (
        r#"{"stages":[{"unit":"charges","subgroups":[{"label":"for homicide","count":"more than 1,900"},{"label":"for kidnapping","count":"more than 1,800"}]}]}"#,
        "two parts, no total: both named, as typed; nothing added up",
        "No total was reported for charges against people arrested; the figures given are more than 1,900 for homicide and more than 1,800 for kidnapping.",
        "No se informó el total de cargos contra personas arrestadas; las cifras que se dieron son más de 1.900 for homicide y más de 1.800 for kidnapping.",
    ),
    (
        r#"{"stages":[{"unit":"charges","subgroups":[{"label":"for homicide","count":"more than 1,900"},{"label":"for kidnapping","count":"more than 1,800"}]}]}"#,
        "charges are not people, and the groups of charges may overlap",
        "Groups named within the same count may overlap: one charge can be in more than one.",
        "Los grupos señalados dentro de una misma cifra pueden solaparse: un cargo puede figurar en más de uno.",
    ),
    (
        r#"{"stages":[{"total":null,"breakdown":{"convicted":300,"no_record":200},"places":[{"name":"Denver","count":400}]}]}"#,
        "total null; three parts: categories then places, in the order given (all three fit the lead)",
        "No total was reported for people arrested; the figures given are 400 in Denver, 300 convicted of a crime and 200 with no criminal history.",
        "No se informó el total de personas arrestadas; las cifras que se dieron son 400 en Denver, 300 condenadas por un delito y 200 sin antecedentes penales.",
    ),
    (
        r#"{"stages":[{"total":null,"breakdown":{"convicted":300,"no_record":200}}]}"#,
        "no total: no share, no ratio, nothing added up, and a caveat says so",
        "No total was reported: no share of it is worked out beyond any the reporting gives, and the figures given are not added up.",
        "No se informó el total: no se calcula ninguna proporción de él aparte de las que da la información publicada, y las cifras dadas no se suman.",
    ),
    (
        r#"{"stages":[{"kind":"detainers","subgroups":[{"label":{"en":"later arrested by ICE","es":"personas a las que ICE arrestó después"},"count":"fewer than half"}]}]}"#,
        "a share typed for a total not reported: the share is the fact, no count",
        "Fewer than half of the people named in detainer requests were later arrested by ICE.",
        "Menos de la mitad de las personas señaladas en solicitudes de retención eran personas a las que ICE arrestó después.",
    ),
    (
        r#"{"stages":[{"total":"more than 100,000"},{"kind":"removals","total":"more than 200,000"}],"reference":{"population":{"count":"1.4 million","label":{"en":"people with deportation orders","es":"personas con órdenes de deportación"},"stage":"removals"}}}"#,
        "a population set against the second stage: 200,000 ÷ 1,400,000 = 14.29%, a lower bound, rounded down to two figures: 14",
        "The more than 200,000 removals equal more than 14 percent of the 1.4 million people with deportation orders.",
        "Las más de 200.000 expulsiones equivalen a más del 14 por ciento de un total de 1,4 millones de personas con órdenes de deportación.",
    ),
    (
        r#"{"stages":[{"total":5000},{"kind":"removals","total":3500}],"reference":{"population":{"count":"70,000","label":"people with final orders","stage":"removals"}}}"#,
        "exact: 3,500 ÷ 70,000 = 5.0%; 70,000 ÷ 3,500 = 20: 1 in 20",
        "The 3,500 removals equal 5.0 percent of the 70,000 people with final orders, or 1 in 20.",
        "Las 3.500 expulsiones equivalen al 5,0 por ciento de un total de 70.000 people with final orders, o una de cada 20.",
    ),
];

#[test]
fn unreported_totals_and_later_stage_populations_in_both_languages() {
    for (json, why, en, es) in CASES {
        for (lang, want) in [(Lang::En, en), (Lang::Es, es)] {
            let r = report(json, lang);
            assert!(all_text(&r).contains(want), "{why} ({lang:?}): want {want}\n{:#?}", all_text(&r));
        }
    }
}

#[test]
fn charges_are_never_people_nor_summed_nor_divided_by_arrests() {
    for lang in [Lang::En, Lang::Es] {
        let r = report(&preset("fiscal-2019-charges"), lang);
        for s in all_text(&r) {
            // 1,900 + 1,800 + 12,000 + 5,000 + 45,000 + 67,000 + 10,000 + 74,000 = 216,700: never said.
            for bad in ["216", "people were", "personas fueron", "percent", "por ciento", "in all", "en total", "per 100", "por cada 100"] {
                assert!(!s.to_lowercase().contains(bad), "{bad:?} in {s}");
            }
        }
        assert!(r.caveats.iter().any(|c| c.code == Some("charges_not_people")));
        assert!(r.caveats.iter().any(|c| c.code == Some("total_not_reported")));
        let stage = r.stages.first().unwrap();
        assert_eq!(stage.total, None);
        assert!(r.figures.iter().all(|f| f.of_total.is_none() && f.kind != arrest_breakdown::report::FigureKind::Total));
        // Every count is the one typed, a lower bound.
        let homicide = figure(&r, "charges.subgroup.0");
        assert_eq!((homicide.count, homicide.count_kind), (1900, arrest_breakdown::CountKind::LowerBound));
    }
}

#[test]
fn a_total_not_reported_is_in_the_contract_as_null() {
    let json = arrest_breakdown::calculate_json(&preset("detainers-follow-up"), Some(Lang::En)).to_json();
    assert!(json.contains(r#""total":null"#), "{json}");
    // The share is the fact: "fewer than half" as typed, as the figure's value, with no count
    // and no share of a total to draw (no icons).
    let r = report(&preset("detainers-follow-up"), Lang::En);
    let arrested = figure(&r, "detainers.subgroup.0");
    assert_eq!((arrested.value_text.as_deref(), arrested.of_total.is_none()), (Some("less than 50%"), true));
    assert_eq!(arrested.count_text, "");
}

#[test]
fn a_stage_with_nothing_at_all_and_an_unknown_population_stage_are_errors() {
    let e = errors(r#"{"stages":[{"kind":"arrests"}]}"#, Lang::En);
    assert_eq!(e.errors.iter().map(|m| (m.field.as_str(), m.code)).collect::<Vec<_>>(), [("stages[0].total", "empty")]);
    let e = errors(r#"{"stages":[{"total":5}],"reference":{"population":{"count":9,"label":"x","stage":"raids"}}}"#, Lang::Es);
    let m = e.errors.first().unwrap();
    assert_eq!((m.field.as_str(), m.code), ("reference.population.stage", "unknown_stage"));
    assert_eq!(m.message, "Ninguna etapa tiene el identificador «raids». Use el de una de las etapas, como «arrests».");
    // A breakdown part typed as a share of a total not reported stands for no count.
    let e = errors(r#"{"stages":[{"breakdown":{"no_record":"30 percent"}}]}"#, Lang::En);
    assert_eq!(e.errors.first().map(|m| m.code), Some("share_needs_whole"));
}

#[test]
fn nothing_is_compared_with_a_stage_whose_total_was_not_reported() {
    let json = r#"{"stages":[{"total":1000},{"kind":"removals","subgroups":[{"label":"x","count":300}]}],"reference":{"population":{"count":9000,"label":"y","stage":"removals"}}}"#;
    for lang in [Lang::En, Lang::Es] {
        let r = report(json, lang);
        assert!(!r.figures.iter().any(|f| f.id.contains("per_100") || f.id == "reference.population"), "{:#?}", r.figures);
        assert!(!r.warnings.iter().any(|w| w.code == "later_stage_larger"));
    }
}

#[test]
fn the_contract_example_of_a_total_not_reported_says_what_the_contract_says() {
    let doc = std::fs::read_to_string(format!("{}/docs/contract.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let scenario = r#"{"stages": [{"kind": "detainers", "subgroups": [{"label": "later arrested by ICE", "count": "fewer than half"}]}]}"#;
    let sentence = "Fewer than half of the people named in detainer requests were later arrested by ICE.";
    assert!(doc.contains(&format!("    {scenario}\n")) && doc.contains(&format!("gives \"{sentence}\"")), "docs/contract.md");
    assert_eq!(report(scenario, Lang::En).headline.text, sentence);
}

/// The worked examples of docs/phrasing.md, "Totals not reported".
#[test]
fn the_presets_read_as_docs_phrasing_shows() {
    let charges = report(&preset("fiscal-2019-charges"), Lang::En);
    assert_eq!(
        charges.headline.text,
        "No total was reported for charges against people arrested by ICE in fiscal 2019; the largest figures given are more than 74,000 for DUIs, more than 67,000 for crimes involving drugs and more than 45,000 for assaults."
    );
    assert!(has_sentence(&charges, "The figures given, in the order reported: more than 1,900 for homicide, more than 1,800 for kidnapping, "));
    let es = report(&preset("fiscal-2019-charges"), Lang::Es);
    assert!(es.headline.text.starts_with("No se informó el total de cargos contra personas arrestadas por ICE en el año fiscal 2019; las cifras más altas que se dieron son"));
    let detainers = report(&preset("detainers-follow-up"), Lang::En);
    assert_eq!(
        detainers.headline.text,
        "Fewer than half of the people named in ICE detainer requests from October 2014 to November 2016 were later arrested by ICE."
    );
    let doc = std::fs::read_to_string(format!("{}/docs/phrasing.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let flat = doc.split_whitespace().collect::<Vec<_>>().join(" ");
    for s in [&charges.headline.text, &detainers.headline.text] {
        assert!(flat.contains(s.as_str()), "docs/phrasing.md should quote: {s}");
    }
}
