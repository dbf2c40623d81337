//! Typed errors and warnings: what is wrong with an input, or worth a second look, and where.
//!
//! The rules:
//! - Each names the field it concerns (`Field`, a JSON path) and has a stable code, so callers
//!   match on the kind and the browser shows the message beside its field.
//! - Nothing here is worded: a message is written in the reader's language only at the edge
//!   (`message`, `to_message`), by that language's file (`phrase::Words::error_message`,
//!   `parse_error`, `warning_message`).
//! - What is accepted, and how much of a refused input is quoted back, is in `limits`.

mod field;
mod limits;

pub(crate) use field::Field;
pub(crate) use limits::{shorten, shorten_long};
pub use limits::MAX_COUNT;
pub(crate) use limits::{MAX_PLACES, MAX_SCENARIO_BYTES, MAX_STAGES, MAX_SUBGROUPS, MAX_TEXT_CHARS};

use crate::lang::Lang;
use crate::model::Category;
use crate::phrase;
use serde::Serialize;
use std::fmt::{self, Display};

/// Why typed text is not a count of people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// Nothing typed.
    Empty,
    /// No number in it at all ("many", "abc").
    NotANumber,
    /// A minus sign: counts of people are never negative.
    Negative,
    /// A fraction of a person: "5.5", "1.2345 thousand", or "5.232" read as English.
    Fractional,
    /// Separators that fit no way of writing numbers: "5,23,2", "52,32".
    MisplacedSeparator,
    /// A word that is not a number scale we know ("5 dozen").
    UnknownWord(String),
    /// More than `MAX_COUNT`.
    TooLarge,
    /// A share ("30 percent", "half") where a count is needed: a stage's total, a place, or a
    /// reference has no whole to be a share of.
    ShareNeedsWhole,
}

/// What is wrong with an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ErrorKind {
    /// The text could not be read as a count; `typed` is what the reader typed.
    Count { typed: String, why: ParseError },
    /// Not JSON, or not the shape of a scenario; the parser's own words (English).
    Json(String),
    /// The scenario text is longer than `MAX_SCENARIO_BYTES`.
    ScenarioTooLarge { limit: usize },
    UnsupportedVersion(u32),
    NoStages,
    TooMany { limit: usize },
    TextTooLong { limit: usize },
    /// A name or label left blank where one is needed.
    EmptyText,
    /// A stage of no one: shares of zero mean nothing.
    ZeroTotal,
    /// One part is larger than what it is part of.
    PartExceedsWhole { part: u64, whole: u64, whole_name: Whole },
    /// The parts given add up to more than the total.
    PartsExceedTotal { sum: u64, total: u64 },
    /// A union does not equal its parts: criminal history ≠ convicted + pending.
    Inconsistent { given: u64, expected: u64 },
    /// Counts that cannot all be true: what they imply would be negative, or a union that is not
    /// the sum of its parts (criminal history 50 with convicted 10 and "not convicted" 20 of 100).
    Contradictory,
    /// A sub-group names a category the stage has no count for.
    UnknownParent(Category),
    BadDate { typed: String },
    /// A house style of numbers this build does not know.
    UnknownStyle { typed: String },
    /// A reference names a stage id no stage has.
    UnknownStage { typed: String },
    /// A pasted cell that should name a category and names none (src/paste.rs).
    UnknownCategory { typed: String },
    DatesOutOfOrder,
    /// A per-day target with neither dates nor an observed daily pace to compare.
    TargetNeedsDates,
}

/// The whole a part was checked against, named in the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Whole {
    Total,
    Category(Category),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct InputError {
    pub field: Field,
    pub kind: ErrorKind,
}

/// Something legitimate but worth a second look; it does not stop the calculation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum WarningKind {
    /// A later stage counts more than an earlier one (more deportations than arrests can be
    /// real: they are not the same people).
    LaterStageLarger { later: u64, earlier: u64, earlier_stage: usize },
    /// A total small enough that one person moves the percentage a lot.
    SmallBase { total: u64 },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Warning {
    pub field: Field,
    pub kind: WarningKind,
}

/// An error or warning as it crosses the edge: field path, stable code, message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    /// The JSON path of the input concerned (`stages[0].total`); empty for the scenario as a whole.
    pub field: String,
    /// A stable code to match on (`parts_exceed_total`); docs/contract.md lists them.
    pub code: &'static str,
    /// What is wrong and what to do, in the report's language.
    pub message: String,
}

/// `stages[0].total: The parts add up to 5,232, more than the total of 1,000.`
impl Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if !self.field.is_empty() {
            write!(f, "{}: ", self.field)?;
        }
        f.write_str(&self.message)
    }
}

impl std::error::Error for Message {}

impl ParseError {
    /// A stable code to match on: "empty", "not_a_number", "negative"…
    pub fn code(&self) -> &'static str {
        match self {
            ParseError::Empty => "empty",
            ParseError::NotANumber => "not_a_number",
            ParseError::Negative => "negative",
            ParseError::Fractional => "fractional",
            ParseError::MisplacedSeparator => "misplaced_separator",
            ParseError::UnknownWord(_) => "unknown_word",
            ParseError::TooLarge => "too_large",
            ParseError::ShareNeedsWhole => "share_needs_whole",
        }
    }

    /// Why `typed` is not a count, in the reader's language.
    pub fn message(&self, typed: &str, lang: Lang) -> String {
        written(|out| phrase::words(lang).parse_error(out, self, typed))
    }
}

impl ErrorKind {
    pub(crate) fn code(&self) -> &'static str {
        match self {
            ErrorKind::Count { why, .. } => why.code(),
            ErrorKind::Json(_) => "invalid_json",
            ErrorKind::ScenarioTooLarge { .. } => "scenario_too_large",
            ErrorKind::UnsupportedVersion(_) => "unsupported_version",
            ErrorKind::NoStages => "no_stages",
            ErrorKind::TooMany { .. } => "too_many",
            ErrorKind::TextTooLong { .. } => "text_too_long",
            ErrorKind::EmptyText => "empty_text",
            ErrorKind::ZeroTotal => "zero_total",
            ErrorKind::PartExceedsWhole { .. } => "part_exceeds_whole",
            ErrorKind::PartsExceedTotal { .. } => "parts_exceed_total",
            ErrorKind::Inconsistent { .. } => "inconsistent",
            ErrorKind::Contradictory => "contradictory",
            ErrorKind::UnknownParent(_) => "unknown_parent",
            ErrorKind::UnknownStage { .. } => "unknown_stage",
            ErrorKind::BadDate { .. } => "bad_date",
            ErrorKind::UnknownStyle { .. } => "unknown_style",
            ErrorKind::UnknownCategory { .. } => "unknown_category",
            ErrorKind::DatesOutOfOrder => "dates_out_of_order",
            ErrorKind::TargetNeedsDates => "target_needs_dates",
        }
    }
}

impl InputError {
    pub(crate) fn new(field: Field, kind: ErrorKind) -> Self {
        InputError { field, kind }
    }

    /// What is wrong, in the reader's language.
    pub(crate) fn message(&self, lang: Lang) -> String {
        written(|out| phrase::words(lang).error_message(out, &self.kind))
    }

    pub(crate) fn to_message(&self, lang: Lang) -> Message {
        Message { field: self.field.path(), code: self.kind.code(), message: self.message(lang) }
    }
}

impl Warning {
    pub(crate) fn code(&self) -> &'static str {
        match self.kind {
            WarningKind::LaterStageLarger { .. } => "later_stage_larger",
            WarningKind::SmallBase { .. } => "small_base",
        }
    }

    /// What to check, in the reader's language.
    pub(crate) fn message(&self, lang: Lang) -> String {
        written(|out| phrase::words(lang).warning_message(out, &self.kind))
    }

    pub(crate) fn to_message(&self, lang: Lang) -> Message {
        Message { field: self.field.path(), code: self.code(), message: self.message(lang) }
    }
}

/// How far one person more or less moves a percentage of `total`, in tenths of a percentage
/// point: the figure the small-base warning gives. The same figure as the small-base caveat, by
/// the one rounding rule: a share of one person in the total, in percentage points (a change in a
/// percentage, not a percent).
pub(crate) fn one_person_tenths(total: u64) -> u64 {
    crate::share::Share::new(1, total.max(1)).tenths()
}

/// Why the command line read no scenario, in the reader's language: `source` is the file, `None`
/// standard input; `reason` is the system's.
pub fn cannot_read(source: Option<&str>, reason: &dyn Display, lang: Lang) -> String {
    written(|out| phrase::words(lang).cannot_read(out, source, reason))
}

/// A message, written into a string of its own: messages are few and cold.
fn written(write: impl FnOnce(&mut String) -> fmt::Result) -> String {
    let mut out = String::new();
    // Writing to a `String` cannot fail, and no message fails to write.
    let _ = write(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One of every parse error.
    fn every_parse_error() -> Vec<ParseError> {
        use ParseError::*;
        vec![Empty, NotANumber, Negative, Fractional, MisplacedSeparator, UnknownWord("x".into()), TooLarge, ShareNeedsWhole]
    }

    /// One of every error kind, with every parse error and every kind of whole.
    fn every_error() -> Vec<ErrorKind> {
        use ErrorKind::*;
        let mut kinds: Vec<ErrorKind> = every_parse_error().into_iter().map(|why| Count { typed: "x".into(), why }).collect();
        kinds.extend([
            Json("x".into()),
            ScenarioTooLarge { limit: MAX_SCENARIO_BYTES },
            UnsupportedVersion(99),
            NoStages,
            TooMany { limit: MAX_STAGES },
            TextTooLong { limit: MAX_TEXT_CHARS },
            EmptyText,
            ZeroTotal,
            PartExceedsWhole { part: 7, whole: 5, whole_name: Whole::Total },
            PartExceedsWhole { part: 7, whole: 5, whole_name: Whole::Category(Category::Convicted) },
            PartsExceedTotal { sum: 7, total: 5 },
            Inconsistent { given: 7, expected: 5 },
            Contradictory,
            UnknownParent(Category::Pending),
            BadDate { typed: "x".into() },
            UnknownStyle { typed: "chicago".into() },
            UnknownStage { typed: "raids".into() },
            UnknownCategory { typed: "felons".into() },
            DatesOutOfOrder,
            TargetNeedsDates,
        ]);
        kinds
    }

    fn every_warning() -> Vec<WarningKind> {
        vec![WarningKind::LaterStageLarger { later: 7, earlier: 5, earlier_stage: 0 }, WarningKind::SmallBase { total: 5 }]
    }

    /// Which variant a kind is, with no wildcard: a new kind does not compile here until it is
    /// numbered, and then `the_samples_cover_every_kind` fails until it has a sample.
    fn variant(kind: &ErrorKind) -> usize {
        match kind {
            ErrorKind::Count { .. } => 0,
            ErrorKind::Json(_) => 1,
            ErrorKind::ScenarioTooLarge { .. } => 2,
            ErrorKind::UnsupportedVersion(_) => 3,
            ErrorKind::NoStages => 4,
            ErrorKind::TooMany { .. } => 5,
            ErrorKind::TextTooLong { .. } => 6,
            ErrorKind::EmptyText => 7,
            ErrorKind::ZeroTotal => 8,
            ErrorKind::PartExceedsWhole { .. } => 9,
            ErrorKind::PartsExceedTotal { .. } => 10,
            ErrorKind::Inconsistent { .. } => 11,
            ErrorKind::Contradictory => 12,
            ErrorKind::UnknownParent(_) => 13,
            ErrorKind::BadDate { .. } => 14,
            ErrorKind::DatesOutOfOrder => 15,
            ErrorKind::TargetNeedsDates => 16,
            ErrorKind::UnknownStyle { .. } => 17,
            ErrorKind::UnknownStage { .. } => 18,
            ErrorKind::UnknownCategory { .. } => 19,
        }
    }

    #[test]
    fn the_samples_cover_every_kind() {
        let mut seen = [false; 20];
        for kind in every_error() {
            seen[variant(&kind)] = true;
        }
        assert!(seen.iter().all(|&s| s), "an error kind without a sample: {seen:?}");
        let codes: std::collections::HashSet<_> = every_error().iter().map(ErrorKind::code).collect();
        assert_eq!(codes.len(), every_parse_error().len() + 19, "every code distinct");
    }

    /// Every message in every language, with the language it must be in.
    fn every_message() -> Vec<(Lang, String)> {
        let mut out = Vec::new();
        for lang in Lang::ALL {
            for kind in every_error() {
                out.push((lang, InputError::new(Field::Scenario, kind).message(lang)));
            }
            for kind in every_warning() {
                out.push((lang, Warning { field: Field::Scenario, kind }.message(lang)));
            }
            out.push((lang, cannot_read(None, &"x", lang)));
        }
        out
    }

    #[test]
    fn every_kind_has_a_message_in_every_language() {
        for (lang, message) in every_message() {
            assert!(message.chars().filter(|c| c.is_alphabetic()).count() >= 10, "{lang:?}: {message:?}");
        }
    }

    /// No message mixes its language with the other's: English quotes in “…” and Spanish in «…»,
    /// and each language's commonest short words stay in their own messages.
    #[test]
    fn each_message_is_in_one_language() {
        const ENGLISH: [&str; 8] = ["the ", "The ", " is ", " of ", " and ", "“", "”", "number"];
        const SPANISH: [&str; 8] = [" el ", "El ", " es ", " de ", " la ", "«", "»", "número"];
        for (lang, message) in every_message() {
            let other = match lang.base() {
                crate::lang::Base::En => SPANISH,
                crate::lang::Base::Es => ENGLISH,
            };
            for word in other {
                assert!(!message.contains(word), "{lang:?} message with {word:?}: {message}");
            }
        }
    }

    /// Messages are the language's own: they quote what was typed and write figures its way.
    #[test]
    fn messages_write_figures_and_quotes_in_the_readers_language() {
        let e = InputError::new(Field::Scenario, ErrorKind::PartsExceedTotal { sum: 5232, total: 1000 });
        assert_eq!(e.message(Lang::En), "The parts add up to 5,232, more than the total of 1,000.");
        assert_eq!(e.message(Lang::Es), "Las partes suman 5.232, más que el total de 1.000.");
        let typed = ParseError::NotANumber;
        assert!(typed.message(" abc ", Lang::En).starts_with("“abc” is not a number."));
        assert!(typed.message(" abc ", Lang::Es).starts_with("«abc» no es un número."));
    }
}
