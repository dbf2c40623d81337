//! Any text as a typed count: never a panic, and whatever is read formats back to itself.
#![no_main]

use arrest_breakdown::{format_count, parse_count, Lang, MAX_COUNT};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for lang in [Lang::En, Lang::Es] {
        if let Ok(n) = parse_count(text, lang) {
            assert!(n <= MAX_COUNT);
            assert_eq!(parse_count(&format_count(n, lang), lang), Ok(n));
        }
    }
});
