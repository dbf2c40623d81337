//! How much the calculator accepts, and how much of what it refused it quotes back. The limits
//! keep a hostile scenario or link from making the reader's browser work hard; the quoting keeps
//! long hostile input out of messages.

use std::fmt::{self, Display, Write as _};

/// The largest count accepted: well past any number of people (10^15).
pub const MAX_COUNT: u64 = 1_000_000_000_000_000;
/// The longest text accepted in any label, in characters.
pub(crate) const MAX_TEXT_CHARS: usize = 500;
pub(crate) const MAX_STAGES: usize = 6;
pub(crate) const MAX_SUBGROUPS: usize = 30;
pub(crate) const MAX_PLACES: usize = 60;
/// The largest scenario text read, in bytes: far above any real one, small enough that a hostile
/// link cannot make the reader's browser work hard.
pub(crate) const MAX_SCENARIO_BYTES: usize = 256 * 1024;

/// What a reader typed, as a message quotes it back: its first 40 characters, trimmed, with "…"
/// when there was more.
pub(crate) fn shorten(typed: &str) -> impl Display + '_ {
    start_of(typed.trim(), 40)
}

/// A parser's account of bad JSON, as a message gives it: its first 200 characters.
pub(crate) fn shorten_long(detail: &str) -> impl Display + '_ {
    start_of(detail, 200)
}

/// The first `keep` characters of `s`, and "…" if there are more.
fn start_of(s: &str, keep: usize) -> impl Display + '_ {
    fmt::from_fn(move |f| {
        let mut chars = s.chars();
        for c in chars.by_ref().take(keep) {
            f.write_char(c)?;
        }
        if chars.next().is_some() {
            f.write_char('…')?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_input_is_quoted_by_its_start() {
        assert_eq!(shorten("  abc  ").to_string(), "abc");
        assert_eq!(shorten(&"x".repeat(40)).to_string(), "x".repeat(40));
        assert_eq!(shorten(&"é".repeat(41)).to_string(), format!("{}…", "é".repeat(40)));
        assert_eq!(shorten_long(&"y".repeat(201)).to_string(), format!("{}…", "y".repeat(200)));
    }
}
