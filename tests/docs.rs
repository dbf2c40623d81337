//! The examples in docs/contract.md are what the program does today. When wording changes on
//! purpose, `./build.sh docs` writes them again.

use arrest_breakdown::calculate_json;
use serde_json::Value;

fn json_blocks(markdown: &str) -> Vec<String> {
    fenced(markdown, "```json")
}

fn fenced(markdown: &str, fence: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match (&mut current, line.trim()) {
            (None, open) if open == fence => current = Some(String::new()),
            (Some(_), "```") => blocks.extend(current.take()),
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            (None, _) => {}
        }
    }
    blocks
}

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

#[test]
fn the_contract_examples_are_current() {
    let root = env!("CARGO_MANIFEST_DIR");
    let doc = std::fs::read_to_string(format!("{root}/docs/contract.md")).expect("docs/contract.md");
    let blocks = json_blocks(&doc);
    assert_eq!(blocks.len(), 6, "scenario, result, bad scenario, errors, approximate scenario, result");
    let example = std::fs::read_to_string(format!("{root}/examples/los-angeles.json")).unwrap();
    assert_eq!(parse(&blocks[0]), parse(&example), "the example scenario");
    let result = calculate_json(&blocks[0], None).to_json();
    assert_eq!(parse(&blocks[1]), parse(&result), "run ./build.sh docs to bring the example up to date");
    let errors = calculate_json(&blocks[2], None).to_json();
    assert_eq!(parse(&blocks[3]), parse(&errors), "run ./build.sh docs to bring the example up to date");
    let approximate = calculate_json(&blocks[4], None).to_json();
    assert_eq!(parse(&blocks[5]), parse(&approximate), "run ./build.sh docs to bring the example up to date");
}

/// Whether `shown` is `actual` abridged: an object's keys are all in `actual` with matching
/// values, and a list's items match items of `actual`'s, in order.
fn abridges(shown: &Value, actual: &Value) -> bool {
    match (shown, actual) {
        (Value::Object(s), Value::Object(a)) => s.iter().all(|(k, v)| a.get(k).is_some_and(|w| abridges(v, w))),
        (Value::Array(s), Value::Array(a)) => {
            let mut rest = a.iter();
            s.iter().all(|v| rest.any(|w| abridges(v, w)))
        }
        _ => shown == actual,
    }
}

#[test]
fn the_editor_example_is_current() {
    let root = env!("CARGO_MANIFEST_DIR");
    let doc = std::fs::read_to_string(format!("{root}/docs/contract.md")).expect("docs/contract.md");
    let blocks = fenced(&doc, "```jsonc");
    assert_eq!(blocks.len(), 1, "the editor's example");
    let scenario = r#"{"stages": [{"total": "5,232", "breakdown": {"criminal_history": "3,513"}, "places": [{"name": "Los Angeles", "count": "4,000"}]}]}"#;
    assert!(doc.contains(&scenario.replace("\"places\": [", "\"places\":\n[")), "the scenario the example is for");
    let actual = parse(&arrest_breakdown::editor::editor_json(scenario, None).to_json());
    let shown = parse(&blocks[0]);
    assert!(abridges(&shown, &actual), "the editor's example is not what the core gives:\n{actual:#}");
    assert!(!abridges(&parse(r#"{"fields": [{"path": "context.place"}, {"path": "stages[0].total"}]}"#), &actual), "order counts");
}

/// The paste example ("Pasting rows"): what the core gives for the four-day operation's places,
/// and for a Spanish-style count in English, is what the contract shows.
#[test]
fn the_paste_example_is_current() {
    use arrest_breakdown::paste::{paste, PasteInto};
    use arrest_breakdown::Lang;
    let root = env!("CARGO_MANIFEST_DIR");
    let doc = std::fs::read_to_string(format!("{root}/docs/contract.md")).expect("docs/contract.md");
    let preset: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{root}/www/presets/operation-safe-city.json")).unwrap()).unwrap();
    let mut text = String::from("Jurisdiction\tArrests\n");
    for p in preset["stages"][0]["places"].as_array().unwrap() {
        let name = p["name"].as_str().or(p["name"]["en"].as_str()).unwrap();
        text.push_str(&format!("{name}\t{}\n", p["count"]));
        if name == "Baltimore" || name == "Philadelphia" || name.starts_with("Cook") || name == "Massachusetts" {
            assert!(doc.contains(&format!("{name}⇥{}", p["count"])), "{name} in the example");
        }
    }
    let got = paste(&text, PasteInto::Stage, Lang::En);
    let json: serde_json::Value = serde_json::from_str(&got.to_json()).unwrap();
    assert_eq!(json["header"], true);
    assert_eq!(json["stage"]["total"], 498);
    assert_eq!(json["stage"]["total"], preset["stages"][0]["total"]);
    assert!(doc.contains(r#""places": [{"name": "Philadelphia", "count": 107}, {"name": "Baltimore", "count": 28}, …]"#));
    assert!(doc.contains(r#""stage": {"kind": "arrests", "unit": "people", "total": 498, "places": […]}"#));
    let bad = paste(&text.replace("Baltimore\t28", "Baltimore\t5.232"), PasteInto::Stage, Lang::En);
    let e = &bad.errors[0];
    assert_eq!((e.row, e.column, e.code), (3, 2, "fractional"));
    let shown = "Row 3, column 2: “5.232” is not a whole number";
    assert!(e.message.starts_with(shown) && doc.contains(shown), "{}", e.message);
}

/// The classroom's examples (docs/contract.md, "The classroom"), abridged, for the Los Angeles
/// figures.
#[test]
fn the_classroom_examples_are_current() {
    let root = env!("CARGO_MANIFEST_DIR");
    let doc = std::fs::read_to_string(format!("{root}/docs/contract.md")).expect("docs/contract.md");
    let example = std::fs::read_to_string(format!("{root}/examples/los-angeles.json")).unwrap();
    let [guess] = fenced(&doc, "```json guess").try_into().expect("one guess example");
    let actual = parse(&arrest_breakdown::guess::guess_json(&example, "60", None).to_json());
    assert!(abridges(&parse(&guess), &actual), "the guess example is not what the core gives:\n{actual:#}");
    let [lesson] = fenced(&doc, "```json lesson").try_into().expect("one lesson example");
    let actual = parse(&arrest_breakdown::lesson::lesson_json(&example, None).to_json());
    assert!(abridges(&parse(&lesson), &actual), "the lesson example is not what the core gives:\n{actual:#}");
    let problem = parse(&arrest_breakdown::guess::guess_json(&example, "32.5", None).to_json());
    let message = problem["problem"]["message"].as_str().unwrap_or_default();
    assert!(doc.replace('\n', " ").contains(message), "the guess problem's message: {message}");
}
