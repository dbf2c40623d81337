//! Any text as a typed count: never a panic, and whatever is read formats back to itself. The
//! same text with a qualifier ("more than …"), and as a share of a whole ("… percent", as a
//! group of the stage), goes through a whole calculation without a panic, and a count read bare
//! is read the same with its qualifier.
#![no_main]

use arrest_breakdown::{calculate_json, format_count, parse_count, CountKind, Lang, Outcome, MAX_COUNT};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for lang in [Lang::En, Lang::Es] {
        let bare = parse_count(text, lang);
        if let Ok(n) = bare {
            assert!(n <= MAX_COUNT);
            assert_eq!(parse_count(&format_count(n, lang), lang), Ok(n));
        }
        for typed in [text.to_string(), format!("more than {text}"), format!("casi {text}"), format!("{text} percent")] {
            let quoted = serde_json::to_string(&typed).unwrap_or_default();
            let json = format!(r#"{{"stages":[{{"total":"about 1,000","subgroups":[{{"label":"x","count":{quoted}}}]}},{{"total":{quoted}}}]}}"#);
            let outcome = calculate_json(&json, Some(lang));
            if let (Some(n), true, Outcome::Report(r)) = (bare.as_ref().ok().copied(), typed.starts_with("more than"), &outcome) {
                if let Some(f) = r.figures.iter().find(|f| f.id.ends_with(".total") && f.stage == 1) {
                    assert_eq!((f.count, f.count_kind), (n, CountKind::LowerBound));
                }
            }
        }
    }
});
