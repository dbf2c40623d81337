//! Any text as a typed count: never a panic, and whatever is read formats back to itself.
#![no_main]

use arrest_breakdown::{format, parse::parse_count, Lang};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for lang in [Lang::En, Lang::Es] {
        if let Ok(n) = parse_count(text, lang) {
            assert!(n <= arrest_breakdown::error::MAX_COUNT);
            assert_eq!(parse_count(&format::count(n, lang), lang), Ok(n));
        }
    }
});
