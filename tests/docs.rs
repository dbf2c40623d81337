//! The examples in docs/contract.md are what the program does today. When wording changes on
//! purpose, `./build.sh docs` writes them again.

use arrest_breakdown::calculate_json;
use serde_json::Value;

fn json_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match (&mut current, line.trim()) {
            (None, "```json") => current = Some(String::new()),
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
    assert_eq!(blocks.len(), 4, "scenario, result, bad scenario, errors");
    let example = std::fs::read_to_string(format!("{root}/examples/los-angeles.json")).unwrap();
    assert_eq!(parse(&blocks[0]), parse(&example), "the example scenario");
    let result = calculate_json(&blocks[0], None).to_json();
    assert_eq!(parse(&blocks[1]), parse(&result), "run ./build.sh docs to bring the example up to date");
    let errors = calculate_json(&blocks[2], None).to_json();
    assert_eq!(parse(&blocks[3]), parse(&errors), "run ./build.sh docs to bring the example up to date");
}
