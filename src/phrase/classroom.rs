//! The classroom's words (issue 12): "predict, then reveal" (`crate::guess`) and "step
//! through" (`crate::lesson`). The decisions are made there, in values; each language says them
//! in its own block of `en.rs` and `es.rs`, marked "Classroom". A third language implements
//! this trait beside `Words`.

use super::{Subject, Words};
use crate::frequency::{Approx, Gender, Hedge};
use crate::lang::Lang;
use crate::model::Category;
use crate::share::Shown;
use crate::guess::{ClassroomChrome, GuessDirection, Verdict};
use std::fmt;

/// Why a typed guess is not one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GuessProblem {
    /// Nothing typed (or a percent sign alone).
    Empty,
    NotANumber,
    Negative,
    Fractional,
    TooLarge,
}

impl GuessProblem {
    /// The stable code: docs/contract.md, "Guess, then reveal".
    pub(crate) fn code(self) -> &'static str {
        match self {
            GuessProblem::Empty => "empty",
            GuessProblem::NotANumber => "not_a_number",
            GuessProblem::Negative => "negative",
            GuessProblem::Fractional => "fractional",
            GuessProblem::TooLarge => "too_large",
        }
    }
}

/// The comparison to word: "You guessed 60 in 100; it was about one in three (32.9 percent):
/// 27.1 points lower."
#[derive(Debug, Clone, Copy)]
pub(crate) struct GuessSaid {
    pub guess: u64,
    /// The share as a natural frequency (`None` for none or all: the percentage alone).
    pub approx: Option<(Approx, Hedge)>,
    pub gender: Gender,
    /// The share rounded alone.
    pub shown: Shown,
    /// |guess − share as shown|, in tenths of a point; 0 with `Lower`/`Higher`: less than 0.1.
    pub points_tenths: u64,
    pub direction: GuessDirection,
}

/// The hedge pause of a lesson: the choices, the one the rule picks, and the rule.
#[derive(Debug, Clone, Copy)]
pub(crate) struct HedgeSaid {
    pub approx: Approx,
    pub hedge: Hedge,
    pub gender: Gender,
    pub shown: Shown,
    /// The rung as a percentage, for the question.
    pub rung: Shown,
    /// |r| in tenths of a percent.
    pub relative_tenths: u128,
    /// Below the rung, or above it.
    pub below: bool,
    /// The band r lies in, decided exactly.
    pub band: crate::frequency::working::Band,
}

/// The classroom's words in one language.
pub(crate) trait ClassroomWords: Words {
    /// The classroom's fixed words.
    fn classroom(&self) -> &'static ClassroomChrome;
    /// "Of every 100 people arrested by ICE …, how many do you think had no criminal history?"
    fn guess_question(&self, out: &mut String, subject: &Subject, category: Category) -> fmt::Result;
    /// "You guessed 60 in 100; it was about one in three (32.9 percent): 27.1 points lower."
    fn guess_result(&self, out: &mut String, said: &GuessSaid) -> fmt::Result;
    /// The picture's legend for the guess: "Your guess: 60 in 100".
    fn guess_legend(&self, out: &mut String, guess: u64) -> fmt::Result;
    /// "Spot on: within 2 points." / "Close: within 10 points." / "Far off: more than 10 points."
    fn guess_verdict(&self, verdict: Verdict) -> &'static str;
    /// Why `typed` is not a guess, and what to type.
    fn guess_problem(&self, out: &mut String, problem: GuessProblem, typed: &str) -> fmt::Result;
    /// The pause before a hedge: "32.9% against one in three (33.3%): what would you say?"
    fn hedge_question(&self, out: &mut String, said: &HedgeSaid) -> fmt::Result;
    /// Why the rule picks its hedge: "32.9% is 1.4% below one in three: within 3% of it, so
    /// “about”."
    fn hedge_why(&self, out: &mut String, said: &HedgeSaid) -> fmt::Result;
    /// The rule itself, from docs/phrasing.md.
    fn hedge_rule(&self) -> &'static str;
    /// Why a scenario gives nothing to guess (its headline states no exact share).
    fn nothing_to_guess(&self) -> &'static str;
    /// "Step 3 of 12".
    fn step_counter(&self, out: &mut String, at: usize, of: usize) -> fmt::Result;
}

/// The classroom's words of `lang`.
pub(crate) fn classroom_words(lang: Lang) -> &'static dyn ClassroomWords {
    match lang.base() {
        crate::lang::Base::En => &super::en::English,
        crate::lang::Base::Es => &super::es::Spanish,
    }
}
