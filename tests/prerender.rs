//! The demo page carries the default preset's report as static HTML (written by
//! `./build.sh build`), so it reads right before the wasm loads. It must be what the core says
//! today, or the page would show one thing and then another.

use arrest_breakdown::{calculate_json, html, Lang, Outcome};

#[test]
fn the_demo_page_carries_the_current_report_of_its_preset() {
    let root = env!("CARGO_MANIFEST_DIR");
    let page = std::fs::read_to_string(format!("{root}/www/index.html")).expect("www/index.html");
    let start = "<!-- prerender preset=los-angeles lang=en -->";
    let from = page.find(start).expect("a prerender marker") + start.len();
    let to = page[from..].find("<!-- /prerender -->").expect("an end marker") + from;
    let carried = page[from..to].trim();
    let preset = std::fs::read_to_string(format!("{root}/www/presets/los-angeles.json")).unwrap();
    let Outcome::Report(report) = calculate_json(&preset, Some(Lang::En)) else { panic!("the preset calculates") };
    assert_eq!(carried, html::fragment(&report), "run ./build.sh build to bring www/index.html up to date");
}
