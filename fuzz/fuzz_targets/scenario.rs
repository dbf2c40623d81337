//! Any text as a scenario: never a panic, and every report keeps the core's invariants.
#![no_main]

use arrest_breakdown::{calculate_json, Lang, Outcome};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for lang in [Lang::En, Lang::Es] {
        let outcome = calculate_json(text, Some(lang));
        let json = outcome.to_json();
        assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok(), "the result is always JSON");
        let Outcome::Report(r) = outcome else { continue };
        for f in &r.figures {
            for s in [&f.of_total, &f.of_parent].into_iter().flatten() {
                assert!(s.tenths <= 1000 && s.num <= s.den, "{}: {}/{}", f.id, s.num, s.den);
                if s.num > 0 && s.num < s.den {
                    assert!(s.tenths != 0 || s.percent.contains("0,1") || s.percent.contains("0.1"), "{}", s.percent);
                }
            }
        }
        for stage in &r.stages {
            let parts: Vec<_> = stage.parts.iter().filter_map(|id| r.figures.iter().find(|f| &f.id == id)).collect();
            // A stage whose total was not reported has parts with no share of it.
            if let (false, Some(total)) = (parts.is_empty(), stage.total) {
                assert_eq!(parts.iter().map(|f| f.count).sum::<u64>(), total, "parts add up to the total");
                assert_eq!(parts.iter().map(|f| f.of_total.as_ref().map_or(0, |s| s.tenths)).sum::<u64>(), 1000);
            }
        }
    }
});
