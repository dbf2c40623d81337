//! Reading counts as people type them. (Being written: see the parse helper's task.)

use crate::error::ParseError;
use crate::lang::Lang;

/// Reads a count of people as typed in `lang`.
pub fn parse_count(text: &str, lang: Lang) -> Result<u64, ParseError> {
    let _ = lang;
    let t = text.trim();
    if t.is_empty() {
        return Err(ParseError::Empty);
    }
    t.replace(',', "").parse::<u64>().map_err(|_| ParseError::NotANumber)
}
