//! The editor (docs/contract.md, "The editor"): the widget's inputs, their labels and its words
//! come from the core, in the reader's language, in the same words the report uses.

mod common;

use arrest_breakdown::editor::{editor_json, Editor, FieldKind};
use arrest_breakdown::report::FigureKind;
use arrest_breakdown::{calculate_json, Lang, Outcome};
use common::{errors, report, scenario_text};

fn paths(e: &Editor) -> Vec<&str> {
    e.fields.iter().map(|f| f.path.as_str()).collect()
}

#[test]
fn the_inputs_are_in_reading_order_stage_by_stage_then_the_rest() {
    for name in ["los-angeles", "operation-safe-city"] {
        let text = scenario_text(name);
        let scenario: serde_json::Value = serde_json::from_str(&text).unwrap();
        let e = editor_json(&text, None);
        let stages = scenario["stages"].as_array().unwrap();
        let mut want = Vec::new();
        for (s, stage) in stages.iter().enumerate() {
            want.push(format!("stages[{s}].kind"));
            want.push(format!("stages[{s}].verb"));
            want.push(format!("stages[{s}].unit"));
            want.push(format!("stages[{s}].total"));
            for key in ["criminal_history", "convicted", "pending", "no_record", "not_convicted"] {
                want.push(format!("stages[{s}].breakdown.{key}"));
            }
            for (list, name) in [("subgroups", "label"), ("places", "name")] {
                for i in 0..stage.get(list).and_then(|l| l.as_array()).map_or(0, Vec::len) {
                    want.push(format!("stages[{s}].{list}[{i}].{name}"));
                    want.push(format!("stages[{s}].{list}[{i}].count"));
                    if list == "subgroups" {
                        want.push(format!("stages[{s}].{list}[{i}].parent"));
                    }
                }
            }
        }
        assert_eq!(&paths(&e)[..want.len()], want, "{name}");
        assert_eq!(paths(&e)[want.len()..].len(), 16, "{name}: the focus, context, source and reference inputs");
        // Every field sits in a group that comes before it or is its own, and groups nest once.
        for f in &e.fields {
            let group = e.groups.iter().find(|g| g.id == f.group).unwrap_or_else(|| panic!("{}: no group {}", f.path, f.group));
            assert_eq!(group.stage, f.stage, "{}", f.path);
        }
        for g in &e.groups {
            if let Some(within) = &g.within {
                // Groups nest once; a list's items (a group, a place) sit in their list's group.
                let outer = e.groups.iter().find(|o| &o.id == within).unwrap_or_else(|| panic!("{}", g.id));
                assert!(outer.within.is_none() || g.item.is_some(), "{}", g.id);
            }
        }
    }
}

#[test]
fn labels_are_the_reports_own_words_in_either_language() {
    for lang in Lang::ALL {
        for name in ["los-angeles", "operation-safe-city"] {
            let text = scenario_text(name);
            let r = report(&text, lang);
            let e = editor_json(&text, Some(lang));
            assert_eq!(e.lang, lang);
            for (s, stage) in r.stages.iter().enumerate() {
                let heading = &e.groups.iter().find(|g| g.id == format!("stage-{s}")).unwrap().heading;
                assert_eq!(heading, &stage.label, "{name} {lang:?}");
            }
            for f in r.figures.iter().filter(|f| matches!(f.kind, FigureKind::Category | FigureKind::Subgroup | FigureKind::Place)) {
                let field = e.fields.iter().find(|x| {
                    x.stage == Some(f.stage)
                        && match f.kind {
                            FigureKind::Category => x.category.map(|c| c.key()) == f.category,
                            FigureKind::Subgroup => x.kind == FieldKind::Subgroup && f.id.ends_with(&format!(".{}", x.path.split(['[', ']']).nth(3).unwrap())),
                            _ => x.kind == FieldKind::Place && f.id.ends_with(&format!(".{}", x.path.split(['[', ']']).nth(3).unwrap())),
                        }
                });
                assert_eq!(field.map(|x| x.label.as_str()), Some(f.label.as_str()), "{name} {lang:?} {}", f.id);
            }
            for c in &e.vocabulary.categories {
                let label = &e.fields.iter().find(|x| x.category == Some(c.key)).unwrap().label;
                assert_eq!(label, &c.label, "one name for a category");
            }
        }
    }
}

#[test]
fn the_words_are_in_the_readers_language() {
    let en = editor_json("null", Some(Lang::En));
    let es = editor_json("null", Some(Lang::Es));
    assert_eq!(en.chrome.widget.adjust, "Adjust the numbers");
    assert_eq!(es.chrome.widget.adjust, "Ajustar las cifras");
    assert_eq!(es.vocabulary.stage_kinds[3].label, "Deportaciones");
    // The scenario's own language when none is asked for; English when it has none.
    assert_eq!(editor_json(r#"{"lang": "es", "stages": []}"#, None).lang, Lang::Es);
    assert_eq!(editor_json("{}", None).lang, Lang::En);
    // Every word differs between the languages except the ones that are the same word.
    for ((key, a), (_, b)) in en.chrome.widget.entries().zip(es.chrome.widget.entries()).chain(en.chrome.editor.entries().zip(es.chrome.editor.entries())) {
        if key != "total" {
            assert_ne!(a, b, "{key} is not translated");
        }
    }
    // The JSON is JSON, and says what the structs say.
    let json: serde_json::Value = serde_json::from_str(&es.to_json()).unwrap();
    assert_eq!(json["chrome"]["copy_link"], "Copiar el enlace");
    assert_eq!(json["vocabulary"]["stage_kinds"][0]["key"], "arrests");
    assert_eq!(json["fields"].as_array().unwrap().len(), es.fields.len());
    for (f, g) in en.fields.iter().zip(&es.fields) {
        assert_eq!(f.path, g.path);
        if f.label != "Total" {
            assert_ne!(f.label, g.label, "{} is not translated", f.path);
        }
    }
}

#[test]
fn a_stage_with_a_verb_is_headed_by_it_and_a_wrong_count_keeps_its_inputs() {
    let text = r#"{"stages": [{"kind": "custom", "verb": {"en": "released", "es": "liberadas"}, "total": "abc",
        "subgroups": [{"label": {"en": "children", "es": "menores"}, "count": "x"}]}]}"#;
    let e = editor_json(text, Some(Lang::Es));
    assert_eq!(e.groups[0].heading, "Personas liberadas");
    assert_eq!(e.fields.iter().find(|f| f.kind == FieldKind::Subgroup).unwrap().label, "menores");
    assert!(matches!(calculate_json(text, None), Outcome::Errors(_)), "the calculation refuses it");
}

#[test]
fn an_error_report_says_whether_the_scenario_could_be_read_at_all() {
    // A kind the contract does not know is a scenario serde cannot read, like bad JSON.
    let raids = r#"{"stages": [{"total": 5, "kind": "raids"}]}"#;
    for unreadable in ["{", raids, r#"{"version": 99, "stages": [{"total": 5}]}"#, &format!("[{}]", "1,".repeat(200_000))] {
        assert!(errors(unreadable, Lang::En).unreadable, "{}", &unreadable[..unreadable.len().min(40)]);
    }
    for wrong in [r#"{"stages": [{"total": "abc"}]}"#, r#"{"stages": []}"#, r#"{"stages": [{"total": 5, "breakdown": {"convicted": "-3"}}]}"#] {
        assert!(!errors(wrong, Lang::En).unreadable, "{wrong}");
    }
}
